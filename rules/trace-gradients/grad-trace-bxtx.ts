import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-bxtx',
  title: 'Gradient of Tr(BXᵀX)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{B}\mathbf{X}^\top\mathbf{X})}{\partial\mathbf{X}} = \mathbf{X}\mathbf{B}^\top + \mathbf{X}\mathbf{B}`,
  f: "trace(B*X'*X)",
  wrt: 'X',
  G: "X*B' + X*B",
  shapes: {
    X: 'mxn',
    B: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(112)',
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
