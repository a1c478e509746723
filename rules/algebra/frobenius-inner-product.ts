import { defineRule } from '../schema.js';

export default defineRule({
  id: 'frobenius-inner-product',
  title: 'Frobenius inner product',
  area: 'algebra',
  kind: 'identity',
  latex: String.raw`\mathrm{Tr}(\mathbf{A}^\top\mathbf{B}) = \textstyle\sum_{i,j}(\mathbf{A}\odot\mathbf{B})_{ij}`,
  lhs: "trace(A'*B)",
  rhs: 'sum(A .* B)',
  shapes: {
    A: 'mxn',
    B: 'mxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(521)',
    },
    {
      work: 'wikipedia',
      where: 'Frobenius inner product',
    },
  ],
  explanation: 'This is why $df = \\mathrm{Tr}(\\mathbf{G}^\\top d\\mathbf{X})$ defines the gradient: it is the sum of $G_{ij}\\,dX_{ij}$ over all entries.',
  derivedFrom: ['trace-hadamard', 'hadamard-sum-inner'],
  equivalent: ["trace(B'*A)", "trace(A*B')"],
  mistakes: [
    {
      id: 'sum-of-all-entries',
      claim: "sum(A'*B)",
      why: 'Summing every entry of AᵀB adds cross terms AₖᵢBₗⱼ; the trace keeps only the diagonal.',
    },
    {
      id: 'missing-transpose',
      claim: 'trace(A*B)',
      why: 'Without the transpose the product does not fit for m ≠ n, and for square matrices it pairs Aᵢⱼ with Bⱼᵢ instead.',
    },
  ],
});
