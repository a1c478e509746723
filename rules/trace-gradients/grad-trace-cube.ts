import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-cube',
  title: 'Gradient of Tr(X³)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{X}^k)}{\partial\mathbf{X}} = k(\mathbf{X}^{k-1})^\top,\quad\text{checked for } k = 3`,
  f: 'trace(X^3)',
  wrt: 'X',
  G: "3*(X^2)'",
  shapes: {
    X: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(121)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-matrix identities',
    },
  ],
  explanation: 'The $k$ terms of $d(\\mathbf{X}^k)$ become equal inside the trace: $\\mathrm{Tr}(\\mathbf{X}^r d\\mathbf{X}\\,\\mathbf{X}^{k-1-r}) = \\mathrm{Tr}(\\mathbf{X}^{k-1}d\\mathbf{X})$.',
  derivedFrom: ['diff-cube', 'trace-cyclic'],
  mistakes: [
    {
      id: 'missing-transpose',
      claim: '3*X^2',
      why: 'The factor in front of dX is X², so the gradient is its transpose.',
    },
    {
      id: 'power-not-lowered',
      claim: "3*(X^3)'",
      why: 'The power drops by one, as for xᵏ.',
    },
  ],
});
