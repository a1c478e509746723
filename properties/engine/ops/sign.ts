/** sign: elementwise. */
import { elementwise } from './shared.js';

export default elementwise({
  name: 'sign',
  f: Math.sign,
  deriv: () => 0,
  smooth: false,
  scale: 'free',
  tex: (x, k) => k.call('\\operatorname{sign}', x),
  differential: {
    rules: [],
    d: (x) => x.unsupported('sign is a step: its differential is 0 away from 0 and does not exist at 0'),
  },
});
