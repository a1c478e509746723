import { defineRule } from '../schema.js';

export default defineRule({
  id: 'inverse-of-product',
  title: 'Inverse of a product',
  area: 'algebra',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}\mathbf{B})^{-1} = \mathbf{B}^{-1}\mathbf{A}^{-1}`,
  lhs: 'inv(A*B)',
  rhs: 'inv(B)*inv(A)',
  shapes: {
    A: 'nxn',
    B: 'nxn',
  },
  assume: {
    A: ['invertible'],
    B: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(1), (155)',
    },
  ],
  explanation:
    '$(\\mathbf{A}\\mathbf{B})(\\mathbf{B}^{-1}\\mathbf{A}^{-1}) = \\mathbf{A}\\mathbf{A}^{-1} = \\mathbf{I}$: the factors are undone in the reverse order, like taking off shoes and socks.',
  mistakes: [
    {
      id: 'order-kept',
      claim: 'inv(A)*inv(B)',
      why: 'The inverses must come in the reverse order; A⁻¹B⁻¹ inverts BA, not AB, and matrices do not commute.',
    },
  ],
});
