import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-xtbxc',
  title: 'Gradient of Tr(XᵀBXC)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{X}^\top\mathbf{B}\mathbf{X}\mathbf{C})}{\partial\mathbf{X}} = \mathbf{B}\mathbf{X}\mathbf{C} + \mathbf{B}^\top\mathbf{X}\mathbf{C}^\top`,
  f: "trace(X'*B*X*C)",
  wrt: 'X',
  G: "B*X*C + B'*X*C'",
  shapes: {
    X: 'mxn',
    B: 'mxm',
    C: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(117)',
    },
  ],
  derivedFrom: ['grad-trace-xtbx', 'trace-cyclic-three'],
  mistakes: [
    {
      id: 'symmetric-shortcut',
      claim: '2*B*X*C',
      why: 'The two terms are equal only when B and C are both symmetric.',
    },
    {
      id: 'transposes-misplaced',
      claim: "B'*X*C + B*X*C'",
      why: 'Each term transposes B and C together: BXC and BᵀXCᵀ.',
    },
  ],
});
