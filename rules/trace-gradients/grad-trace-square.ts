import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-square',
  title: 'Gradient of Tr(X²)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{X}^2)}{\partial\mathbf{X}} = 2\mathbf{X}^\top`,
  f: 'trace(X^2)',
  wrt: 'X',
  G: "2*X'",
  shapes: {
    X: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(106)',
    },
  ],
  explanation:
    '$d\\,\\mathrm{Tr}(\\mathbf{X}^2) = \\mathrm{Tr}(d\\mathbf{X}\\,\\mathbf{X} + \\mathbf{X}\\,d\\mathbf{X}) = 2\\,\\mathrm{Tr}(\\mathbf{X}\\,d\\mathbf{X})$: the trace makes the two terms equal, and reading off gives $\\mathbf{X}^\\top$.',
  derivedFrom: ['diff-product', 'trace-cyclic'],
  mistakes: [
    {
      id: 'missing-transpose',
      claim: '2*X',
      why: 'Tr(X²) = Σ XᵢⱼXⱼᵢ pairs an entry with its mirror: the gradient is 2Xᵀ, which differs from 2X unless X is symmetric.',
    },
    {
      id: 'dropped-two',
      claim: "X'",
      why: 'Both factors of X·X vary.',
    },
  ],
});
