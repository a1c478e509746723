import { defineRule } from '../schema.js';

export default defineRule({
  id: 'det-xtax-gradient-square',
  title: 'Gradient of det(XᵀAX), X square',
  area: 'determinant-gradients',
  kind: 'gradient',
  latex: String.raw`\mathbf{X}\ \text{square}:\quad \frac{\partial\det(\mathbf{X}^\top\mathbf{A}\mathbf{X})}{\partial\mathbf{X}} = 2\det(\mathbf{X}^\top\mathbf{A}\mathbf{X})\,\mathbf{X}^{-\top}`,
  f: "det(X'*A*X)",
  wrt: 'X',
  G: "2*det(X'*A*X)*inv(X)'",
  shapes: {
    X: 'nxn',
    A: 'nxn',
  },
  assume: {
    X: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(52)',
    },
  ],
  explanation:
    'For square $\\mathbf{X}$, $\\det(\\mathbf{X}^\\top\\mathbf{A}\\mathbf{X}) = \\det(\\mathbf{X})^2\\det\\mathbf{A}$, and the square brings the 2. Any $\\mathbf{A}$ will do, even a singular or non-symmetric one.',
  derivedFrom: ['det-gradient'],
  mistakes: [
    {
      id: 'missing-two',
      claim: "det(X'*A*X)*inv(X)'",
      why: 'X appears twice (det X² det A): the factor 2 is lost.',
    },
    {
      id: 'missing-transpose',
      claim: "2*det(X'*A*X)*inv(X)",
      why: 'The gradient carries X⁻ᵀ, which differs from X⁻¹ for a non-symmetric X.',
    },
  ],
});
