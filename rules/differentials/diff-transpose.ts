import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-transpose',
  title: 'Differential of a transpose',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X}^\top) = (d\mathbf{X})^\top`,
  F: "X'",
  wrt: ['X'],
  dF: "dX'",
  shapes: {
    X: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(44)',
    },
  ],
  explanation: 'Transposing is linear, so its differential is the transpose of the differential.',
  mistakes: [
    {
      id: 'not-transposed',
      claim: 'dX',
      why: 'The differential of Xᵀ is (dX)ᵀ; dX itself differs from it unless dX is symmetric.',
    },
  ],
});
