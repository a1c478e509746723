import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-kron',
  title: 'Differential of a Kronecker product',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{A}\otimes\mathbf{B}) = d\mathbf{A}\otimes\mathbf{B} + \mathbf{A}\otimes d\mathbf{B}`,
  F: 'kron(A,B)',
  wrt: ['A', 'B'],
  dF: 'kron(dA,B) + kron(A,dB)',
  shapes: {
    A: 'mxn',
    B: 'pxq',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(39)',
    },
  ],
  explanation: 'The Kronecker product is bilinear, so the product rule holds with ⊗ in place of the matrix product.',
  mistakes: [
    {
      id: 'differentials-multiplied',
      claim: 'kron(dA,dB)',
      why: 'The product of the two differentials is of second order; each factor varies in turn.',
    },
  ],
});
