import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-hadamard',
  title: 'Differential of a Hadamard product',
  area: 'notes-differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X} \odot \mathbf{Y}) = d\mathbf{X} \odot \mathbf{Y} + \mathbf{X} \odot d\mathbf{Y}`,
  F: 'X .* Y',
  wrt: ['X', 'Y'],
  dF: 'dX .* Y + X .* dY',
  shapes: {
    X: 'mxn',
    Y: 'mxn',
  },
  sources: [
    {
      work: 'notes',
      where: 'Differential rules (4)',
    },
    {
      work: 'cookbook',
      where: '(38)',
    },
  ],
  mistakes: [
    {
      id: 'matrix-product',
      claim: 'dX*Y + X*dY',
      why: '⊙ is entrywise; the matrix product rule does not apply (and the sizes do not fit unless square).',
    },
    {
      id: 'one-term',
      claim: 'dX .* Y',
      why: 'Only X was differentiated; Y varies as well.',
    },
  ],
});
