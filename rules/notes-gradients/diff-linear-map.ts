import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-linear-map',
  title: 'Differential of a linear map',
  area: 'notes-gradients',
  kind: 'differential',
  latex: String.raw`d(\mathbf{A}\mathbf{x}) = \mathbf{A}\, d\mathbf{x}`,
  F: 'A*x',
  wrt: ['x'],
  dF: 'A*dx',
  shapes: {
    A: 'mxn',
    x: 'n',
  },
  sources: [
    {
      work: 'notes',
      where: 'Matrix Differentiation, commonly used results (3)',
    },
  ],
  mistakes: [
    {
      id: 'transposed-jacobian',
      claim: "A'*dx",
      why: 'The differential applies A itself to dx; Aᵀ is the denominator-layout derivative, which acts on the other side.',
      shapes: {
        A: 'nxn',
      },
    },
  ],
});
