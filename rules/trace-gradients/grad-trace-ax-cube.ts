import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-ax-cube',
  title: 'Gradient of Tr(AX³)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{A}\mathbf{X}^3)}{\partial\mathbf{X}} = (\mathbf{A}\mathbf{X}^2)^\top + (\mathbf{X}\mathbf{A}\mathbf{X})^\top + (\mathbf{X}^2\mathbf{A})^\top`,
  f: 'trace(A*X^3)',
  wrt: 'X',
  G: "(A*X^2)' + (X*A*X)' + (X^2*A)'",
  shapes: {
    A: 'nxn',
    X: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(122)',
    },
  ],
  explanation: 'The case k = 3 of the Cookbook’s (122), $\\sum_{r=0}^{k-1}(\\mathbf{X}^r\\mathbf{A}\\mathbf{X}^{k-r-1})^\\top$.',
  mistakes: [
    {
      id: 'commuted',
      claim: "3*(A*X^2)'",
      why: '3(AX²)ᵀ treats A and X as commuting; each position of dX gives its own term.',
    },
  ],
});
