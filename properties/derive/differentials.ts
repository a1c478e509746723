/**
 * The differential of every operation of the expression syntax, in ONE table keyed by the
 * operation's name (the engine's names: mathjs operators and the functions of FUNCTIONS in
 * engine/expr.ts), each naming the catalogue rule that states it. Shaped so that it can be folded
 * into the engine's table of operations: an entry is `name → { rule, d }`.
 *
 * `d` receives the arguments, their differentials (null where an argument does not depend on the
 * variable) and the node itself, and returns the differential of the node, linear in dW.
 */
import {
  add, call, div, ediv, emul, mul, neg, num, pow, print, sub, tr, Unsupported, type Node,
} from './ast.js';
import { ShapeMismatch, type Context } from './context.js';

/** What a rule of the table is given. */
export interface DiffInput {
  node: Node & { k: 'call' };
  args: readonly Node[];
  /** The differentials of the arguments; null = 0 (the argument does not depend on the variable). */
  dargs: readonly (Node | null)[];
  ctx: Context;
  /** Stops with "unsupported": names the construct (the position is found by the caller). */
  unsupported(why: string): never;
}

/** The differential of one operation. */
export interface OpDifferential {
  /** Ids of the catalogue rules that state this differential. */
  rules: readonly string[];
  /** A sentence when the rule is applied in a form it does not state word for word. */
  because?: (x: DiffInput) => string | undefined;
  /** The differential; null when it is 0. */
  d(x: DiffInput): Node | null;
}

const plus = (a: Node | null, b: Node | null): Node | null => (a && b ? add(a, b) : a ?? b);
const minus = (a: Node | null, b: Node | null): Node | null => (a && b ? sub(a, b) : a ?? (b ? neg(b) : null));

/** An elementwise function f with d f(X) = f'(X) ⊙ dX. */
const elementwise = (rule: string, deriv: (x: Node) => Node): OpDifferential => ({
  rules: [rule],
  d: ({ args: [x], dargs: [dx] }) => emul(deriv(x!), dx!),
});

/** The exponent, constant in the variable: a number, or an expression such as a dimension letter. */
const constantExponent = (x: DiffInput): number | Node => {
  const p = x.args[1]!;
  if (x.dargs[1]) x.unsupported('the exponent depends on the variable; mcv derive differentiates powers with a constant exponent only');
  if (p.k === 'num') return p.v;
  if (p.k === 'call' && p.name === 'unaryMinus' && p.args[0]!.k === 'num') return -p.args[0]!.v;
  return p;
};
const expNode = (p: number | Node): Node => (typeof p === 'number' ? num(p) : p);
const minusOne = (p: number | Node): Node => (typeof p === 'number' ? num(p - 1) : sub(p, num(1)));

/** Every operation, by the engine's name. */
export const DIFFERENTIALS: Readonly<Record<string, OpDifferential>> = {
  add: { rules: ['diff-sum'], d: ({ dargs: [a, b] }) => plus(a!, b!) },
  subtract: { rules: ['diff-difference'], d: ({ dargs: [a, b] }) => minus(a!, b!) },
  unaryMinus: { rules: ['diff-difference'], because: () => '−X = 0 − X, so d(−X) = −dX.', d: ({ dargs: [a] }) => neg(a!) },
  multiply: { rules: ['diff-product'], d: ({ args: [a, b], dargs: [da, db] }) => plus(da ? mul(da, b!) : null, db ? mul(a!, db) : null) },
  dotMultiply: { rules: ['diff-hadamard'], d: ({ args: [a, b], dargs: [da, db] }) => plus(da ? emul(da, b!) : null, db ? emul(a!, db) : null) },
  divide: {
    rules: ['diff-quotient'],
    d: (x) => {
      const [a, b] = x.args;
      const [da, db] = x.dargs;
      if (!x.ctx.isScalar(b!)) {
        // A/B = A inv(B): the product rule and the differential of the inverse.
        return plus(da ? mul(da, call('inv', b!)) : null, db ? neg(mul(mul(mul(a!, call('inv', b!)), db), call('inv', b!))) : null);
      }
      return minus(da ? div(da, b!) : null, db ? div(mul(a!, db), pow(b!, num(2))) : null);
    },
  },
  dotDivide: {
    rules: ['diff-elementwise-quotient'],
    d: ({ args: [a, b], dargs: [da, db] }) =>
      minus(da ? ediv(da, b!) : null, db ? ediv(a!.k === 'num' && a!.v === 1 ? db : emul(a!, db), call('dotPow', b!, num(2))) : null),
  },
  pow: {
    rules: ['diff-scalar-power'],
    d: (x) => {
      const p = constantExponent(x);
      const [b] = x.args;
      const db = x.dargs[0]!;
      const dA = b!.k === 'call' && b!.name === 'norm' && typeof p === 'number' ? innerOf(db) : null;
      if (dA && typeof p === 'number') {
        // d‖A‖^p = p ‖A‖^(p−2) Tr(Aᵀ dA): the norm's own differential times p‖A‖^(p−1).
        const t = call('trace', mul(tr((b as Node & { k: 'call' }).args[0]!), dA));
        return p === 2 ? mul(num(2), t) : mul(mul(num(p), pow(b!, num(p - 2))), t);
      }
      if (x.ctx.isScalar(b!)) return p === 2 ? mul(mul(num(2), b!), db) : mul(mul(expNode(p), pow(b!, minusOne(p))), db);
      // An integer power of a square matrix: the product rule |p| times.
      if (typeof p !== 'number' || !Number.isInteger(p)) return x.unsupported('a matrix power needs a whole-number exponent');
      if (p === 0) return null;
      const base = p > 0 ? b! : call('inv', b!);
      const dbase = p > 0 ? db : neg(mul(mul(call('inv', b!), db), call('inv', b!)));
      const k = Math.abs(p);
      const power = (i: number): Node | null => (i === 0 ? null : i === 1 ? base : pow(base, num(i)));
      let sum: Node | null = null;
      for (let i = 0; i < k; i++) {
        const left = power(i), right = power(k - 1 - i);
        let term = dbase;
        if (left) term = mul(left, term);
        if (right) term = mul(term, right);
        sum = plus(sum, term);
      }
      return sum;
    },
  },
  dotPow: {
    rules: ['diff-elementwise-power'],
    d: (x) => {
      const p = constantExponent(x);
      const [b] = x.args;
      const db = x.dargs[0]!;
      return p === 2 ? emul(mul(num(2), b!), db) : emul(mul(expNode(p), call('dotPow', b!, minusOne(p))), db);
    },
  },
  transpose: { rules: ['diff-transpose'], d: ({ dargs: [a] }) => tr(a!) },
  exp: elementwise('diff-elementwise-exp', (x) => call('exp', x)),
  log: { rules: ['diff-elementwise-log'], d: ({ args: [x], dargs: [dx] }) => ediv(dx!, x!) },
  sqrt: { rules: ['sqrt-differential'], d: ({ args: [x], dargs: [dx] }) => ediv(dx!, mul(num(2), call('sqrt', x!))) },
  sin: elementwise('diff-elementwise-sin', (x) => call('cos', x)),
  cos: elementwise('diff-elementwise-cos', (x) => neg(call('sin', x))),
  tan: { rules: ['diff-elementwise-tan'], d: ({ args: [x], dargs: [dx] }) => ediv(dx!, call('square', call('cos', x!))) },
  tanh: elementwise('diff-elementwise-tanh', (x) => sub(num(1), call('square', call('tanh', x)))),
  sigmoid: elementwise('diff-elementwise-sigmoid', (x) => emul(call('sigmoid', x), sub(num(1), call('sigmoid', x)))),
  square: elementwise('diff-elementwise-square', (x) => mul(num(2), x)),
  abs: {
    rules: ['abs-differential'],
    because: () => 'where no entry of the argument is 0 (abs has a kink at 0).',
    d: ({ args: [x], dargs: [dx] }) => emul(call('sign', x!), dx!),
  },
  sign: {
    rules: [],
    d: (x) => x.unsupported('sign is a step: its differential is 0 away from 0 and does not exist at 0'),
  },
  trace: { rules: ['diff-trace'], d: ({ dargs: [a] }) => call('trace', a!) },
  inv: { rules: ['diff-inverse'], d: ({ args: [x], dargs: [dx] }) => neg(mul(mul(call('inv', x!), dx!), call('inv', x!))) },
  det: { rules: ['diff-det'], d: ({ args: [x], dargs: [dx] }) => mul(call('det', x!), call('trace', mul(call('inv', x!), dx!))) },
  logdet: { rules: ['diff-logdet'], d: ({ args: [x], dargs: [dx] }) => call('trace', mul(call('inv', x!), dx!)) },
  sum: { rules: ['diff-sum-entries'], d: ({ dargs: [a] }) => call('sum', a!) },
  mean: { rules: ['diff-mean'], d: ({ dargs: [a] }) => call('mean', a!) },
  kron: { rules: ['diff-kron'], d: ({ args: [a, b], dargs: [da, db] }) => plus(da ? call('kron', da, b!) : null, db ? call('kron', a!, db) : null) },
  diag: { rules: ['diff-diag'], d: ({ dargs: [a] }) => call('diag', a!) },
  norm: {
    rules: ['diff-norm'],
    d: ({ node, args: [x, p], dargs: [dx], ctx, unsupported }) => {
      const s = ctx.shape(x!);
      if (p?.k === 'num' && s.rows !== 1 && s.cols !== 1) unsupported('norm(X,2) of a matrix is its spectral norm, which mcv derive does not differentiate; norm(X,\'fro\') is the Frobenius norm');
      return div(call('trace', mul(tr(x!), dx!)), node);
    },
  },
  softmax: {
    rules: ['diff-softmax'],
    because: ({ ctx, args: [z] }) => (ctx.shape(z!).cols === 1 ? undefined : 'softmax acts column by column: the rule for each column.'),
    d: ({ ctx, node, args: [z], dargs: [dz] }) => {
      const s = ctx.shape(z!);
      if (s.cols === 1) return sub(emul(node, dz!), mul(node, mul(tr(node), dz!)));
      const one = ctx.ones({ rows: s.rows, cols: 1 });
      return sub(emul(node, dz!), emul(node, mul(one, mul(tr(one), emul(node, dz!)))));
    },
  },
  logsumexp: {
    rules: ['grad-logsumexp'],
    because: ({ ctx, args: [z] }) => (ctx.shape(z!).cols === 1 ? 'The gradient softmax(z) read as d logsumexp(z) = softmax(z)ᵀdz.' : 'Column by column: d logsumexp(z) = softmax(z)ᵀdz for each column.'),
    d: ({ ctx, args: [z], dargs: [dz] }) => {
      const s = ctx.shape(z!);
      if (s.cols === 1) return mul(tr(call('softmax', z!)), dz!);
      const one = ctx.ones({ rows: s.rows, cols: 1 });
      return mul(tr(one), emul(call('softmax', z!), dz!));
    },
  },
};

/** The dA inside trace(Aᵀ dA)/‖A‖, the differential of a norm. */
function innerOf(dnorm: Node): Node | null {
  // dnorm = trace(A' * dA) / norm(A): take dA.
  if (dnorm.k !== 'call' || dnorm.name !== 'divide') return null;
  const t = dnorm.args[0]!;
  if (t.k !== 'call' || t.name !== 'trace') return null;
  const m = t.args[0]!;
  return m.k === 'call' && m.name === 'multiply' ? m.args[1]! : null;
}

/** Constants: their differential is 0 (they never depend on the variable). */
export const CONSTANT_FUNCTIONS = new Set(['eye', 'ones', 'zeros']);

export { Unsupported };

/**
 * The Hessian of a scalar or column w as a matrix: H[dw] = M dw. What each operation of a linear
 * expression L in dw (a column, or a scalar for a scalar w) contributes to M, factoring dw to the
 * right: P dw gives P, a ⊙ dw gives diag(a) dw, (uᵀdw) v gives v uᵀ dw. Keyed by the engine's
 * operation names, like {@link DIFFERENTIALS}.
 */
export interface ReadOffInput {
  node: Node & { k: 'call' };
  ctx: Context;
  /** Does n depend on dw? */
  dep(n: Node): boolean;
  /** M of a column (or scalar) n linear in dw: n = M dw. */
  m(n: Node): Node;
  /** The row r of a scalar s linear in dw, s = r dw: its gradient transposed, by the trace rules. */
  row(s: Node): Node;
  /** Records a sentence for the line (what no rule states word for word). */
  note(because: string): void;
  /** Stops: no matrix is read off (the map form stands). */
  unsupported(why: string): never;
}

const chainOf = (n: Node): Node[] => (n.k === 'call' && n.name === 'multiply' ? [...chainOf(n.args[0]!), ...chainOf(n.args[1]!)] : [n]);
const product = (ns: readonly Node[]): Node | null => (ns.length ? ns.reduce((x, y) => mul(x, y)) : null);
const around = (left: readonly Node[], mid: Node, right: readonly Node[]): Node => product([...left, mid, ...right])!;

/** Each operation's share of M in H[dw] = M dw. */
export const READ_OFF: Readonly<Record<string, (x: ReadOffInput) => Node>> = {
  add: ({ node: { args: [a, b] }, m }) => add(m(a!), m(b!)),
  subtract: ({ node: { args: [a, b] }, m }) => sub(m(a!), m(b!)),
  unaryMinus: ({ node: { args: [a] }, m }) => neg(m(a!)),
  divide: ({ node: { args: [a, b] }, ctx, dep, m, unsupported }) => {
    if (dep(b!) || !ctx.isScalar(b!)) return unsupported('a quotient by something that depends on dw, or by a matrix, is not read off');
    return div(m(a!), b!);
  },
  dotDivide: ({ node: { args: [a, b] }, ctx, dep, m, note, unsupported }) => {
    if (dep(b!)) return unsupported('a quotient by something that depends on dw is not linear in dw');
    if (ctx.isScalar(b!)) return div(m(a!), b!);
    note('v ./ b = diag(1 ./ b) v for columns.');
    return mul(call('diag', ediv(num(1), b!)), m(a!));
  },
  dotMultiply: ({ node: { args: [a, b] }, ctx, dep, m, note, unsupported }) => {
    if (dep(a!) && dep(b!)) return unsupported('a Hadamard product with dw on both sides is not linear in dw');
    const [lin, other] = dep(a!) ? [a!, b!] : [b!, a!];
    if (ctx.isScalar(other)) return mul(other, m(lin));
    if (ctx.shape(other).cols !== 1) return unsupported('a Hadamard product with a matrix is not read off as a matrix times dw');
    note('a ⊙ v = diag(a) v for columns.');
    return mul(call('diag', other), m(lin));
  },
  transpose: ({ node: { args: [a] }, m, unsupported }) => {
    // A column written as the transpose of a row: the transpose taken inside first.
    const x = a!;
    if (x.k === 'call') {
      const [p, q] = x.args;
      switch (x.name) {
        case 'transpose': return m(p!);
        case 'multiply': return m(mul(tr(q!), tr(p!)));
        case 'add': case 'subtract': case 'dotMultiply': return m(call(x.name, tr(p!), tr(q!)));
        case 'unaryMinus': return neg(m(tr(p!)));
        case 'divide': return m(div(tr(p!), q!));
      }
    }
    return unsupported(`the transpose of ${print(x)} is not read off`);
  },
  multiply: ({ node, ctx, dep, m, row, note, unsupported }) => {
    const fs = chainOf(node);
    const deps = fs.flatMap((f, i) => (dep(f) ? [i] : []));
    if (deps.length !== 1) return unsupported('a product with dw in two factors is not linear in dw');
    const i = deps[0]!;
    const fi = fs[i]!;
    const left = fs.slice(0, i), right = fs.slice(i + 1);
    // A sum, a negation or a quotient by a scalar inside the chain is taken out first.
    if (fi.k === 'call') {
      const [p, q] = fi.args;
      if (fi.name === 'add' || fi.name === 'subtract') return call(fi.name, m(around(left, p!, right)), m(around(left, q!, right)));
      if (fi.name === 'unaryMinus') return neg(m(around(left, p!, right)));
      if (fi.name === 'divide' && !dep(q!) && ctx.isScalar(q!)) return div(m(around(left, p!, right)), q!);
    }
    // A column times scalars: L = P (M dw) s = s P M dw.
    const r = product(right);
    if (ctx.shape(fi).cols === 1 && (r === null || ctx.isScalar(r))) return product([...left, ...(r ? [r] : []), m(fi)])!;
    // The shortest run fj…fk around fi that is a scalar s = r dw commutes: L = (the rest) s = (the rest) r dw.
    const scalarRun = (j: number, k: number): boolean => {
      try {
        return ctx.isScalar(product(fs.slice(j, k + 1))!);
      } catch (e) {
        // Not a product on its own: in (uᵀ dw) v, the run dw v.
        if (e instanceof ShapeMismatch) return false;
        throw e;
      }
    };
    for (let len = 1; len <= fs.length; len++)
      for (let j = Math.max(0, i - len + 1); j <= i && j + len <= fs.length; j++) {
        const k = j + len - 1;
        if (!scalarRun(j, k)) continue;
        const run = product(fs.slice(j, k + 1))!;
        const rest = product([...fs.slice(0, j), ...fs.slice(k + 1)]);
        if (rest === null) return row(run);
        if (!ctx.isScalar(rest)) note('(uᵀdw) v = v uᵀ dw: a scalar commutes.');
        return mul(rest, row(run));
      }
    return unsupported(`${print(fi)} is not read off as a matrix times dw`);
  },
};
