/** sign: elementwise. */
import { elementwise } from './shared.js';

export default elementwise({
  name: 'sign',
  f: Math.sign,
  deriv: () => 0,
  smooth: false,
  scale: 'free',
  torch: 'f_sign',
  domain: { where: 'x ≠ 0', entry: (x) => x !== 0, kink: 'a step at 0: mcv derive uses the derivative 0, which holds everywhere else' },
  tex: (x, k) => k.call('\\operatorname{sign}', x),
  differential: {
    rules: [],
    d: (x) => x.unsupported('sign is a step: its differential is 0 away from 0 and does not exist at 0'),
  },
});
