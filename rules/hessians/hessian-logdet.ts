import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-logdet',
  title: 'Hessian of log|det X|',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`d\big(\nabla_{\mathbf{X}}\log|\det\mathbf{X}|\big) = d(\mathbf{X}^{-\top}) = -\big(\mathbf{X}^{-1}\,d\mathbf{X}\,\mathbf{X}^{-1}\big)^\top`,
  f: 'logdet(X)',
  wrt: 'X',
  H: "-(inv(X)*dX*inv(X))'",
  G: "inv(X)'",
  shapes: { X: 'nxn' },
  assume: { X: ['invertible'] },
  sources: [{ work: 'cookbook', where: '(57) and (59)', unverified: 'the Hessian is not stated; it is the differential of (57) by (59)' }, { work: 'standard' }],
  explanation:
    'The gradient of $\\log|\\det\\mathbf{X}|$ is $\\mathbf{X}^{-\\top}$, and $d(\\mathbf{X}^{-1}) = -\\mathbf{X}^{-1}d\\mathbf{X}\\,\\mathbf{X}^{-1}$ transposed gives the map. As a bilinear form, $\\operatorname{Tr}(\\mathbf{U}^\\top\\mathbf{H}[\\mathbf{V}]) = -\\operatorname{Tr}(\\mathbf{X}^{-1}\\mathbf{U}\\mathbf{X}^{-1}\\mathbf{V})$, symmetric in $\\mathbf{U}$ and $\\mathbf{V}$ as a Hessian must be.',
  derivedFrom: ['logdet-gradient', 'diff-inverse'],
  mistakes: [
    { id: 'transpose-dropped', claim: '-inv(X)*dX*inv(X)', why: 'That is d(X⁻¹); the gradient is X⁻ᵀ, so the map is its transpose: the two agree only for symmetric X and dX.' },
    { id: 'direction-not-transposed', claim: "-inv(X)'*dX*inv(X)'", why: 'd(X⁻ᵀ) = −X⁻ᵀ dXᵀ X⁻ᵀ: transposing the inverses but not dX is wrong for a non-symmetric direction.' },
    { id: 'sign', claim: "(inv(X)*dX*inv(X))'", why: "d(X⁻¹) = −X⁻¹ dX X⁻¹: the minus sign of the inverse's differential is lost." },
  ],
});
