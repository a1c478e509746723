import { defineRule } from '../schema.js';

export default defineRule({
  id: 'abs-differential',
  title: 'Differential of the elementwise absolute value',
  area: 'elementwise',
  kind: 'differential',
  latex: String.raw`d\lvert\mathbf{X}\rvert = \mathrm{sign}(\mathbf{X})\odot d\mathbf{X}\quad(X_{ij}\neq 0)`,
  F: 'abs(X)',
  wrt: ['X'],
  dF: 'sign(X) .* dX',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'Not differentiable where an entry is 0; there the symmetric difference quotient gives $0 = \\mathrm{sign}(0)$, so such points do not refute the rule but prove nothing either.',
  mistakes: [
    {
      id: 'sign-dropped',
      claim: 'dX',
      why: 'Only positive entries have slope +1; negative ones have slope −1.',
    },
    {
      id: 'abs-kept',
      claim: 'abs(X) .* dX',
      why: '|x| is not its own derivative; its slope is ±1.',
    },
  ],
});
