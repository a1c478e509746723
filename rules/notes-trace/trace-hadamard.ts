import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-hadamard',
  title: 'Moving a Hadamard product inside a trace',
  area: 'notes-trace',
  kind: 'identity',
  latex: String.raw`\mathrm{Tr}(\mathbf{X}^\top(\mathbf{Y} \odot \mathbf{C})) = \mathrm{Tr}((\mathbf{X} \odot \mathbf{Y})^\top \mathbf{C}),\quad \mathbf{X}, \mathbf{Y}, \mathbf{C}\ \text{of the same size}`,
  lhs: "trace(X'*(Y .* C))",
  rhs: "trace((X .* Y)'*C)",
  shapes: {
    X: 'mxn',
    Y: 'mxn',
    C: 'mxn',
  },
  sources: [
    {
      work: 'notes',
      where: 'Trace rules (5)',
    },
  ],
  explanation: "Both sides equal $\\sum_{i,j} X_{ij}Y_{ij}C_{ij}$. This is what turns $\\sigma'(\\mathbf{X})\\odot d\\mathbf{X}$ into a gradient.",
  mistakes: [
    {
      id: 'missing-transpose',
      claim: 'trace((X .* Y)*C)',
      why: 'Without the transpose the trace pairs entry (i,j) with (j,i): the sizes fail unless square, and the numbers differ.',
      shapes: {
        X: 'nxn',
        Y: 'nxn',
        C: 'nxn',
      },
    },
    {
      id: 'hadamard-as-product',
      claim: "trace(X'*Y)*trace(C)",
      why: 'The Hadamard factor cannot be pulled out of the trace as a separate trace.',
    },
  ],
});
