import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-trace-inverse',
  title: 'Hessian of tr(X⁻¹)',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`d\big(\nabla_{\mathbf{X}}\operatorname{tr}(\mathbf{X}^{-1})\big) = \big(\mathbf{X}^{-1}d\mathbf{X}\,\mathbf{X}^{-2} + \mathbf{X}^{-2}d\mathbf{X}\,\mathbf{X}^{-1}\big)^\top`,
  f: 'trace(inv(X))',
  wrt: 'X',
  H: "(inv(X)*dX*inv(X)*inv(X) + inv(X)*inv(X)*dX*inv(X))'",
  shapes: { X: 'nxn' },
  assume: { X: ['invertible'] },
  sources: [{ work: 'cookbook', where: '(64) with A = 0', unverified: 'the Hessian is not stated; it is the differential of the gradient −(X⁻²)ᵀ' }, { work: 'standard' }],
  explanation:
    'The gradient is $-(\\mathbf{X}^{-2})^\\top$ and $d(\\mathbf{X}^{-2}) = d(\\mathbf{X}^{-1})\\mathbf{X}^{-1} + \\mathbf{X}^{-1}d(\\mathbf{X}^{-1})$, each $d(\\mathbf{X}^{-1}) = -\\mathbf{X}^{-1}d\\mathbf{X}\\,\\mathbf{X}^{-1}$. The two terms are different maps, but along one direction ($\\mathbf{U} = \\mathbf{V}$) they give the same number, by the cyclic property of the trace: merging them is a single-direction trap.',
  derivedFrom: ['trace-inverse-shifted-gradient', 'diff-inverse'],
  mistakes: [
    {
      id: 'terms-merged',
      claim: "2*(inv(X)*dX*inv(X)*inv(X))'",
      why: 'Along one direction V the two terms give the same number, Tr(X⁻¹VX⁻²V) = Tr(X⁻²VX⁻¹V) by the cyclic trace, so doubling one passes every single-direction check; with two directions Tr(X⁻¹VX⁻²U) ≠ Tr(X⁻²VX⁻¹U).',
    },
    { id: 'transpose-dropped', claim: 'inv(X)*dX*inv(X)*inv(X) + inv(X)*inv(X)*dX*inv(X)', why: 'The gradient of tr(X⁻¹) is −(X⁻²)ᵀ, so its differential is transposed too.' },
    { id: 'sign', claim: "-(inv(X)*dX*inv(X)*inv(X) + inv(X)*inv(X)*dX*inv(X))'", why: 'Two minus signs, one from the gradient −(X⁻²)ᵀ and one from d(X⁻¹), cancel: the Hessian map has a plus sign.' },
  ],
});
