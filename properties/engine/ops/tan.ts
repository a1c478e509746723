/** tan: elementwise. */
import { call, ediv } from '../ast.js';
import { elementwise } from './shared.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'tan',
  f: Math.tan,
  deriv: (_x, v) => 1 + v * v,
  smooth: false,
  scale: 'own',
  torch: 'f_tan',
  code: { ...python(pyElementwise('tan')), ts: tsElementwise('Math.tan') },
  domain: { where: 'cos x ≠ 0', entry: (x) => Math.cos(x) !== 0 },
  reference: 'tan(x)',
  tex: (x, k) => k.call('\\tan', x),
  differential: { rules: ['diff-elementwise-tan'], d: ({ args: [x], dargs: [dx] }) => ediv(dx!, call('square', call('cos', x!))) },
});
