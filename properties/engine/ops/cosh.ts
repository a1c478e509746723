/** cosh: elementwise. */
import { call, emul } from '../ast.js';
import { elementwise } from './shared.js';

export default elementwise({
  name: 'cosh',
  f: Math.cosh,
  deriv: (x) => Math.abs(Math.sinh(x)),
  smooth: true,
  scale: 'own',
  torch: 'torch.cosh',
  domain: { where: 'everywhere' },
  reference: 'cosh(x)',
  tex: (x, k) => k.call('\\cosh', x),
  differential: { rules: ['diff-elementwise-cosh'], d: ({ args: [x], dargs: [dx] }) => emul(call('sinh', x!), dx!) },
});
