import { defineRule } from '../schema.js';

export default defineRule({
  id: 'bilinear-inverse-gradient',
  title: 'Gradient of aᵀX⁻¹b',
  area: 'inverse-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathbf{a}^\top\mathbf{X}^{-1}\mathbf{b}}{\partial\mathbf{X}} = -\mathbf{X}^{-\top}\mathbf{a}\mathbf{b}^\top\mathbf{X}^{-\top}`,
  f: "a'*inv(X)*b",
  wrt: 'X',
  G: "-inv(X)'*a*b'*inv(X)'",
  shapes: {
    a: 'n',
    X: 'nxn',
    b: 'n',
  },
  assume: {
    X: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(61)',
    },
  ],
  explanation:
    '$df = -\\mathbf{a}^\\top\\mathbf{X}^{-1}d\\mathbf{X}\\,\\mathbf{X}^{-1}\\mathbf{b} = \\mathrm{Tr}(-\\mathbf{X}^{-1}\\mathbf{b}\\mathbf{a}^\\top\\mathbf{X}^{-1}d\\mathbf{X})$; transposing the factor in front of $d\\mathbf{X}$ gives the gradient.',
  derivedFrom: ['diff-inverse', 'grad-bilinear-matrix'],
  mistakes: [
    {
      id: 'missing-transposes',
      claim: "-inv(X)*a*b'*inv(X)",
      why: 'The factor read off in front of dX must be transposed: X⁻ᵀ, not X⁻¹, on both sides.',
    },
    {
      id: 'sign',
      claim: "inv(X)'*a*b'*inv(X)'",
      why: 'The minus sign of d(X⁻¹) is lost.',
    },
    {
      id: 'outer-product-reversed',
      claim: "-inv(X)'*b*a'*inv(X)'",
      why: 'The outer product is abᵀ, as for aᵀXb; baᵀ belongs to the untransposed factor.',
    },
  ],
});
