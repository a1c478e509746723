import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-det',
  title: 'Hessian of det X',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`d\big(\nabla_{\mathbf{X}}\det\mathbf{X}\big) = \det\mathbf{X}\,\Big(\operatorname{tr}(\mathbf{X}^{-1}d\mathbf{X})\,\mathbf{X}^{-\top} - \big(\mathbf{X}^{-1}d\mathbf{X}\,\mathbf{X}^{-1}\big)^\top\Big)`,
  f: 'det(X)',
  wrt: 'X',
  H: "det(X)*(trace(inv(X)*dX)*inv(X)' - (inv(X)*dX*inv(X))')",
  G: "det(X)*inv(X)'",
  shapes: { X: 'nxn' },
  assume: { X: ['invertible'] },
  sources: [{ work: 'cookbook', where: '(49) and (42)', unverified: 'the Hessian is not stated; it is the product rule applied to (49)' }, { work: 'standard' }],
  explanation:
    'The product rule on $\\nabla\\det\\mathbf{X} = \\det\\mathbf{X}\\,\\mathbf{X}^{-\\top}$: $d\\det\\mathbf{X} = \\det\\mathbf{X}\\operatorname{tr}(\\mathbf{X}^{-1}d\\mathbf{X})$ times $\\mathbf{X}^{-\\top}$, plus $\\det\\mathbf{X}$ times $d(\\mathbf{X}^{-\\top})$.',
  derivedFrom: ['det-gradient', 'diff-det', 'diff-inverse'],
  mistakes: [
    { id: 'product-rule-half', claim: "-det(X)*(inv(X)*dX*inv(X))'", why: 'The product rule has two terms: the differential of det X times X⁻ᵀ is missing.' },
    { id: 'det-term-only', claim: "det(X)*trace(inv(X)*dX)*inv(X)'", why: 'The product rule has two terms: det X times d(X⁻ᵀ) is missing.' },
    { id: 'transposes-dropped', claim: 'det(X)*(trace(inv(X)*dX)*inv(X) - inv(X)*dX*inv(X))', why: 'That is the differential of det X · X⁻¹, the gradient without its transpose.' },
  ],
});
