/** expm1: eˣ − 1, elementwise, accurate for small x. */
import { call, emul } from '../ast.js';
import { elementwise } from './shared.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'expm1',
  f: Math.expm1,
  deriv: (x) => Math.exp(x),
  smooth: true,
  scale: 'own',
  torch: 'torch.expm1',
  code: { ...python(pyElementwise('expm1')), ts: tsElementwise('Math.expm1') },
  domain: { where: 'everywhere' },
  reference: 'exp(x) - 1',
  tex: (x, k) => k.call('\\operatorname{expm1}', x),
  differential: { rules: ['diff-elementwise-expm1'], d: ({ args: [x], dargs: [dx] }) => emul(call('exp', x!), dx!) },
});
