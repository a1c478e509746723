import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-xta',
  title: 'Gradient of Tr(XᵀA)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{X}^\top\mathbf{A})}{\partial\mathbf{X}} = \mathbf{A}`,
  f: "trace(X'*A)",
  wrt: 'X',
  G: 'A',
  shapes: {
    X: 'mxn',
    A: 'mxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(103)',
    },
  ],
  derivedFrom: ['frobenius-inner-product'],
  mistakes: [
    {
      id: 'transposed',
      claim: "A'",
      why: 'Tr(XᵀA) is already in the form Tr(Gᵀ X): the gradient is A itself, not its transpose.',
      shapes: {
        X: 'nxn',
        A: 'nxn',
      },
    },
  ],
});
