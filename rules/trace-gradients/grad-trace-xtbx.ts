import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-xtbx',
  title: 'Gradient of Tr(XᵀBX)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{X}^\top\mathbf{B}\mathbf{X})}{\partial\mathbf{X}} = \mathbf{B}\mathbf{X} + \mathbf{B}^\top\mathbf{X}`,
  f: "trace(X'*B*X)",
  wrt: 'X',
  G: "B*X + B'*X",
  shapes: {
    X: 'nxm',
    B: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(108)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-matrix identities',
    },
  ],
  explanation: 'The matrix version of the quadratic form: one column of $\\mathbf{X}$ at a time it is $\\mathbf{x}^\\top\\mathbf{B}\\mathbf{x}$.',
  derivedFrom: ['grad-xtbx', 'diff-product'],
  equivalent: ["(B + B')*X"],
  mistakes: [
    {
      id: 'two-bx',
      claim: '2*B*X',
      why: '2BX assumes B = Bᵀ.',
    },
    {
      id: 'transposed',
      claim: "X'*(B + B')",
      why: 'That is Gᵀ (m×n); the gradient has the shape of X.',
    },
  ],
});
