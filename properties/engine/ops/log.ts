/** log: elementwise. */
import { ediv } from '../ast.js';
import { elementwise } from './shared.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'log',
  f: Math.log,
  deriv: (x) => 1 / Math.abs(x),
  smooth: false,
  scale: 'free',
  torch: 'f_log',
  code: { ...python(pyElementwise('log')), ts: tsElementwise('Math.log') },
  domain: { where: 'x > 0', entry: (x) => x > 0 },
  reference: 'log(x)',
  facts: { argumentIs: 'positive' },
  tex: (x, k) => k.call('\\log', x),
  differential: { rules: ['diff-elementwise-log'], d: ({ args: [x], dargs: [dx] }) => ediv(dx!, x!) },
});
