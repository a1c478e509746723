/** cos: elementwise. */
import { call, emul, neg } from '../ast.js';
import { elementwise } from './shared.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'cos',
  f: Math.cos,
  deriv: (x) => Math.abs(Math.sin(x)),
  smooth: true,
  scale: 'own',
  torch: 'f_cos',
  code: { ...python(pyElementwise('cos')), ts: tsElementwise('Math.cos') },
  domain: { where: 'everywhere' },
  reference: 'cos(x)',
  tex: (x, k) => k.call('\\cos', x),
  differential: { rules: ['diff-elementwise-cos'], d: ({ args: [x], dargs: [dx] }) => emul(neg(call('sin', x!)), dx!) },
});
