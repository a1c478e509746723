import { defineRule } from '../schema.js';

export default defineRule({
  id: 'adjoint-quadratic-form',
  title: 'Reverse mode for C = BᵀAB',
  area: 'inverse-gradients',
  kind: 'gradient',
  latex: String.raw`\mathbf{C} = \mathbf{B}^\top\mathbf{A}\mathbf{B}:\quad \bar{\mathbf{B}} = \mathbf{A}\mathbf{B}\bar{\mathbf{C}}^\top + \mathbf{A}^\top\mathbf{B}\bar{\mathbf{C}},\quad \bar{\mathbf{A}} = \mathbf{B}\bar{\mathbf{C}}\mathbf{B}^\top`,
  f: "sum(Cb .* (B'*A*B))",
  wrt: 'B',
  G: "A*B*Cb' + A'*B*Cb",
  shapes: {
    A: 'nxn',
    B: 'nxk',
    Cb: 'kxk',
  },
  sources: [
    {
      work: 'giles',
      where: 'quadratic form, reverse mode',
    },
  ],
  explanation: 'Checked for $\\bar{\\mathbf{B}}$. Only when both $\\mathbf{A}$ and $\\bar{\\mathbf{C}}$ are symmetric do the two terms merge into $2\\mathbf{A}\\mathbf{B}\\bar{\\mathbf{C}}$.',
  derivedFrom: ['diff-product', 'frobenius-inner-product'],
  mistakes: [
    {
      id: 'symmetric-shortcut',
      claim: '2*A*B*Cb',
      why: 'The two terms are equal only when A and C̄ are both symmetric.',
    },
    {
      id: 'one-term',
      claim: "A'*B*Cb",
      why: 'Only the second B was differentiated; Bᵀ varies as well.',
    },
  ],
});
