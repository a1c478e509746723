import { defineRule } from '../schema.js';

export default defineRule({
  id: 'transpose-of-product',
  title: 'Transpose of a product',
  area: 'algebra',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}\mathbf{B})^\top = \mathbf{B}^\top\mathbf{A}^\top`,
  lhs: "(A*B)'",
  rhs: "B'*A'",
  shapes: {
    A: 'mxn',
    B: 'nxp',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(5)',
    },
  ],
  explanation: 'Entry $(i,j)$ of both sides is $\\sum_k A_{jk}B_{ki}$. The order reverses, which is also what makes the sizes fit.',
  mistakes: [
    {
      id: 'order-kept',
      claim: "A'*B'",
      why: 'The factors swap places under transposition; AᵀBᵀ does not even fit unless m = p.',
      shapes: {
        A: 'nxn',
        B: 'nxn',
      },
    },
  ],
});
