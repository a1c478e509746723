import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-axtb',
  title: 'Gradient of Tr(AXᵀB)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{A}\mathbf{X}^\top\mathbf{B})}{\partial\mathbf{X}} = \mathbf{B}\mathbf{A}`,
  f: "trace(A*X'*B)",
  wrt: 'X',
  G: 'B*A',
  shapes: {
    A: 'pxn',
    X: 'mxn',
    B: 'mxp',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(102)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-matrix identities',
    },
  ],
  explanation:
    '$\\mathrm{Tr}(\\mathbf{A}\\,d\\mathbf{X}^\\top\\mathbf{B}) = \\mathrm{Tr}(\\mathbf{B}\\mathbf{A}\\,d\\mathbf{X}^\\top) = \\mathrm{Tr}((\\mathbf{B}\\mathbf{A})^\\top d\\mathbf{X})^\\top$, a scalar equal to its transpose.',
  derivedFrom: ['grad-trace-axb', 'trace-transpose'],
  mistakes: [
    {
      id: 'transposed',
      claim: "A'*B'",
      why: 'That is the rule for Tr(AXB); with Xᵀ inside, the gradient is BA without transposes.',
      shapes: {
        A: 'nxn',
        X: 'nxn',
        B: 'nxn',
      },
    },
  ],
});
