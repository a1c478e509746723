import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-axt',
  title: 'Gradient of Tr(AXᵀ)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{A}\mathbf{X}^\top)}{\partial\mathbf{X}} = \mathbf{A}`,
  f: "trace(A*X')",
  wrt: 'X',
  G: 'A',
  shapes: {
    X: 'mxn',
    A: 'mxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(104)',
    },
  ],
  derivedFrom: ['trace-cyclic', 'trace-transpose'],
  mistakes: [
    {
      id: 'transposed',
      claim: "A'",
      why: 'Tr(AXᵀ) = Tr(XᵀA): the gradient is A, not Aᵀ.',
      shapes: {
        X: 'nxn',
        A: 'nxn',
      },
    },
  ],
});
