import { defineRule } from '../schema.js';

export default defineRule({
  id: 'kron-mixed-product',
  title: 'Mixed-product property of the Kronecker product',
  area: 'kronecker',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}\otimes\mathbf{B})(\mathbf{C}\otimes\mathbf{D}) = \mathbf{A}\mathbf{C}\otimes\mathbf{B}\mathbf{D}`,
  lhs: 'kron(A,B)*kron(C,D)',
  rhs: 'kron(A*C,B*D)',
  shapes: {
    A: 'mxn',
    B: 'pxq',
    C: 'nxr',
    D: 'qxs',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(511)',
    },
  ],
  explanation:
    'Whenever the products $\\mathbf{A}\\mathbf{C}$ and $\\mathbf{B}\\mathbf{D}$ exist. It is what makes $(\\mathbf{A}\\otimes\\mathbf{B})^{-1} = \\mathbf{A}^{-1}\\otimes\\mathbf{B}^{-1}$.',
  mistakes: [
    {
      id: 'wrong-pairing',
      claim: 'kron(A*B,C*D)',
      why: 'The first factors pair with each other (A with C) and the second ones (B with D); AB and CD need not even exist.',
      shapes: {
        A: 'nxn',
        B: 'nxn',
        C: 'nxn',
        D: 'nxn',
      },
    },
    {
      id: 'order-reversed',
      claim: 'kron(C*A,D*B)',
      why: 'Inside each pair the order is kept: AC, not CA.',
    },
  ],
});
