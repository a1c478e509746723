/** exp: elementwise. */
import { call, emul } from '../ast.js';
import { elementwise } from './shared.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'exp',
  f: Math.exp,
  deriv: (_x, v) => Math.abs(v),
  smooth: true,
  scale: 'own',
  torch: 'f_exp',
  code: { ...python(pyElementwise('exp')), ts: tsElementwise('Math.exp') },
  domain: { where: 'everywhere' },
  reference: 'exp(x)',
  facts: { positive: true },
  tex: (x, k) => k.call('\\exp', x),
  differential: { rules: ['diff-elementwise-exp'], d: ({ args: [x], dargs: [dx] }) => emul(call('exp', x!), dx!) },
});
