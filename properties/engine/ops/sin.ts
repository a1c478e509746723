/** sin: elementwise. */
import { call, emul } from '../ast.js';
import { elementwise } from './shared.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'sin',
  f: Math.sin,
  deriv: (x) => Math.abs(Math.cos(x)),
  smooth: true,
  scale: 'own',
  torch: 'f_sin',
  code: { ...python(pyElementwise('sin')), ts: tsElementwise('Math.sin') },
  domain: { where: 'everywhere' },
  reference: 'sin(x)',
  tex: (x, k) => k.call('\\sin', x),
  differential: { rules: ['diff-elementwise-sin'], d: ({ args: [x], dargs: [dx] }) => emul(call('cos', x!), dx!) },
});
