/** cosh: elementwise. */
import { call, emul } from '../ast.js';
import { elementwise } from './shared.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'cosh',
  f: Math.cosh,
  deriv: (x) => Math.abs(Math.sinh(x)),
  smooth: true,
  scale: 'own',
  torch: 'torch.cosh',
  code: { ...python(pyElementwise('cosh')), ts: tsElementwise('Math.cosh') },
  domain: { where: 'everywhere' },
  reference: 'cosh(x)',
  tex: (x, k) => k.call('\\cosh', x),
  differential: { rules: ['diff-elementwise-cosh'], d: ({ args: [x], dargs: [dx] }) => emul(call('sinh', x!), dx!) },
});
