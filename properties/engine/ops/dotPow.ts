/** A .^ B: entrywise power. */
import { entrywise, entrywiseShape, logPowerArgument, powerBound, smallPower } from './shared.js';
import { call, emul, mul, num } from '../ast.js';
import { constantExponent, expNode, minusOne } from './differentials.js';
import { P, type Op } from './types.js';
import { pyPower, python, tsPower } from './code.js';

export default {
  name: 'dotPow',
  syntax: ['A .^ B'],
  form: 'operator',
  arity: [2, 2],
  doc: 'entrywise power (a scalar, a row 1×n or a column m×1 is broadcast against an m×n matrix)',
  elementwise: false,
  smooth: false,
  scale: 'exponent',
  evaluate: (args, c) => {
    const [a, b] = args;
    return entrywise(
      'raise entrywise',
      args,
      c,
      (x, y) => x ** y,
      powerBound,
      () => {
        if (c.variableExponent) c.budget.scaled?.push(logPowerArgument(a!.v, b!.v));
      },
    );
  },
  tex: ([a, b], _n, k) => ({ tex: `${k.base(a!)}^{\\circ ${b!.tex}}`, prec: P.Power, sup: true }),
  differential: {
    rules: ['diff-elementwise-power'],
    d: (x) => {
      const p = constantExponent(x);
      const [b] = x.args;
      const db = x.dargs[0]!;
      if (p === 2) return emul(mul(num(2), b!), db);
      // A matrix of exponents multiplies entry by entry (B .* A.^(B − 1)); a number scales.
      const scale = typeof p === 'number' || x.ctx.isScalar(p) ? mul : emul;
      return emul(scale(expNode(p), call('dotPow', b!, minusOne(p))), db);
    },
  },
  shape: entrywiseShape,
  linearity: 'nonlinear',
  printing: { form: 'infix', symbol: '.^', prec: 4, left: 6, right: 6 },
  torch: 'op_epow',
  code: { ...python(pyPower), ts: tsPower },
  domain: { entry: (x) => x > 0, where: 'a > 0 for a fractional exponent, a ≠ 0 for a negative one' },
  facts: { fold: smallPower },
} satisfies Op;
