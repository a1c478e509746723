import { defineRule } from '../schema.js';

export default defineRule({
  id: 'det-inverse-gradient',
  title: 'Gradient of det(X⁻¹)',
  area: 'determinant-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\det(\mathbf{X}^{-1})}{\partial\mathbf{X}} = -\det(\mathbf{X}^{-1})\,\mathbf{X}^{-\top}`,
  f: 'det(inv(X))',
  wrt: 'X',
  G: "-det(inv(X))*inv(X)'",
  shapes: {
    X: 'nxn',
  },
  assume: {
    X: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(62)',
    },
  ],
  explanation: '$\\det(\\mathbf{X}^{-1}) = 1/\\det\\mathbf{X}$, so its gradient is $-\\det(\\mathbf{X})^{-2}\\cdot\\det(\\mathbf{X})\\mathbf{X}^{-\\top}$.',
  derivedFrom: ['det-gradient'],
  mistakes: [
    {
      id: 'sign',
      claim: "det(inv(X))*inv(X)'",
      why: 'det(X⁻¹) = 1/det X decreases where det X grows: the sign is negative.',
    },
    {
      id: 'missing-transpose',
      claim: '-det(inv(X))*inv(X)',
      why: 'The gradient carries X⁻ᵀ, which differs from X⁻¹ for a non-symmetric X.',
    },
    {
      id: 'chain-rule-forgotten',
      claim: "det(inv(X))*X'",
      why: 'That is the gradient of det Y taken at Y = X⁻¹ (det(Y)·Y⁻ᵀ = det(X⁻¹)·Xᵀ); the chain rule through Y = X⁻¹ is missing.',
    },
  ],
});
