/** sinh: elementwise. */
import { call, emul } from '../ast.js';
import { elementwise } from './shared.js';

export default elementwise({
  name: 'sinh',
  f: Math.sinh,
  deriv: (x) => Math.cosh(x),
  smooth: true,
  scale: 'own',
  torch: 'torch.sinh',
  domain: { where: 'everywhere' },
  reference: 'sinh(x)',
  tex: (x, k) => k.call('\\sinh', x),
  differential: { rules: ['diff-elementwise-sinh'], d: ({ args: [x], dargs: [dx] }) => emul(call('cosh', x!), dx!) },
});
