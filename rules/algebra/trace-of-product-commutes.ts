import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-of-product-commutes',
  title: 'Trace of a product of two matrices commutes',
  area: 'algebra',
  kind: 'identity',
  latex: String.raw`\mathrm{Tr}(\mathbf{A}\mathbf{B}) = \mathrm{Tr}(\mathbf{B}\mathbf{A})`,
  lhs: 'trace(A*B)',
  rhs: 'trace(B*A)',
  shapes: {
    A: 'mxn',
    B: 'nxm',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(14)',
    },
  ],
  explanation: "The notes' cyclic rule for two factors. $\\mathbf{A}\\mathbf{B}$ is $m\\times m$ and $\\mathbf{B}\\mathbf{A}$ is $n\\times n$, yet their traces agree.",
  derivedFrom: ['trace-cyclic'],
  mistakes: [
    {
      id: 'entrywise-pairing',
      claim: 'sum(A .* B)',
      why: 'Tr(AB) pairs Aᵢⱼ with Bⱼᵢ; Σ Aᵢⱼ Bᵢⱼ is Tr(AᵀB), which needs A and B of the same size.',
    },
    {
      id: 'sum-of-entries',
      claim: 'sum(B*A)',
      why: 'The trace adds only the diagonal of BA, not all its entries.',
    },
  ],
});
