/** sinh: elementwise. */
import { call, emul } from '../ast.js';
import { elementwise } from './shared.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'sinh',
  f: Math.sinh,
  deriv: (x) => Math.cosh(x),
  smooth: true,
  scale: 'own',
  torch: 'torch.sinh',
  code: { ...python(pyElementwise('sinh')), ts: tsElementwise('Math.sinh') },
  domain: { where: 'everywhere' },
  reference: 'sinh(x)',
  tex: (x, k) => k.call('\\sinh', x),
  differential: { rules: ['diff-elementwise-sinh'], d: ({ args: [x], dargs: [dx] }) => emul(call('cosh', x!), dx!) },
});
