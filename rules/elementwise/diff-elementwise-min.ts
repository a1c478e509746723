import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-min',
  title: 'Differential of the elementwise minimum of two matrices',
  area: 'elementwise',
  kind: 'differential',
  latex: String.raw`d\min(\mathbf{A}, \mathbf{B}) = \tfrac{1}{2}(1 - \mathrm{sign}(\mathbf{A} - \mathbf{B})) \odot d\mathbf{A} + \tfrac{1}{2}(1 + \mathrm{sign}(\mathbf{A} - \mathbf{B})) \odot d\mathbf{B}\quad(A_{ij}\neq B_{ij})`,
  F: 'min(A, B)',
  wrt: ['A', 'B'],
  dF: '(1 - sign(A - B))/2 .* dA + (1 + sign(A - B))/2 .* dB',
  shapes: {
    A: 'mxn',
    B: 'mxn',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'MATLAB’s two-argument min: entry by entry, the smaller of the two moves it; at a tie the formula gives the mean of the two sides.',
  mistakes: [
    {
      id: 'both-move',
      claim: 'dA + dB',
      why: 'Only the smaller entry moves the minimum; the other one is not taken.',
    },
    {
      id: 'min-of-differentials',
      claim: 'min(dA, dB)',
      why: 'The entry taken is decided by A and B, not by which of dA, dB is smaller.',
    },
    {
      id: 'sides-swapped',
      claim: '(1 + sign(A - B))/2 .* dA + (1 - sign(A - B))/2 .* dB',
      why: 'That is the differential of max(A, B): where A < B the minimum follows A.',
    },
  ],
});
