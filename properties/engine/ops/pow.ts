/** A ^ p: a power of a number, or a whole-number power of a square matrix (repeated squaring). */
import { alloc, logPowerArgument, need, powerBound, product, sameShape, smallPower } from './shared.js';
import { call, mul, neg, num, pow, tr, type Node } from '../ast.js';
import * as M from '../matrix.js';
import { constantExponent, expNode, minusOne, plus } from './differentials.js';
import { bounded, invBounded, result } from './rounding.js';
import { P, type Op, type VE } from './types.js';
import { exponent, fn, pyPower, python, tsPower } from './code.js';

/** The dA inside trace(Aᵀ dA)/‖A‖, the differential of a norm. */
function innerOf(dnorm: Node): Node | null {
  // dnorm = trace(A' * dA) / norm(A): take dA.
  if (dnorm.k !== 'call' || dnorm.name !== 'divide') return null;
  const t = dnorm.args[0]!;
  if (t.k !== 'call' || t.name !== 'trace') return null;
  const m = t.args[0]!;
  return m.k === 'call' && m.name === 'multiply' ? m.args[1]! : null;
}

export default {
  name: 'pow',
  syntax: ['a ^ b', 'A ^ k'],
  form: 'operator',
  arity: [2, 2],
  doc: 'power of a number; A^k for a square A and a whole number |k| ≤ 64',
  elementwise: false,
  smooth: false,
  scale: 'exponent',
  evaluate: ([a, b], c): VE => {
    const x = a!.v,
      y = b!.v;
    need(M.isScalar(y), () => `${c.text}: the exponent ${c.args[1]} must be a number, not a ${M.shapeText(y)} matrix`);
    if (c.variableExponent && c.budget.scaled && M.isScalar(x)) c.budget.scaled.push(logPowerArgument(x, y));
    const p = y.data[0]!;
    if (M.isScalar(x)) {
      const v = M.scalar(x.data[0]! ** p);
      return result(c, v, () => powerBound(a!, b!, v));
    }
    need(x.rows === x.cols, () => `${c.text}: a matrix power needs a square matrix, but ${c.args[0]} is ${M.shapeText(x)}; for entrywise powers write .^`);
    need(Number.isInteger(p), () => `${c.text}: a matrix power needs a whole-number exponent, got ${p}`);
    need(Math.abs(p) <= 64, () => `${c.text}: the exponent ${p} is too large (at most 64)`);
    let base: VE = a!;
    if (p < 0) {
      alloc(c.budget, x.rows, x.cols, x.rows ** 3, c);
      base = c.bound ? invBounded(bounded(a!)) : { v: M.inv(x) };
    }
    let acc: VE = c.bound ? { v: M.identity(x.rows), e: M.mat(x.rows, x.rows) } : { v: M.identity(x.rows) };
    for (let k = Math.abs(p); k > 0; k >>= 1) {
      if (k & 1) acc = product(acc, base, c);
      if (k > 1) base = product(base, base, c);
    }
    return acc;
  },
  tex: ([a, b], _n, k) => ({ tex: `${k.base(a!)}^{${b!.tex}}`, prec: P.Power, sup: true }),
  differential: {
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
        const left = power(i),
          right = power(k - 1 - i);
        let term = dbase;
        if (left) term = mul(left, term);
        if (right) term = mul(term, right);
        sum = plus(sum, term);
      }
      return sum;
    },
  },
  shape: sameShape,
  linearity: 'nonlinear',
  printing: { form: 'infix', symbol: '^', prec: 4, left: 6, right: 6 },
  torch: 'op_pow',
  code: {
    ...python(([a, b], k) => (a!.repr === 'scalar' ? pyPower([a!, b!], k) : fn(k.lib.matrixPower, a!.code, String(exponent(b!.node, k))))),
    ts: ([a, b], k) => (a!.repr === 'scalar' ? tsPower([a!, b!], k) : fn(k.helper('_mpow'), a!.code, String(exponent(b!.node, k)))),
  },
  domain: { entry: (x) => x > 0, where: 'a > 0 for a fractional exponent, a ≠ 0 for a negative one; A invertible for k < 0' },
  facts: { fold: smallPower },
} satisfies Op;
