/** square: elementwise. */
import { emul, mul, num } from '../ast.js';
import { elementwise } from './shared.js';
import { P, PREC } from './types.js';
import { pyElementwise, python, tsMap, wrap } from './code.js';

export default elementwise({
  name: 'square',
  f: (x) => x * x,
  deriv: (x) => 2 * Math.abs(x),
  smooth: true,
  scale: 'free',
  torch: 'f_square',
  code: {
    ...python(pyElementwise('square')),
    ts: ([a], k) => (a!.repr === 'scalar' ? { code: `${wrap(a!, PREC.atom)} ** 2`, prec: PREC.pow } : tsMap(a!, '(p) => p * p', k)),
  },
  domain: { where: 'everywhere' },
  reference: 'x^2',
  tex: (x, k) => ({ tex: `${k.base(x)}^{\\circ 2}`, prec: P.Power, sup: true }),
  differential: { rules: ['diff-elementwise-square'], d: ({ args: [x], dargs: [dx] }) => emul(mul(num(2), x!), dx!) },
});
