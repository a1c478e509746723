import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-difference',
  title: 'Differential of a difference',
  area: 'notes-differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X} - \mathbf{Y}) = d\mathbf{X} - d\mathbf{Y}`,
  F: 'X - Y',
  wrt: ['X', 'Y'],
  dF: 'dX - dY',
  shapes: {
    X: 'mxn',
    Y: 'mxn',
  },
  sources: [
    {
      work: 'notes',
      where: 'Differential rules (1)',
    },
  ],
  mistakes: [
    {
      id: 'sign-lost',
      claim: 'dX + dY',
      why: 'The minus sign carries over to the differential.',
    },
  ],
});
