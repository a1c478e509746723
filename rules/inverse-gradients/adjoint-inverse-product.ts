import { defineRule } from '../schema.js';

export default defineRule({
  id: 'adjoint-inverse-product',
  title: 'Reverse mode for C = A⁻¹B (linear solve)',
  area: 'inverse-gradients',
  kind: 'gradient',
  latex: String.raw`\mathbf{C} = \mathbf{A}^{-1}\mathbf{B}:\quad \bar{\mathbf{B}} = \mathbf{A}^{-\top}\bar{\mathbf{C}},\quad \bar{\mathbf{A}} = -\bar{\mathbf{B}}\,\mathbf{C}^\top`,
  f: 'sum(Cb .* (inv(A)*B))',
  wrt: 'A',
  G: "-(inv(A)'*Cb)*(inv(A)*B)'",
  shapes: {
    A: 'nxn',
    B: 'nxk',
    Cb: 'nxk',
  },
  assume: {
    A: ['invertible'],
  },
  sources: [
    {
      work: 'giles',
      where: 'matrix inverse product, reverse mode',
    },
  ],
  explanation:
    'The adjoint of a linear solve needs one solve with $\\mathbf{A}^\\top$: $\\bar{\\mathbf{B}} = \\mathbf{A}^{-\\top}\\bar{\\mathbf{C}}$, and then $\\bar{\\mathbf{A}} = -\\bar{\\mathbf{B}}\\mathbf{C}^\\top$. Checked for $\\bar{\\mathbf{A}}$.',
  derivedFrom: ['diff-inverse-times-matrix', 'frobenius-inner-product'],
  mistakes: [
    {
      id: 'solve-without-transpose',
      claim: "-(inv(A)*Cb)*(inv(A)*B)'",
      why: 'The adjoint solve is with Aᵀ, not A: B̄ = A⁻ᵀC̄.',
    },
    {
      id: 'sign',
      claim: "(inv(A)'*Cb)*(inv(A)*B)'",
      why: 'The minus sign of d(A⁻¹) is lost.',
    },
  ],
});
