import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-diag',
  title: 'Differential of diag',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d\,\operatorname{diag}(\mathbf{x}) = \operatorname{diag}(d\mathbf{x})`,
  F: 'diag(x)',
  wrt: ['x'],
  dF: 'diag(dx)',
  shapes: {
    x: 'n',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'Placing a vector on the diagonal (or reading the diagonal of a matrix) is linear.',
  mistakes: [
    {
      id: 'outer-product',
      claim: "dx*x'",
      why: 'diag(x) puts x on the diagonal; dx xᵀ is a full matrix.',
    },
  ],
});
