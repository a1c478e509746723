import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-axbxtc',
  title: 'Gradient of Tr(AXBXᵀC)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{A}\mathbf{X}\mathbf{B}\mathbf{X}^\top\mathbf{C})}{\partial\mathbf{X}} = \mathbf{A}^\top\mathbf{C}^\top\mathbf{X}\mathbf{B}^\top + \mathbf{C}\mathbf{A}\mathbf{X}\mathbf{B}`,
  f: "trace(A*X*B*X'*C)",
  wrt: 'X',
  G: "A'*C'*X*B' + C*A*X*B",
  shapes: {
    A: 'pxm',
    X: 'mxn',
    B: 'nxn',
    C: 'mxp',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(118)',
    },
  ],
  derivedFrom: ['grad-trace-xtbxc', 'trace-cyclic-three'],
  mistakes: [
    {
      id: 'one-term',
      claim: 'C*A*X*B',
      why: 'Only Xᵀ was differentiated; X varies as well.',
    },
    {
      id: 'symmetric-shortcut',
      claim: '2*C*A*X*B',
      why: 'The two terms are equal only when CA and B are symmetric.',
    },
  ],
});
