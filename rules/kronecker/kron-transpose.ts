import { defineRule } from '../schema.js';

export default defineRule({
  id: 'kron-transpose',
  title: 'Transpose of a Kronecker product',
  area: 'kronecker',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}\otimes\mathbf{B})^\top = \mathbf{A}^\top\otimes\mathbf{B}^\top`,
  lhs: "kron(A,B)'",
  rhs: "kron(A',B')",
  shapes: {
    A: 'mxn',
    B: 'pxq',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(510)',
    },
  ],
  explanation: 'Unlike the ordinary product, the Kronecker product keeps the order of its factors under transposition.',
  mistakes: [
    {
      id: 'order-reversed',
      claim: "kron(B',A')",
      why: 'The product rule (AB)ᵀ = BᵀAᵀ does not carry over: Bᵀ⊗Aᵀ has the right size but its entries are permuted.',
    },
    {
      id: 'one-factor-transposed',
      claim: "kron(A',B)",
      why: 'Both factors are transposed, not only the first.',
    },
  ],
});
