/** tanh: elementwise. */
import { call, emul, num, sub } from '../ast.js';
import { elementwise } from './shared.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'tanh',
  f: Math.tanh,
  deriv: (_x, v) => 1 - v * v,
  smooth: true,
  scale: 'own',
  torch: 'f_tanh',
  code: { ...python(pyElementwise('tanh')), ts: tsElementwise('Math.tanh') },
  domain: { where: 'everywhere' },
  reference: 'tanh(x)',
  tex: (x, k) => k.call('\\tanh', x),
  differential: { rules: ['diff-elementwise-tanh'], d: ({ args: [x], dargs: [dx] }) => emul(sub(num(1), call('square', call('tanh', x!))), dx!) },
});
