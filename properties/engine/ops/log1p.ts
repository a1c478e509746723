/** log1p: log(1 + x), elementwise, accurate for small x. */
import { add, ediv, num } from '../ast.js';
import { elementwise } from './shared.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'log1p',
  f: Math.log1p,
  deriv: (x) => 1 / Math.abs(1 + x),
  smooth: false,
  // Its singularity is at −1, a fixed distance from 0: the oracle's steps stay small in absolute terms.
  scale: 'own',
  torch: 'torch.log1p',
  code: { ...python(pyElementwise('log1p')), ts: tsElementwise('Math.log1p') },
  domain: { where: 'x > −1', entry: (x) => x > -1 },
  reference: 'log(1 + x)',
  tex: (x, k) => k.call('\\operatorname{log1p}', x),
  differential: { rules: ['diff-elementwise-log1p'], d: ({ args: [x], dargs: [dx] }) => ediv(dx!, add(num(1), x!)) },
});
