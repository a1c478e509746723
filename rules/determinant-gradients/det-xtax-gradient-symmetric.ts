import { defineRule } from '../schema.js';

export default defineRule({
  id: 'det-xtax-gradient-symmetric',
  title: 'Gradient of det(XᵀAX), A symmetric, X tall',
  area: 'determinant-gradients',
  kind: 'gradient',
  latex: String.raw`\mathbf{A} = \mathbf{A}^\top:\quad \frac{\partial\det(\mathbf{X}^\top\mathbf{A}\mathbf{X})}{\partial\mathbf{X}} = 2\det(\mathbf{X}^\top\mathbf{A}\mathbf{X})\,\mathbf{A}\mathbf{X}(\mathbf{X}^\top\mathbf{A}\mathbf{X})^{-1}`,
  f: "det(X'*A*X)",
  wrt: 'X',
  G: "2*det(X'*A*X)*A*X*inv(X'*A*X)",
  shapes: {
    X: '5x3',
    A: '5x5',
  },
  assume: {
    A: ['spd'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(53)',
    },
  ],
  explanation:
    'Here $\\mathbf{X}$ is tall (checked at $5\\times 3$), so $\\mathbf{X}^{-1}$ does not exist and the square-matrix form does not apply. The Cookbook needs only $\\mathbf{A}$ symmetric; the check draws $\\mathbf{A}$ positive definite so that $\\mathbf{X}^\\top\\mathbf{A}\\mathbf{X}$ stays well conditioned.',
  derivedFrom: ['det-xtax-gradient'],
  mistakes: [
    {
      id: 'without-symmetry',
      claim: "2*det(X'*A*X)*A*X*inv(X'*A*X)",
      why: 'For a non-symmetric A the two terms of the product rule differ: AX(XᵀAX)⁻¹ + AᵀX(XᵀAᵀX)⁻¹, not twice the first.',
      assume: {},
    },
    {
      id: 'square-formula',
      claim: "2*det(X'*A*X)*inv(X)'",
      why: 'X⁻ᵀ exists only for a square X; the tall case needs AX(XᵀAX)⁻¹.',
    },
    {
      id: 'missing-two',
      claim: "det(X'*A*X)*A*X*inv(X'*A*X)",
      why: 'X appears on both sides of A; the two equal terms add up to the factor 2.',
    },
  ],
});
