import { defineRule } from '../schema.js';

export default defineRule({
  id: 'adjoint-product',
  title: 'Reverse mode for C = AB',
  area: 'inverse-gradients',
  kind: 'gradient',
  latex: String.raw`\mathbf{C} = \mathbf{A}\mathbf{B}:\quad \bar{\mathbf{A}} = \bar{\mathbf{C}}\mathbf{B}^\top,\quad \bar{\mathbf{B}} = \mathbf{A}^\top\bar{\mathbf{C}}`,
  f: 'sum(Cb .* (A*B))',
  wrt: 'A',
  G: "Cb*B'",
  shapes: {
    A: 'mxn',
    B: 'nxp',
    Cb: 'mxp',
  },
  sources: [
    {
      work: 'giles',
      where: 'matrix product, reverse mode',
    },
  ],
  explanation:
    'Checked for $\\bar{\\mathbf{A}}$, the gradient of $\\mathrm{Tr}(\\bar{\\mathbf{C}}^\\top\\mathbf{A}\\mathbf{B})$ with respect to $\\mathbf{A}$; $\\bar{\\mathbf{B}}$ follows the same way. The shapes alone fix where the transposes go.',
  derivedFrom: ['diff-product', 'frobenius-inner-product'],
  mistakes: [
    {
      id: 'wrong-side',
      claim: "B'*Cb",
      why: 'B multiplies A from the right, so its transpose multiplies C̄ from the right as well.',
    },
    {
      id: 'missing-transpose',
      claim: 'Cb*B',
      why: 'The adjoint pulls back through Bᵀ; C̄B does not even fit unless p = n.',
      shapes: {
        A: 'nxn',
        B: 'nxn',
        Cb: 'nxn',
      },
    },
  ],
});
