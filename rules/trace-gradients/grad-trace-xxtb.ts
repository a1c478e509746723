import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-xxtb',
  title: 'Gradient of Tr(XXᵀB)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{X}\mathbf{X}^\top\mathbf{B})}{\partial\mathbf{X}} = \mathbf{B}\mathbf{X} + \mathbf{B}^\top\mathbf{X}`,
  f: "trace(X*X'*B)",
  wrt: 'X',
  G: "B*X + B'*X",
  shapes: {
    X: 'nxm',
    B: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(110)',
    },
  ],
  mistakes: [
    {
      id: 'symmetric-shortcut',
      claim: '2*B*X',
      why: '2BX holds only for a symmetric B; in general both B and Bᵀ appear.',
    },
  ],
});
