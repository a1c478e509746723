/** abs: elementwise. */
import { call, emul } from '../ast.js';
import { elementwise } from './shared.js';
import { P } from './types.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'abs',
  f: Math.abs,
  deriv: () => 1,
  smooth: false,
  scale: 'free',
  torch: 'f_abs',
  code: { ...python(pyElementwise('abs')), ts: tsElementwise('Math.abs') },
  domain: {
    where: 'x ≠ 0',
    entry: (x) => x !== 0,
    onKink: (x) => x === 0,
    kink: 'at 0: mcv derive uses sign(x), which is 0 there, the mean of the slopes −1 and 1 (what a symmetric difference measures)',
  },
  reference: 'abs(x)',
  tex: (x) => ({ tex: `\\lvert ${x.tex} \\rvert`, prec: P.Atom }),
  differential: {
    rules: ['abs-differential'],
    because: () => 'where no entry of the argument is 0 (abs has a kink at 0).',
    d: ({ args: [x], dargs: [dx] }) => emul(call('sign', x!), dx!),
  },
});
