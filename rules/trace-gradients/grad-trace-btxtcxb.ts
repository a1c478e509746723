import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-btxtcxb',
  title: 'Gradient of Tr(BᵀXᵀCXB)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{B}^\top\mathbf{X}^\top\mathbf{C}\mathbf{X}\mathbf{B})}{\partial\mathbf{X}} = \mathbf{C}^\top\mathbf{X}\mathbf{B}\mathbf{B}^\top + \mathbf{C}\mathbf{X}\mathbf{B}\mathbf{B}^\top`,
  f: "trace(B'*X'*C*X*B)",
  wrt: 'X',
  G: "C'*X*B*B' + C*X*B*B'",
  shapes: {
    B: 'nxp',
    X: 'mxn',
    C: 'mxm',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(116)',
    },
  ],
  mistakes: [
    {
      id: 'symmetric-shortcut',
      claim: "2*C*X*B*B'",
      why: '2CXBBᵀ holds only for a symmetric C; in general both C and Cᵀ appear.',
    },
  ],
});
