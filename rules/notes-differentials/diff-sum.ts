import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-sum',
  title: 'Differential of a sum',
  area: 'notes-differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X} + \mathbf{Y}) = d\mathbf{X} + d\mathbf{Y}`,
  F: 'X + Y',
  wrt: ['X', 'Y'],
  dF: 'dX + dY',
  shapes: {
    X: 'mxn',
    Y: 'mxn',
  },
  sources: [
    {
      work: 'notes',
      where: 'Differential rules (1)',
    },
    {
      work: 'cookbook',
      where: '(35)',
    },
  ],
  mistakes: [
    {
      id: 'only-first',
      claim: 'dX',
      why: 'Both terms vary: the differential of a sum is the sum of the differentials.',
    },
  ],
});
