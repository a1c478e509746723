/** sigmoid: elementwise. */
import { call, emul, num, sub } from '../ast.js';
import { elementwise } from './shared.js';
import { atom, python, scalarArray, tsHelperElementwise } from './code.js';

/** 1/(1 + e⁻ˣ), without overflow for large |x|. */
export const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

export default elementwise({
  name: 'sigmoid',
  f: sigmoid,
  deriv: (x) => sigmoid(x) * (1 - sigmoid(x)),
  smooth: true,
  scale: 'own',
  torch: 'f_sigmoid',
  code: {
    ...python(([a], k) => {
      if (k.lib.target === 'numpy') k.helper('_sigmoid');
      return atom(k.lib.sigmoid(scalarArray(k.lib, a!)));
    }),
    ts: tsHelperElementwise('_sigmoid'),
  },
  domain: { where: 'everywhere' },
  reference: '1 / (1 + exp(-x))',
  tex: (x, k) => k.call('\\sigma', x),
  differential: { rules: ['diff-elementwise-sigmoid'], d: ({ args: [x], dargs: [dx] }) => emul(emul(call('sigmoid', x!), sub(num(1), call('sigmoid', x!))), dx!) },
});
