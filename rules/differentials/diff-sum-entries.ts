import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-sum-entries',
  title: 'Differential of the sum of the entries',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d\,\mathbf{1}^\top\mathbf{X}\mathbf{1} = \mathbf{1}^\top d\mathbf{X}\,\mathbf{1}`,
  F: 'sum(X)',
  wrt: ['X'],
  dF: 'sum(dX)',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'The sum of the entries is linear: its differential is the sum of the entries of dX.',
  mistakes: [
    {
      id: 'weighted-by-x',
      claim: 'sum(X .* dX)',
      why: 'That is half the differential of the sum of squares; the sum itself is linear in X.',
    },
  ],
});
