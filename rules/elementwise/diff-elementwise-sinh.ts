import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-sinh',
  title: 'Differential of elementwise sinh',
  area: 'elementwise',
  kind: 'differential',
  latex: String.raw`d\sinh(\mathbf{X}) = \cosh(\mathbf{X}) \odot d\mathbf{X}`,
  F: 'sinh(X)',
  wrt: ['X'],
  dF: 'cosh(X) .* dX',
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
      id: 'circular-function',
      claim: 'cos(X) .* dX',
      why: 'sinh is hyperbolic: its derivative is cosh, not the circular cos.',
    },
    {
      id: 'sinh-kept',
      claim: 'sinh(X) .* dX',
      why: 'Only exp is its own derivative; sinh′ = cosh.',
    },
    {
      id: 'matrix-product',
      claim: 'cosh(X)*dX',
      why: 'cosh(X) ⊙ dX is entrywise, not a matrix product.',
    },
  ],
});
