import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-kron-self',
  title: 'Differential of X ⊗ X',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X}\otimes\mathbf{X}) = d\mathbf{X}\otimes\mathbf{X} + \mathbf{X}\otimes d\mathbf{X}`,
  F: 'kron(X,X)',
  wrt: ['X'],
  dF: 'kron(dX,X) + kron(X,dX)',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(39)',
    },
  ],
  explanation: 'The Kronecker product is bilinear, so the product rule holds with the order of the factors kept.',
  mistakes: [
    {
      id: 'commuted',
      claim: '2*kron(dX,X)',
      why: 'The Kronecker product does not commute: dX⊗X and X⊗dX hold the same numbers in different places.',
    },
    {
      id: 'one-term',
      claim: 'kron(dX,X)',
      why: 'Both factors of X⊗X vary.',
    },
  ],
});
