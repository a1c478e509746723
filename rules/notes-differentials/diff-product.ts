import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-product',
  title: 'Differential of a matrix product',
  area: 'notes-differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X}\mathbf{Y}) = (d\mathbf{X})\mathbf{Y} + \mathbf{X}(d\mathbf{Y})`,
  F: 'X*Y',
  wrt: ['X', 'Y'],
  dF: 'dX*Y + X*dY',
  shapes: {
    X: 'mxn',
    Y: 'nxp',
  },
  sources: [
    {
      work: 'notes',
      where: 'Differential rules (2)',
    },
    {
      work: 'cookbook',
      where: '(37)',
    },
  ],
  explanation: 'The product rule with the order of the factors kept: matrix products do not commute.',
  equivalent: ['X*dY + dX*Y'],
  mistakes: [
    {
      id: 'order-swapped',
      claim: 'dX*Y + dY*X',
      why: 'Writes the scalar product rule without keeping the order; dY·X is not X·dY (and has the wrong size unless all sizes agree).',
    },
    {
      id: 'one-term',
      claim: 'dX*Y',
      why: 'Only X was differentiated; Y varies as well.',
    },
    {
      id: 'product-of-differentials',
      claim: 'dX*dY',
      why: 'd(XY) is linear in the differentials; dX·dY is second order.',
    },
  ],
});
