/** sqrt: elementwise. */
import { call, ediv, mul, num } from '../ast.js';
import { elementwise } from './shared.js';
import { P } from './types.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'sqrt',
  f: Math.sqrt,
  deriv: (_x, v) => 1 / (2 * Math.abs(v)),
  smooth: false,
  scale: 'free',
  torch: 'f_sqrt',
  code: { ...python(pyElementwise('sqrt')), ts: tsElementwise('Math.sqrt') },
  domain: { where: 'x > 0 (not differentiable at 0)', entry: (x) => x > 0 },
  reference: 'sqrt(x)',
  facts: { argumentIs: 'positive' },
  tex: (x) => ({ tex: `\\sqrt{${x.tex}}`, prec: P.Atom }),
  differential: { rules: ['sqrt-differential'], d: ({ args: [x], dargs: [dx] }) => ediv(dx!, mul(num(2), call('sqrt', x!))) },
});
