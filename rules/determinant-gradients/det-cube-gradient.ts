import { defineRule } from '../schema.js';

export default defineRule({
  id: 'det-cube-gradient',
  title: 'Gradient of det(X³)',
  area: 'determinant-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\det(\mathbf{X}^3)}{\partial\mathbf{X}} = 3\det(\mathbf{X}^3)\,\mathbf{X}^{-\top}`,
  f: 'det(X^3)',
  wrt: 'X',
  G: "3*det(X^3)*inv(X)'",
  shapes: {
    X: 'nxn',
  },
  assume: {
    X: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(58)',
    },
  ],
  explanation: 'The case k = 3 of the Cookbook’s (58), $k\\det(\\mathbf{X}^k)\\mathbf{X}^{-\\top}$: $\\det(\\mathbf{X}^3) = \\det(\\mathbf{X})^3$.',
  derivedFrom: ['det-gradient'],
  mistakes: [
    {
      id: 'missing-transpose',
      claim: '3*det(X^3)*inv(X)',
      why: 'The gradient of det carries X⁻ᵀ, not X⁻¹ (they differ for a non-symmetric X).',
    },
    {
      id: 'power-dropped',
      claim: "det(X^3)*inv(X)'",
      why: 'det(X³) = det(X)³: the chain rule brings the factor 3.',
    },
  ],
});
