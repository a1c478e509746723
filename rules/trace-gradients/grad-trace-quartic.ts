import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-quartic',
  title: 'Gradient of Tr[BᵀXᵀCXXᵀCXB]',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}[\mathbf{B}^\top\mathbf{X}^\top\mathbf{C}\mathbf{X}\mathbf{X}^\top\mathbf{C}\mathbf{X}\mathbf{B}]}{\partial\mathbf{X}} = \mathbf{C}\mathbf{X}\mathbf{X}^\top\mathbf{C}\mathbf{X}\mathbf{B}\mathbf{B}^\top + \mathbf{C}^\top\mathbf{X}\mathbf{B}\mathbf{B}^\top\mathbf{X}^\top\mathbf{C}^\top\mathbf{X} + \mathbf{C}\mathbf{X}\mathbf{B}\mathbf{B}^\top\mathbf{X}^\top\mathbf{C}\mathbf{X} + \mathbf{C}^\top\mathbf{X}\mathbf{X}^\top\mathbf{C}^\top\mathbf{X}\mathbf{B}\mathbf{B}^\top`,
  f: "trace(B'*X'*C*X*X'*C*X*B)",
  wrt: 'X',
  G: "C*X*X'*C*X*B*B' + C'*X*B*B'*X'*C'*X + C*X*B*B'*X'*C*X + C'*X*X'*C'*X*B*B'",
  shapes: {
    B: 'nxp',
    X: 'mxn',
    C: 'mxm',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(123)',
    },
  ],
  explanation:
    'Four occurrences of $\\mathbf{X}$, four terms. For a symmetric $\\mathbf{C}$ they pair up into $2\\mathbf{C}\\mathbf{X}\\mathbf{X}^\\top\\mathbf{C}\\mathbf{X}\\mathbf{B}\\mathbf{B}^\\top + 2\\mathbf{C}\\mathbf{X}\\mathbf{B}\\mathbf{B}^\\top\\mathbf{X}^\\top\\mathbf{C}\\mathbf{X}$, but not in general.',
  derivedFrom: ['diff-product', 'trace-cyclic'],
  mistakes: [
    {
      id: 'symmetric-shortcut',
      claim: "2*C*X*X'*C*X*B*B' + 2*C*X*B*B'*X'*C*X",
      why: 'The terms pair up only for a symmetric C.',
    },
    {
      id: 'two-terms',
      claim: "C*X*X'*C*X*B*B' + C*X*B*B'*X'*C*X",
      why: 'X occurs four times; each occurrence contributes a term.',
    },
  ],
});
