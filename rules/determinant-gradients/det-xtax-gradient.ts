import { defineRule } from '../schema.js';

export default defineRule({
  id: 'det-xtax-gradient',
  title: 'Gradient of det(XᵀAX), general A',
  area: 'determinant-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\det(\mathbf{X}^\top\mathbf{A}\mathbf{X})}{\partial\mathbf{X}} = \det(\mathbf{X}^\top\mathbf{A}\mathbf{X})\big(\mathbf{A}\mathbf{X}(\mathbf{X}^\top\mathbf{A}\mathbf{X})^{-1} + \mathbf{A}^\top\mathbf{X}(\mathbf{X}^\top\mathbf{A}^\top\mathbf{X})^{-1}\big)`,
  f: "det(X'*A*X)",
  wrt: 'X',
  G: "det(X'*A*X)*(A*X*inv(X'*A*X) + A'*X*inv(X'*A'*X))",
  shapes: {
    X: '5x3',
    A: '5x5',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(54)',
    },
  ],
  explanation:
    'With $\\mathbf{M} = \\mathbf{X}^\\top\\mathbf{A}\\mathbf{X}$, $d\\det\\mathbf{M} = \\det\\mathbf{M}\\,\\mathrm{Tr}(\\mathbf{M}^{-1}(d\\mathbf{X}^\\top\\mathbf{A}\\mathbf{X} + \\mathbf{X}^\\top\\mathbf{A}\\,d\\mathbf{X}))$; each term gives one half of the gradient. Checked at a tall $5\\times 3$ $\\mathbf{X}$.',
  derivedFrom: ['diff-det', 'diff-product'],
  mistakes: [
    {
      id: 'symmetric-formula',
      claim: "2*det(X'*A*X)*A*X*inv(X'*A*X)",
      why: 'Doubling one term assumes A = Aᵀ; for a general A the second term has Aᵀ and (XᵀAᵀX)⁻¹.',
    },
    {
      id: 'one-term',
      claim: "det(X'*A*X)*A*X*inv(X'*A*X)",
      why: 'Only the second X was differentiated; Xᵀ varies as well.',
    },
  ],
});
