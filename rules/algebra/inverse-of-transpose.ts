import { defineRule } from '../schema.js';

export default defineRule({
  id: 'inverse-of-transpose',
  title: 'Inverse of a transpose',
  area: 'algebra',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}^\top)^{-1} = (\mathbf{A}^{-1})^\top`,
  lhs: "inv(A')",
  rhs: "inv(A)'",
  shapes: {
    A: 'nxn',
  },
  assume: {
    A: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(3)',
    },
  ],
  explanation: 'Transpose $\\mathbf{A}\\mathbf{A}^{-1} = \\mathbf{I}$: $(\\mathbf{A}^{-1})^\\top\\mathbf{A}^\\top = \\mathbf{I}$. Written $\\mathbf{A}^{-\\top}$.',
  mistakes: [
    {
      id: 'transpose-dropped',
      claim: 'inv(A)',
      why: 'The transpose does not disappear: A⁻ᵀ = A⁻¹ only for a symmetric A.',
    },
    {
      id: 'transpose-as-inverse',
      claim: 'A',
      why: '(Aᵀ)⁻¹ = A would mean AAᵀ = I, which holds only for an orthogonal A.',
    },
  ],
});
