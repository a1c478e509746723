/** sign: elementwise. */
import { elementwise } from './shared.js';
import { pyElementwise, python, tsElementwise } from './code.js';

export default elementwise({
  name: 'sign',
  f: Math.sign,
  deriv: () => 0,
  smooth: false,
  scale: 'free',
  torch: 'f_sign',
  code: { ...python(pyElementwise('sign')), ts: tsElementwise('Math.sign') },
  domain: { where: 'x ≠ 0', entry: (x) => x !== 0, onKink: (x) => x === 0, kink: 'a step at 0: mcv derive uses the derivative 0, which holds everywhere else' },
  reference: 'sign(x)',
  tex: (x, k) => k.call('\\operatorname{sign}', x),
  differential: {
    rules: ['sign-differential'],
    because: () => 'where no entry of the argument is 0 (sign is a step at 0: its derivative is 0 everywhere else).',
    // A step: 0 wherever it is differentiable, which is almost everywhere (so the Hessian of sum(abs(X)) derives).
    d: () => null,
  },
});
