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
  add, call, div, ediv, emul, mul, neg, num, pow, sub, tr, Unsupported, type Node,
} from './ast.js';
import type { Context } from './context.js';

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
