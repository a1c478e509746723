import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-axb',
  title: 'Gradient of Tr(AXB)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{A}\mathbf{X}\mathbf{B})}{\partial\mathbf{X}} = \mathbf{A}^\top\mathbf{B}^\top`,
  f: 'trace(A*X*B)',
  wrt: 'X',
  G: "A'*B'",
  shapes: {
    A: 'pxm',
    X: 'mxn',
    B: 'nxp',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(101)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-matrix identities',
    },
  ],
  explanation: 'Cycle to $\\mathrm{Tr}(\\mathbf{B}\\mathbf{A}\\,d\\mathbf{X})$, so $\\mathbf{G}^\\top = \\mathbf{B}\\mathbf{A}$.',
  derivedFrom: ['trace-cyclic-three', 'diff-sandwich'],
  mistakes: [
    {
      id: 'numerator-layout',
      claim: 'B*A',
      why: 'BA is the factor in front of dX (Gᵀ); the gradient is its transpose AᵀBᵀ.',
    },
    {
      id: 'untransposed',
      claim: 'A*B',
      why: 'The constants must be transposed to move to the gradient’s side; AB does not even fit here.',
      shapes: {
        A: 'nxn',
        X: 'nxn',
        B: 'nxn',
      },
    },
  ],
});
