import { defineRule } from '../schema.js';

export default defineRule({
  id: 'adjoint-inverse',
  title: 'Reverse mode for C = A⁻¹',
  area: 'inverse-gradients',
  kind: 'gradient',
  latex: String.raw`\mathbf{C} = \mathbf{A}^{-1}:\quad \bar{\mathbf{A}} = -\mathbf{C}^\top\bar{\mathbf{C}}\,\mathbf{C}^\top`,
  f: 'sum(Cb .* inv(A))',
  wrt: 'A',
  G: "-inv(A)'*Cb*inv(A)'",
  shapes: {
    A: 'nxn',
    Cb: 'nxn',
  },
  assume: {
    A: ['invertible'],
  },
  sources: [
    {
      work: 'giles',
      where: 'matrix inverse, reverse mode',
    },
  ],
  explanation:
    'The adjoint $\\bar{\\mathbf{A}}$ is the gradient of $f = \\langle\\bar{\\mathbf{C}}, \\mathbf{C}(\\mathbf{A})\\rangle = \\mathrm{Tr}(\\bar{\\mathbf{C}}^\\top\\mathbf{C})$, where $\\bar{\\mathbf{C}}$ (written Cb) is the incoming adjoint.',
  derivedFrom: ['diff-inverse', 'frobenius-inner-product'],
  mistakes: [
    {
      id: 'forward-rule-applied',
      claim: '-inv(A)*Cb*inv(A)',
      why: 'The forward rule dC = −C dA C applied to C̄; the adjoint needs the transposes, C̄ ↦ −Cᵀ C̄ Cᵀ.',
    },
    {
      id: 'sign',
      claim: "inv(A)'*Cb*inv(A)'",
      why: 'The minus sign of d(A⁻¹) is lost.',
    },
  ],
});
