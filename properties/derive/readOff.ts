/**
 * The matrix read-off of the derived Hessian (`mcv derive --hessian`, properties/derive/hessian.ts):
 * for a scalar or column w, H[dw] = M dw, with dw factored to the right through each linear
 * operation. Keyed by the engine's operation names; the differentials themselves are in the table
 * of operations (engine/ops/), which this structural step does not need.
 */
import { add, call, div, ediv, mul, neg, num, print, sub, tr, type Node } from '../engine/ast.js';
import { ShapeMismatch, type Context } from './context.js';

/**
 * The Hessian of a scalar or column w as a matrix: H[dw] = M dw. What each operation of a linear
 * expression L in dw (a column, or a scalar for a scalar w) contributes to M, factoring dw to the
 * right: P dw gives P, a ⊙ dw gives diag(a) dw, (uᵀdw) v gives v uᵀ dw. Keyed by the engine's
 * operation names.
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
  add: ({
    node: {
      args: [a, b],
    },
    m,
  }) => add(m(a!), m(b!)),
  subtract: ({
    node: {
      args: [a, b],
    },
    m,
  }) => sub(m(a!), m(b!)),
  unaryMinus: ({
    node: {
      args: [a],
    },
    m,
  }) => neg(m(a!)),
  divide: ({
    node: {
      args: [a, b],
    },
    ctx,
    dep,
    m,
    unsupported,
  }) => {
    if (dep(b!) || !ctx.isScalar(b!)) return unsupported('a quotient by something that depends on dw, or by a matrix, is not read off');
    return div(m(a!), b!);
  },
  dotDivide: ({
    node: {
      args: [a, b],
    },
    ctx,
    dep,
    m,
    note,
    unsupported,
  }) => {
    if (dep(b!)) return unsupported('a quotient by something that depends on dw is not linear in dw');
    if (ctx.isScalar(b!)) return div(m(a!), b!);
    note('v ./ b = diag(1 ./ b) v for columns.');
    return mul(call('diag', ediv(num(1), b!)), m(a!));
  },
  dotMultiply: ({
    node: {
      args: [a, b],
    },
    ctx,
    dep,
    m,
    note,
    unsupported,
  }) => {
    if (dep(a!) && dep(b!)) return unsupported('a Hadamard product with dw on both sides is not linear in dw');
    const [lin, other] = dep(a!) ? [a!, b!] : [b!, a!];
    if (ctx.isScalar(other)) return mul(other, m(lin));
    if (ctx.shape(other).cols !== 1) return unsupported('a Hadamard product with a matrix is not read off as a matrix times dw');
    note('a ⊙ v = diag(a) v for columns.');
    return mul(call('diag', other), m(lin));
  },
  transpose: ({
    node: {
      args: [a],
    },
    m,
    unsupported,
  }) => {
    // A column written as the transpose of a row: the transpose taken inside first.
    const x = a!;
    if (x.k === 'call') {
      const [p, q] = x.args;
      switch (x.name) {
        case 'transpose':
          return m(p!);
        case 'multiply':
          return m(mul(tr(q!), tr(p!)));
        case 'add':
        case 'subtract':
        case 'dotMultiply':
          return m(call(x.name, tr(p!), tr(q!)));
        case 'unaryMinus':
          return neg(m(tr(p!)));
        case 'divide':
          return m(div(tr(p!), q!));
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
    const left = fs.slice(0, i),
      right = fs.slice(i + 1);
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
