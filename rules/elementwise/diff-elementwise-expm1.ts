import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-expm1',
  title: 'Differential of elementwise expm1',
  area: 'elementwise',
  kind: 'differential',
  latex: String.raw`d\,\mathrm{expm1}(\mathbf{X}) = \exp(\mathbf{X}) \odot d\mathbf{X}`,
  F: 'expm1(X)',
  wrt: ['X'],
  dF: 'exp(X) .* dX',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  equivalent: ['(expm1(X) + 1) .* dX'],
  mistakes: [
    {
      id: 'minus-one-kept',
      claim: 'expm1(X) .* dX',
      why: 'The constant −1 has no slope: (eˣ − 1)′ = eˣ, not eˣ − 1.',
    },
    {
      id: 'shifted-exponent',
      claim: 'exp(X - 1) .* dX',
      why: 'The −1 is outside the exponential, not inside it.',
    },
    {
      id: 'matrix-product',
      claim: 'exp(X)*dX',
      why: 'exp(X) ⊙ dX is entrywise, not a matrix product.',
    },
  ],
});
