import { defineRule } from '../schema.js';

export default defineRule({
  id: 'det-axb-gradient',
  title: 'Gradient of det(AXB)',
  area: 'determinant-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\det(\mathbf{A}\mathbf{X}\mathbf{B})}{\partial\mathbf{X}} = \det(\mathbf{A}\mathbf{X}\mathbf{B})\,\mathbf{X}^{-\top}`,
  f: 'det(A*X*B)',
  wrt: 'X',
  G: "det(A*X*B)*inv(X)'",
  shapes: {
    A: 'nxn',
    X: 'nxn',
    B: 'nxn',
  },
  assume: {
    X: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(51)',
    },
  ],
  explanation:
    'For square factors $\\det(\\mathbf{A}\\mathbf{X}\\mathbf{B}) = \\det\\mathbf{A}\\,\\det\\mathbf{X}\\,\\det\\mathbf{B}$, so only $\\det\\mathbf{X}$ varies. It holds even for singular $\\mathbf{A}$ or $\\mathbf{B}$ (both sides vanish).',
  derivedFrom: ['det-gradient'],
  mistakes: [
    {
      id: 'chain-rule-forgotten',
      claim: "det(A*X*B)*inv(A*X*B)'",
      why: 'That is the gradient with respect to Y = AXB; the chain rule back to X multiplies by Aᵀ on the left and Bᵀ on the right.',
    },
    {
      id: 'missing-transpose',
      claim: 'det(A*X*B)*inv(X)',
      why: 'The gradient is X⁻ᵀ times the determinant; X⁻¹ differs for a non-symmetric X.',
    },
  ],
});
