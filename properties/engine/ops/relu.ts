/** relu: max(x, 0), elementwise. */
import { add, call, div, emul, num } from '../ast.js';
import { elementwise } from './shared.js';
import { atom, fn, python, scalarArray, tsMap } from './code.js';

export default elementwise({
  name: 'relu',
  f: (x) => Math.max(x, 0),
  // 1-Lipschitz: a move e of x moves relu(x) by at most e, on either side of the kink.
  deriv: () => 1,
  smooth: false,
  scale: 'free',
  torch: 'torch.relu',
  code: {
    ...python(([a], k) => atom(k.lib.relu(scalarArray(k.lib, a!)))),
    ts: ([a], k) => (a!.repr === 'scalar' ? fn('Math.max', a!.code, '0') : tsMap(a!, '(p) => Math.max(p, 0)', k)),
  },
  domain: {
    where: 'x ≠ 0',
    entry: (x) => x !== 0,
    onKink: (x) => x === 0,
    kink: 'at 0: mcv derive uses the slope ½, the mean of the slopes 0 and 1 on each side (what a symmetric difference measures); 1 or 0 everywhere else',
  },
  reference: 'max(x, 0)',
  tex: (x, k) => k.call('\\operatorname{relu}', x),
  differential: {
    rules: ['diff-elementwise-relu'],
    because: () => 'where no entry of the argument is 0 (relu has a kink at 0, where the slope used is ½).',
    // (1 + sign(x))/2: 1 for x > 0, 0 for x < 0, ½ at the kink.
    d: ({ args: [x], dargs: [dx] }) => emul(div(add(num(1), call('sign', x!)), num(2)), dx!),
  },
});
