import { defineRule } from '../schema.js';

export default defineRule({
  id: 'logdet-xtx-gradient',
  title: 'Gradient of log det(XᵀX)',
  area: 'determinant-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\log\det(\mathbf{X}^\top\mathbf{X})}{\partial\mathbf{X}} = 2\mathbf{X}(\mathbf{X}^\top\mathbf{X})^{-1}`,
  f: "logdet(X'*X)",
  wrt: 'X',
  G: "2*X*inv(X'*X)",
  shapes: {
    X: '5x3',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(55)',
    },
  ],
  explanation:
    'For a tall $\\mathbf{X}$ of full column rank, $\\mathbf{X}^+ = (\\mathbf{X}^\\top\\mathbf{X})^{-1}\\mathbf{X}^\\top$. Checked at $5\\times 3$, where $\\mathbf{X}^{-1}$ does not exist.',
  derivedFrom: ['diff-logdet'],
  mistakes: [
    {
      id: 'missing-two',
      claim: "X*inv(X'*X)",
      why: 'X appears twice in XᵀX; both terms contribute, hence the 2.',
    },
    {
      id: 'square-formula',
      claim: "2*inv(X)'",
      why: 'X⁻ᵀ exists only for a square X; for a tall X it is replaced by the pseudo-inverse (X⁺)ᵀ.',
    },
    {
      id: 'pseudo-inverse-untransposed',
      claim: "2*inv(X'*X)*X'",
      why: 'That is 2X⁺, of size 3×5; the gradient has the shape of X, so it is its transpose.',
    },
  ],
});
