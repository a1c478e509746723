import { defineRule } from '../schema.js';

export default defineRule({
  id: 'sherman-morrison',
  title: 'Sherman–Morrison formula',
  area: 'inverse-updates',
  kind: 'identity',
  latex: String.raw`(\mathbf{A} + \mathbf{b}\mathbf{c}^\top)^{-1} = \mathbf{A}^{-1} - \frac{\mathbf{A}^{-1}\mathbf{b}\mathbf{c}^\top\mathbf{A}^{-1}}{1 + \mathbf{c}^\top\mathbf{A}^{-1}\mathbf{b}}`,
  lhs: "inv(A + b*c')",
  rhs: "inv(A) - inv(A)*b*c'*inv(A)/(1 + c'*inv(A)*b)",
  shapes: {
    A: 'nxn',
    b: 'n',
    c: 'n',
  },
  assume: {
    A: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(160)',
    },
  ],
  explanation: 'The rank-one case of the Woodbury identity; the denominator is the $1\\times 1$ matrix $\\mathbf{I} + \\mathbf{c}^\\top\\mathbf{A}^{-1}\\mathbf{b}$.',
  derivedFrom: ['woodbury-nonsymmetric'],
  mistakes: [
    {
      id: 'denominator-dropped',
      claim: "inv(A) - inv(A)*b*c'*inv(A)",
      why: 'The correction is divided by 1 + cᵀA⁻¹b; dropping it is only the first-order approximation.',
    },
    {
      id: 'denominator-sign',
      claim: "inv(A) - inv(A)*b*c'*inv(A)/(1 - c'*inv(A)*b)",
      why: 'The denominator is 1 + cᵀA⁻¹b, the determinant ratio det(A + bcᵀ)/det A.',
    },
    {
      id: 'sign-of-correction',
      claim: "inv(A) + inv(A)*b*c'*inv(A)/(1 + c'*inv(A)*b)",
      why: 'The correction is subtracted.',
    },
  ],
});
