/**
 * Simplification as a person does it on paper: double transposes gone, (AB)ᵀ distributed only
 * where that shortens, like terms collected (Aᵀx + Ax → (Aᵀ + A)x), identities and ones dropped,
 * scalars to the front, A ./ B .* B → A, and the assumptions used (X symmetric: Xᵀ → X; y
 * one-hot: 1ᵀy → 1). Every rewrite is exact where the expressions are defined; the oracle checks
 * every line that uses them anyway.
 */
import { add, call, dimNode, div, ediv, emul, mul, neg, num, print, same, size, sub, tr, type Node } from '../engine/ast.js';
import { ShapeMismatch, type Context } from './context.js';

type Call = Node & { k: 'call' };
const isCall = (n: Node, name?: string): n is Call => n.k === 'call' && (name === undefined || n.name === name);
const isNum = (n: Node, v?: number): boolean => n.k === 'num' && (v === undefined || n.v === v);

/** The last touch on a result: −(a − b)·x → (b − a)·x, the sign into a difference rather than in front. */
export function tidy(n: Node, ctx: Context): Node {
  if (!isCall(n, 'unaryMinus')) return n;
  const { coef, factors } = flatten(n, ctx);
  const subs = factors.filter((f) => isCall(f, 'subtract'));
  if (coef !== -1 || subs.length !== 1) return n;
  return rebuild(
    1,
    factors.map((f) => (f === subs[0] ? sub((f as Call).args[1]!, (f as Call).args[0]!) : f)),
  );
}

/** Simplifies until nothing changes (a few passes at most). */
export function simplify(n: Node, ctx: Context): Node {
  let cur = n;
  for (let i = 0; i < 8; i++) {
    const next = pass(cur, ctx);
    if (print(next) === print(cur)) return next;
    cur = next;
  }
  return cur;
}

/**
 * One pass, bottom-up. A rewrite that would change the shape of a node (a chain regrouped across a
 * scalar broadcast, say) is not taken: the node keeps its simplified arguments only.
 */
function pass(n: Node, ctx: Context): Node {
  if (n.k !== 'call') return n;
  const args = n.args.map((a) => pass(a, ctx));
  const plain = call(n.name, ...args);
  let out: Node;
  try {
    out = rewrite(n, args, ctx);
    const a = ctx.shape(out),
      b = ctx.shape(n);
    if (a.rows !== b.rows || a.cols !== b.cols) return plain;
  } catch (e) {
    if (e instanceof ShapeMismatch) return plain;
    throw e;
  }
  return out;
}

function rewrite(n: Call, args: Node[], ctx: Context): Node {
  const [a, b] = args;
  switch (n.name) {
    case 'transpose':
      return transpose(a!, ctx);
    case 'unaryMinus':
      if (a!.k === 'num') return num(-a!.v);
      if (isCall(a!, 'unaryMinus')) return a!.args[0]!;
      return product(neg(a!), ctx);
    case 'multiply':
      return product(mul(a!, b!), ctx);
    case 'dotMultiply':
      return hadamard(emul(a!, b!), ctx);
    case 'add':
    case 'subtract':
      return sum(call(n.name, a!, b!), ctx);
    case 'divide':
      if (isNum(b!, 1)) return a!;
      if (a!.k === 'num' && b!.k === 'num' && Number.isInteger(a!.v / b!.v)) return num(a!.v / b!.v);
      if (isCall(a!, 'unaryMinus')) return neg(div(a!.args[0]!, b!));
      return div(a!, b!);
    case 'dotDivide':
      if (ctx.isScalar(b!)) return pass(div(a!, b!), ctx);
      if (isCall(a!, 'unaryMinus')) return neg(pass(ediv(a!.args[0]!, b!), ctx));
      if (isCall(a!, 'ones') && ctx.shape(a!).rows === ctx.shape(b!).rows && ctx.shape(a!).cols === ctx.shape(b!).cols) return ediv(num(1), b!);
      return ediv(a!, b!);
    case 'trace':
      if (ctx.isScalar(a!)) return a!;
      return call('trace', a!);
    case 'sum': {
      // sum(X, k), along a dimension: none of the rewrites below (of the sum of all entries) applies.
      if (b) return call('sum', a!, b);
      if (ctx.isScalar(a!)) return a!;
      if (a!.k === 'sym' && ctx.has(a!.name, 'onehot')) {
        ctx.used.add(`${a!.name} is one-hot: each column sums to 1.`);
        return dimNode(ctx.shape(a!).cols);
      }
      if (isCall(a!, 'dotMultiply')) {
        const [u, v] = a!.args;
        const su = ctx.shape(u!),
          sv = ctx.shape(v!);
        // hadamard-sum-inner: 1ᵀ(u ⊙ v) = uᵀv for columns.
        if (su.cols === 1 && sv.cols === 1 && su.rows !== 1 && sv.rows !== 1) return product(mul(tr(u!), v!), ctx);
        if (su.rows === 1 && sv.rows === 1 && su.cols !== 1 && sv.cols !== 1) return product(mul(u!, transpose(v!, ctx)), ctx);
      }
      if (isCall(a!, 'unaryMinus')) return neg(call('sum', a!.args[0]!));
      if (isCall(a!, 'divide') && ctx.isScalar(a!.args[1]!)) return div(pass(call('sum', a!.args[0]!), ctx), a!.args[1]!);
      return call('sum', a!);
    }
    case 'pow':
    case 'dotPow':
      if (isNum(b!, 1)) return a!;
      if (n.name === 'pow' && isCall(a!, 'transpose')) return tr(call('pow', a!.args[0]!, b!));
      if (isCall(a!, n.name) && a!.args[1]!.k === 'num' && b!.k === 'num') return call(n.name, a!.args[0]!, num(a!.args[1]!.v * b!.v));
      if (a!.k === 'sym' && ctx.has(a!.name, 'orthogonal') && ctx.isScalar(a!) && b!.k === 'num' && Number.isInteger(b!.v) && b!.v % 2 === 0) {
        // A 1×1 orthogonal y is ±1: an even power of it is 1.
        ctx.used.add(`${a!.name} is 1×1 orthogonal (±1), so ${a!.name}^${b!.v} = 1.`);
        return num(1);
      }
      return call(n.name, a!, b!);
    case 'inv':
      if (isCall(a!, 'inv')) return a!.args[0]!;
      return call('inv', a!);
    case 'diag':
      if (isCall(a!, 'transpose') && ctx.shape(a!).rows !== 1 && ctx.shape(a!).cols !== 1) return call('diag', a!.args[0]!);
      // diag(1) = I and diag(I) = 1.
      if (onesCol(a!)) return ctx.eye(ctx.shape(a!).rows);
      if (isCall(a!, 'eye') && a!.args.length === 1) return ctx.ones({ rows: ctx.shape(a!).rows, cols: 1 });
      return call('diag', a!);
    default:
      return call(n.name, ...args);
  }
}

/** Is the value of n a symmetric matrix (under the assumptions)? */
export function isSymmetric(n: Node, ctx: Context): boolean {
  if (ctx.isScalar(n)) return true;
  if (n.k === 'sym') {
    const kind = (['symmetric', 'spd', 'diagonal'] as const).find((k) => ctx.has(n.name, k));
    return kind !== undefined;
  }
  if (n.k !== 'call') return false;
  switch (n.name) {
    case 'eye':
      return n.args.length === 1;
    case 'inv':
    case 'unaryMinus':
    case 'exp':
    case 'sqrt':
      return isSymmetric(n.args[0]!, ctx);
    case 'diag':
      return ctx.shape(n.args[0]!).cols === 1 || ctx.shape(n.args[0]!).rows === 1;
    case 'add':
    case 'subtract':
    case 'dotMultiply':
      return n.args.every((a) => isSymmetric(a, ctx));
    case 'divide':
      return isSymmetric(n.args[0]!, ctx) && ctx.isScalar(n.args[1]!);
    case 'multiply': {
      const { factors } = flatten(n, ctx);
      const mats = factors.filter((f) => !ctx.isScalar(f));
      for (let i = 0, j = mats.length - 1; i <= j; i++, j--) {
        if (i === j) return isSymmetric(mats[i]!, ctx);
        if (!same(mats[i]!, transpose(mats[j]!, ctx))) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

function compoundTransposes(n: Node): number {
  if (n.k !== 'call') return 0;
  const own = n.name === 'transpose' && n.args[0]!.k === 'call' ? 1 : 0;
  return own + n.args.reduce((s, a) => s + compoundTransposes(a), 0);
}

function transpose(a: Node, ctx: Context): Node {
  if (isCall(a, 'transpose')) return a.args[0]!;
  if (a.k === 'num' || ctx.isScalar(a)) return a;
  if (isSymmetric(a, ctx)) {
    if (a.k === 'sym' || (isCall(a, 'inv') && a.args[0]!.k === 'sym')) ctx.used.add(`${print(a)} is symmetric, so its transpose is itself.`);
    return a;
  }
  if (isCall(a, 'unaryMinus')) return neg(transpose(a.args[0]!, ctx));
  const plain = tr(a);
  let best: Node = plain;
  // Shorter wins; at equal length, the form whose transposes sit on names (D'*C'*v, not (v'*C*D)').
  const consider = (c: Node) => {
    if (size(c) < size(best) || (size(c) === size(best) && compoundTransposes(c) < compoundTransposes(best))) best = c;
  };
  if (isCall(a, 'multiply')) {
    const { coef, factors } = flatten(a, ctx);
    const scalars = factors.filter((f) => ctx.isScalar(f));
    const mats = factors
      .filter((f) => !ctx.isScalar(f))
      .reverse()
      .map((f) => transpose(f, ctx));
    consider(rebuild(coef, [...scalars, ...mats]));
  }
  if (isCall(a, 'add') || isCall(a, 'subtract')) consider(call(a.name, transpose(a.args[0]!, ctx), transpose(a.args[1]!, ctx)));
  if (isCall(a, 'dotMultiply') || isCall(a, 'dotDivide')) consider(call(a.name, transpose(a.args[0]!, ctx), transpose(a.args[1]!, ctx)));
  if (isCall(a, 'divide') && ctx.isScalar(a.args[1]!)) consider(div(transpose(a.args[0]!, ctx), a.args[1]!));
  if (isCall(a, 'ones') && a.args.length === 2) consider(call('ones', a.args[1]!, a.args[0]!));
  return best;
}

/** A product as a numeric coefficient and the chain of its factors. */
interface Chain {
  coef: number;
  factors: Node[];
}

function flatten(n: Node, ctx: Context): Chain {
  if (n.k === 'num') return { coef: n.v, factors: [] };
  if (isCall(n, 'unaryMinus')) {
    const c = flatten(n.args[0]!, ctx);
    return { coef: -c.coef, factors: c.factors };
  }
  if (isCall(n, 'multiply')) {
    const l = flatten(n.args[0]!, ctx),
      r = flatten(n.args[1]!, ctx);
    return { coef: l.coef * r.coef, factors: [...l.factors, ...r.factors] };
  }
  if (isCall(n, 'divide') && ctx.isScalar(n.args[1]!) && !isNum(n.args[0]!, 1) && !isNum(n.args[0]!, -1)) {
    // M/s as the factors of M and the divisor 1/s (rebuild puts the division back at the end).
    const l = flatten(n.args[0]!, ctx);
    const d = flatten(n.args[1]!, ctx);
    if (d.factors.length === 0) return { coef: l.coef / d.coef, factors: l.factors };
    return { coef: l.coef / d.coef, factors: [...l.factors, div(num(1), rebuild(1, d.factors))] };
  }
  return { coef: 1, factors: [n] };
}

function rebuild(coef: number, factors: readonly Node[]): Node {
  // Scalar divisors (1/s) go to the end as a division: (x − a)/‖x − a‖, not 1/‖x − a‖·(x − a).
  const divisors: Node[] = [];
  const rest: Node[] = [];
  for (const f of factors) {
    if (isCall(f, 'divide') && f.args[0]!.k === 'num' && (f.args[0]!.v === 1 || f.args[0]!.v === -1) && f.args.length === 2) {
      if (f.args[0]!.v === -1) coef = -coef;
      divisors.push(f.args[1]!);
    } else rest.push(f);
  }
  if (rest.length === 0 && divisors.length === 0) return num(coef);
  const lead = coef === 1 || coef === -1 || rest.length === 0 ? [] : [num(Math.abs(coef))];
  const all = [...lead, ...rest];
  let chain = all.length ? all.reduce((x, y) => mul(x, y)) : num(Math.abs(coef) === 1 ? 1 : Math.abs(coef));
  for (const d of divisors) chain = div(chain, d);
  return coef < 0 ? neg(chain) : chain;
}

const onesCol = (n: Node): n is Call => isCall(n, 'ones') && n.args.length === 1;
const onesRow = (n: Node): boolean => isCall(n, 'transpose') && onesCol(n.args[0]!);

const base = (n: Node): Node =>
  isCall(n, 'pow') && n.args[1]!.k === 'num' ? n.args[0]! : isCall(n, 'transpose') && isCall(n.args[0]!, 'pow') && n.args[0]!.args[1]!.k === 'num' ? tr(n.args[0]!.args[0]!) : n;
const expo = (n: Node): number =>
  isCall(n, 'pow') && n.args[1]!.k === 'num' ? n.args[1]!.v : isCall(n, 'transpose') && isCall(n.args[0]!, 'pow') && n.args[0]!.args[1]!.k === 'num' ? n.args[0]!.args[1]!.v : 1;
/** Bᵉ, written (X^e)' for a transposed base. */
const powerOf = (b: Node, e: number): Node => (isCall(b, 'transpose') ? tr(call('pow', b.args[0]!, num(e))) : call('pow', b, num(e)));

function product(n: Node, ctx: Context): Node {
  const { coef, factors } = flatten(n, ctx);
  if (coef === 0) return num(0);
  let fs = [...factors];
  // One-hot columns: 1ᵀy = yᵀ1 = 1; a one-hot matrix Y (k×m): 1ᵀY = 1ᵀ (of size m).
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i + 1 < fs.length && !changed; i++) {
      const [p, q] = [fs[i]!, fs[i + 1]!];
      const onehot = (x: Node) => x.k === 'sym' && ctx.has(x.name, 'onehot');
      const note = (y: Node) => ctx.used.add(ctx.shape(y).cols === 1 ? `${print(y)} is one-hot, so 1ᵀ${print(y)} = 1.` : `${print(y)} is one-hot: each column sums to 1, so 1ᵀ${print(y)} = 1ᵀ.`);
      if (isCall(p, 'ones') && p.args.length === 2 && onehot(q)) {
        note(q);
        // 1 1ᵀ Y = 1 1ᵀ for one-hot columns.
        fs.splice(i, 2, ctx.ones({ rows: ctx.shape(p).rows, cols: ctx.shape(q).cols }));
        changed = true;
      } else if (onesRow(p) && onehot(q)) {
        note(q);
        const cols = ctx.shape(q).cols;
        fs.splice(i, 2, ...(cols === 1 ? [] : [tr(ctx.ones({ rows: cols, cols: 1 }))]));
        changed = true;
      } else if (p.k === 'sym' && ctx.has(p.name, 'onehot-rows') && isCall(q, 'ones')) {
        // One-hot rows: each row sums to 1, so Y 1 = 1 (and Y 1 1ᵀ = 1 1ᵀ).
        ctx.used.add(`${p.name} has one-hot rows: each row sums to 1, so ${p.name}·1 = 1.`);
        fs.splice(i, 2, ctx.ones({ rows: ctx.shape(p).rows, cols: ctx.shape(q).cols }));
        changed = true;
      } else if (isCall(p, 'transpose') && onehot(p.args[0]!) && onesCol(q) && ctx.shape(p).rows === 1) {
        note(p.args[0]!);
        fs.splice(i, 2);
        changed = true;
      } else if ((isCall(p, 'inv') && same(p.args[0]!, q)) || (isCall(q, 'inv') && same(q.args[0]!, p))) {
        // P⁻¹P = PP⁻¹ = I.
        fs.splice(i, 2, ...(fs.length > 2 ? [] : [ctx.eye(ctx.shape(p).rows)]));
        changed = true;
      } else if (isCall(p, 'transpose') && ctx.shape(p).rows === 1 && ctx.shape(q).cols === 1 && ctx.shape(q).rows !== 1) {
        // uᵀv = sum(u ⊙ v): kept when the Hadamard form cancels (uᵀ(y ./ u) = sum(y)).
        const h = hadamard(emul(p.args[0]!, q), ctx);
        if (size(h) < size(emul(p.args[0]!, q))) {
          fs.splice(i, 2, pass(call('sum', h), ctx));
          changed = true;
        }
      } else if ((ctx.isScalar(p) && isCall(q, 'divide') && same(q.args[1]!, p)) || (ctx.isScalar(q) && isCall(p, 'divide') && same(p.args[1]!, q))) {
        // s · (a/s) = a for scalars.
        const d = (isCall(q, 'divide') && same(q.args[1]!, p) ? q : p) as Call;
        fs.splice(i, 2, d.args[0]!);
        changed = true;
      }
    }
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i + 1 < fs.length && !changed; i++) {
      const [p, q] = [fs[i]!, fs[i + 1]!];
      if ((onesCol(p) && onesRow(q)) || (onesCol(p) && isCall(q, 'ones') && ctx.shape(q).rows === 1)) {
        fs.splice(i, 2, ctx.ones({ rows: ctx.shape(p).rows, cols: ctx.shape(q).cols }));
        changed = true;
      } else if (same(base(p), base(q)) && ctx.shape(base(p)).rows === ctx.shape(base(p)).cols) {
        // Powers of the same matrix: X X → X², X² X → X³.
        const e = expo(p) + expo(q);
        fs.splice(i, 2, powerOf(base(p), e));
        changed = true;
      }
    }
  }
  // The logistic function: eᵘ · 1/(1 + eᵘ) = σ(u).
  for (let changed = true; changed; ) {
    changed = false;
    for (const d of fs) {
      if (!isCall(d, 'divide') || !isNum(d.args[0]!, 1) || !isCall(d.args[1]!, 'add')) continue;
      const [p, q] = d.args[1]!.args;
      const e = isNum(p!, 1) && isCall(q!, 'exp') ? q! : isNum(q!, 1) && isCall(p!, 'exp') ? p! : null;
      const j = e ? fs.findIndex((g) => same(g, e)) : -1;
      if (j < 0 || !ctx.isScalar(e!)) continue;
      ctx.used.add('eᵘ/(1 + eᵘ) = σ(u), the logistic function.');
      const sig = call('sigmoid', (e as Call).args[0]!);
      fs = fs.map((g, i) => (i === j ? sig : g)).filter((g) => g !== d);
      changed = true;
      break;
    }
  }
  // Scalars anywhere in the chain: a scalar and a quotient by it cancel.
  for (let changed = true; changed; ) {
    changed = false;
    const sc = fs.filter((f) => ctx.isScalar(f));
    for (const d of sc) {
      if (!isCall(d, 'divide')) continue;
      const j = fs.findIndex((g) => g !== d && ctx.isScalar(g) && same(g, d.args[1]!));
      if (j >= 0) {
        const k = fs.indexOf(d);
        fs = fs.map((g, i) => (i === k ? d.args[0]! : g)).filter((_, i) => i !== j);
        changed = true;
        break;
      }
    }
  }
  const mats = fs.filter((f) => !ctx.isScalar(f));
  const scalars = fs.filter((f) => ctx.isScalar(f));
  // Identities drop out of a product with another matrix.
  const kept = mats.length > 1 ? mats.filter((f) => !(isCall(f, 'eye') && f.args.length === 1)) : mats;
  const matsOut = kept.length === 0 && mats.length > 0 ? [mats[0]!] : kept;
  return rebuild(coef, [...scalars, ...matsOut]);
}

function hadamard(n: Node, ctx: Context): Node {
  const factors: Node[] = [];
  let coef = 1;
  const walk = (x: Node) => {
    if (isCall(x, 'dotMultiply')) x.args.forEach(walk);
    else if (x.k === 'num') coef *= x.v;
    else if (isCall(x, 'unaryMinus')) {
      coef = -coef;
      walk(x.args[0]!);
    } else if (isCall(x, 'multiply') || (isCall(x, 'divide') && ctx.isScalar(x.args[1]!))) {
      const c = flatten(x, ctx);
      coef *= c.coef;
      const mats = c.factors.filter((f) => !ctx.isScalar(f));
      for (const f of c.factors) if (ctx.isScalar(f)) factors.push(f);
      if (mats.length) factors.push(rebuild(1, mats));
    } else factors.push(x);
  };
  walk(n);
  let fs = factors;
  // A ./ B .* B → A.
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < fs.length && !changed; i++) {
      const f = fs[i]!;
      if (!isCall(f, 'dotDivide')) continue;
      const j = fs.findIndex((g, k) => k !== i && same(g, f.args[1]!));
      if (j >= 0) {
        fs = fs.map((g, k) => (k === i ? f.args[0]! : g)).filter((_, k) => k !== j);
        changed = true;
      }
    }
  }
  // (1 ./ B) .* X → X ./ B.
  for (let changed = true; changed; ) {
    changed = false;
    const i = fs.findIndex((f) => isCall(f, 'dotDivide') && isNum(f.args[0]!, 1));
    const j = fs.findIndex((g, k) => k !== i && !ctx.isScalar(g) && !isCall(g, 'ones'));
    if (i >= 0 && j >= 0) {
      const f = fs[i] as Call;
      fs = fs.map((g, k) => (k === j ? ediv(g, f.args[1]!) : g)).filter((_, k) => k !== i);
      changed = true;
    }
  }
  const scalars = fs.filter((f) => ctx.isScalar(f));
  let mats = fs.filter((f) => !ctx.isScalar(f));
  // Ones drop out of a Hadamard product with a matrix of the same shape.
  if (mats.length > 1) {
    const ones = mats.filter((f) => isCall(f, 'ones'));
    const others = mats.filter((f) => !isCall(f, 'ones'));
    if (others.length > 0 && ones.length > 0) mats = others;
  }
  // Ones times scalars: the scalars alone would lose the shape, so keep one.
  const had = mats.length ? mats.reduce((x, y) => emul(x, y)) : null;
  return rebuild(coef, had ? [...scalars, had] : scalars);
}

/** A key equal for like terms: Hadamard factors commute, and so do scalar factors. */
function termKey(t: Term): string {
  const one = (f: Node): string => {
    if (!isCall(f, 'dotMultiply')) return print(f);
    const parts: string[] = [];
    const walk = (x: Node) => (isCall(x, 'dotMultiply') ? x.args.forEach(walk) : parts.push(print(x)));
    walk(f);
    return parts.sort().join(' .* ');
  };
  return t.factors.map(one).join(' * ');
}

interface Term {
  coef: number;
  factors: Node[];
}

function termsOf(n: Node, sign: number, out: Term[], ctx: Context): void {
  if (isCall(n, 'add')) {
    termsOf(n.args[0]!, sign, out, ctx);
    termsOf(n.args[1]!, sign, out, ctx);
  } else if (isCall(n, 'subtract')) {
    termsOf(n.args[0]!, sign, out, ctx);
    termsOf(n.args[1]!, -sign, out, ctx);
  } else if (isCall(n, 'unaryMinus')) termsOf(n.args[0]!, -sign, out, ctx);
  else {
    const c = flatten(n, ctx);
    if (c.factors.length === 1 && (isCall(c.factors[0]!, 'add') || isCall(c.factors[0]!, 'subtract'))) termsOf(c.factors[0]!, sign * c.coef, out, ctx);
    else out.push({ coef: sign * c.coef, factors: c.factors });
  }
}

const termNode = (t: Term): Node => rebuild(t.coef, t.factors);

function buildSum(terms: readonly Term[]): Node {
  if (terms.length === 0) return num(0);
  if (terms.length > 1 && terms.every((t) => t.coef < 0)) return neg(buildSum(terms.map((t) => ({ coef: -t.coef, factors: t.factors }))));
  const sorted = [...terms.filter((t) => t.coef > 0), ...terms.filter((t) => t.coef <= 0)];
  let out = termNode(sorted[0]!);
  for (const t of sorted.slice(1)) out = t.coef < 0 ? sub(out, termNode({ coef: -t.coef, factors: t.factors })) : add(out, termNode(t));
  return out;
}

function sum(n: Node, ctx: Context, expand = true): Node {
  let terms: Term[] = [];
  termsOf(n, 1, terms, ctx);
  // Like terms: the same factors add their coefficients.
  const merged: Term[] = [];
  for (const t of terms) {
    const key = termKey(t);
    const hit = merged.find((m) => termKey(m) === key);
    if (hit) hit.coef += t.coef;
    else merged.push({ coef: t.coef, factors: [...t.factors] });
  }
  terms = merged.filter((t) => t.coef !== 0);
  // Common factors on the right or on the left: P x + Q x → (P + Q) x, when that is shorter.
  for (let round = 0; round < 10; round++) {
    let done = false;
    for (let i = 0; i < terms.length && !done; i++)
      for (let j = i + 1; j < terms.length && !done; j++) {
        const c = factorPair(terms[i]!, terms[j]!, ctx);
        if (c) {
          terms = [...terms.slice(0, i), c, ...terms.slice(i + 1, j), ...terms.slice(j + 1)];
          done = true;
        }
      }
    if (!done) break;
  }
  // A factor every term shares: a common numeric coefficient or scalar divisor goes outside.
  if (terms.length > 1) {
    const c = Math.abs(terms[0]!.coef);
    if (c !== 1 && terms.every((t) => Math.abs(t.coef) === c)) return product(mul(num(c), buildSum(terms.map((t) => ({ coef: t.coef / c, factors: t.factors })))), ctx);
    const common = terms[0]!.factors.find((f) => ctx.isScalar(f) && !isCall(f, 'divide') && terms.every((t) => t.factors.some((g) => same(g, f))));
    if (common) {
      const drop = (fs: Node[]) => {
        const k = fs.findIndex((g) => same(g, common));
        return fs.filter((_, i) => i !== k);
      };
      return product(mul(common, buildSum(terms.map((t) => ({ coef: t.coef, factors: drop(t.factors) })))), ctx);
    }
    const divisor = terms[0]!.factors.find((f) => isCall(f, 'divide') && isNum(f.args[0]!, 1));
    if (divisor && terms.every((t) => t.factors.some((f) => same(f, divisor))))
      return div(buildSum(terms.map((t) => ({ coef: t.coef, factors: t.factors.filter((f) => !same(f, divisor)) }))), (divisor as Call).args[1]!);
  }
  const plain = buildSum(terms);
  // Expanded: products of sums multiplied out, when that collects to something shorter.
  if (expand) {
    const ex = expandTerms(terms, ctx);
    if (ex) {
      const alt = sum(buildSum(ex), ctx, false);
      if (size(alt) < size(plain)) return alt;
    }
  }
  return plain;
}

/** Terms with one product of a sum multiplied out (scalar and Hadamard factors), or null. */
function expandTerms(terms: readonly Term[], ctx: Context): Term[] | null {
  let changed = false;
  const out: Term[] = [];
  for (const t of terms) {
    const i = t.factors.findIndex((f) => isCall(f, 'add') || isCall(f, 'subtract') || (isCall(f, 'dotMultiply') && f.args.some((a) => isCall(a, 'add') || isCall(a, 'subtract'))));
    if (i < 0) {
      out.push(t);
      continue;
    }
    const f = t.factors[i] as Call;
    const pieces: Term[] = [];
    if (isCall(f, 'dotMultiply')) {
      const k = f.args.findIndex((a) => isCall(a, 'add') || isCall(a, 'subtract'));
      const other = f.args[1 - k]!;
      termsOf(f.args[k]!, 1, pieces, ctx);
      for (const p of pieces) p.factors = [hadamard(emul(rebuild(1, p.factors), other), ctx)];
    } else termsOf(f, 1, pieces, ctx);
    for (const p of pieces) {
      const fs = [...t.factors.slice(0, i), ...p.factors, ...t.factors.slice(i + 1)];
      const c = flatten(product(rebuild(t.coef * p.coef, fs), ctx), ctx);
      out.push({ coef: c.coef, factors: c.factors });
    }
    changed = true;
  }
  return changed ? out : null;
}

function factorPair(s: Term, t: Term, ctx: Context): Term | null {
  const a = s.factors.filter((f) => !ctx.isScalar(f)),
    as = s.factors.filter((f) => ctx.isScalar(f));
  const b = t.factors.filter((f) => !ctx.isScalar(f)),
    bs = t.factors.filter((f) => ctx.isScalar(f));
  const before = size(termNode(s)) + size(termNode(t)) + 1;
  const candidates: Term[] = [];
  let k = 0;
  while (k < a.length && k < b.length && same(a[a.length - 1 - k]!, b[b.length - 1 - k]!)) k++;
  while (k > 0 && (as.length + a.length - k === 0 || bs.length + b.length - k === 0)) k--;
  if (k > 0) {
    const pa = [...as, ...a.slice(0, a.length - k)],
      pb = [...bs, ...b.slice(0, b.length - k)];
    const inner = joint(pa, s.coef, pb, t.coef, ctx);
    if (inner) candidates.push({ coef: 1, factors: [inner, ...a.slice(a.length - k)] });
  }
  k = 0;
  while (k < a.length && k < b.length && same(a[k]!, b[k]!)) k++;
  while (k > 0 && (as.length + a.length - k === 0 || bs.length + b.length - k === 0)) k--;
  if (k > 0) {
    const pa = [...as, ...a.slice(k)],
      pb = [...bs, ...b.slice(k)];
    const inner = joint(pa, s.coef, pb, t.coef, ctx);
    if (inner) candidates.push({ coef: 1, factors: [...a.slice(0, k), inner] });
  }
  const best = candidates.sort((x, y) => size(termNode(x)) - size(termNode(y)))[0];
  return best && size(termNode(best)) < before ? best : null;
}

/** c₁P + c₂Q as one factor, when P and Q have the same shape (no broadcasting of a scalar). */
function joint(p: Node[], cp: number, q: Node[], cq: number, ctx: Context): Node | null {
  const P = rebuild(1, p),
    Q = rebuild(1, q);
  const sp = ctx.shape(P),
    sq = ctx.shape(Q);
  if (sp.rows !== sq.rows || sp.cols !== sq.cols) return null;
  return sum(add(rebuild(cp, p), rebuild(cq, q)), ctx);
}
