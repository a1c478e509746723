/** softplus: log(1 + eˣ), elementwise, evaluated without overflow or cancellation. */
import { call, emul } from '../ast.js';
import { elementwise } from './shared.js';
import { sigmoid } from './sigmoid.js';
import { atom, python, scalarArray, tsHelperElementwise } from './code.js';

/** log(1 + eˣ) = max(x, 0) + log1p(e^−|x|): no overflow for large x, no loss for very negative x. */
export const softplus = (x: number): number => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));

export default elementwise({
  name: 'softplus',
  f: softplus,
  deriv: (x) => sigmoid(x),
  // exp and log1p within an ulp (2u) each, carried into t = log1p(e^−|x|) ≤ |v| as 4u·t, and the sum's own u|v|.
  ulps: 5,
  smooth: true,
  scale: 'own',
  torch: 'torch.nn.functional.softplus',
  code: { ...python(([a], k) => atom(k.lib.softplus(scalarArray(k.lib, a!)))), ts: tsHelperElementwise('_softplus') },
  domain: { where: 'everywhere' },
  reference: 'log(1 + exp(x))',
  tex: (x, k) => k.call('\\operatorname{softplus}', x),
  differential: { rules: ['diff-elementwise-softplus'], d: ({ args: [x], dargs: [dx] }) => emul(call('sigmoid', x!), dx!) },
});
