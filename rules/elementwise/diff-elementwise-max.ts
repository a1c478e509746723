import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-max',
  title: 'Differential of the elementwise maximum of two matrices',
  area: 'elementwise',
  kind: 'differential',
  latex: String.raw`d\max(\mathbf{A}, \mathbf{B}) = \tfrac{1}{2}(1 + \mathrm{sign}(\mathbf{A} - \mathbf{B})) \odot d\mathbf{A} + \tfrac{1}{2}(1 - \mathrm{sign}(\mathbf{A} - \mathbf{B})) \odot d\mathbf{B}\quad(A_{ij}\neq B_{ij})`,
  F: 'max(A, B)',
  wrt: ['A', 'B'],
  dF: '(1 + sign(A - B))/2 .* dA + (1 - sign(A - B))/2 .* dB',
  shapes: {
    A: 'mxn',
    B: 'mxn',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation:
    'MATLAB’s two-argument max: entry by entry, the larger of the two moves it. Where A and B are equal it has a kink; there the formula gives ½(dA + dB), the mean of the two sides, which is right for max(X, X) = X.',
  mistakes: [
    {
      id: 'both-move',
      claim: 'dA + dB',
      why: 'Only the larger entry moves the maximum; the other one is not taken.',
    },
    {
      id: 'max-of-differentials',
      claim: 'max(dA, dB)',
      why: 'The entry taken is decided by A and B, not by which of dA, dB is larger.',
    },
    {
      id: 'sides-swapped',
      claim: '(1 - sign(A - B))/2 .* dA + (1 + sign(A - B))/2 .* dB',
      why: 'That is the differential of min(A, B): where A > B the maximum follows A.',
    },
  ],
});
