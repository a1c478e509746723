import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-cosh',
  title: 'Differential of elementwise cosh',
  area: 'elementwise',
  kind: 'differential',
  latex: String.raw`d\cosh(\mathbf{X}) = \sinh(\mathbf{X}) \odot d\mathbf{X}`,
  F: 'cosh(X)',
  wrt: ['X'],
  dF: 'sinh(X) .* dX',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  mistakes: [
    {
      id: 'circular-sign',
      claim: '-sinh(X) .* dX',
      why: 'The minus sign of cos′ = −sin does not carry over: cosh′ = +sinh.',
    },
    {
      id: 'circular-function',
      claim: '-sin(X) .* dX',
      why: 'cosh is hyperbolic: its derivative is sinh, not the circular −sin.',
    },
    {
      id: 'cosh-kept',
      claim: 'cosh(X) .* dX',
      why: 'Only exp is its own derivative; cosh′ = sinh.',
    },
  ],
});
