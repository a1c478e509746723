import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-xtxb',
  title: 'Gradient of Tr(XᵀXB)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{X}^\top\mathbf{X}\mathbf{B})}{\partial\mathbf{X}} = \mathbf{X}\mathbf{B}^\top + \mathbf{X}\mathbf{B}`,
  f: "trace(X'*X*B)",
  wrt: 'X',
  G: "X*B' + X*B",
  shapes: {
    X: 'mxn',
    B: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(113)',
    },
  ],
  mistakes: [
    {
      id: 'symmetric-shortcut',
      claim: '2*X*B',
      why: '2XB holds only for a symmetric B; in general both B and Bᵀ appear.',
    },
  ],
});
