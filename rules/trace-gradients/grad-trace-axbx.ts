import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-axbx',
  title: 'Gradient of Tr(AXBX)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{A}\mathbf{X}\mathbf{B}\mathbf{X})}{\partial\mathbf{X}} = \mathbf{A}^\top\mathbf{X}^\top\mathbf{B}^\top + \mathbf{B}^\top\mathbf{X}^\top\mathbf{A}^\top`,
  f: 'trace(A*X*B*X)',
  wrt: 'X',
  G: "A'*X'*B' + B'*X'*A'",
  shapes: {
    A: 'mxn',
    X: 'nxm',
    B: 'mxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(114)',
    },
  ],
  explanation:
    'Each occurrence of $\\mathbf{X}$ gives one term: cycle it to the end, $\\mathrm{Tr}(\\mathbf{B}\\mathbf{X}\\mathbf{A}\\,d\\mathbf{X})$ and $\\mathrm{Tr}(\\mathbf{A}\\mathbf{X}\\mathbf{B}\\,d\\mathbf{X})$, and transpose.',
  derivedFrom: ['trace-cyclic-three', 'diff-product'],
  mistakes: [
    {
      id: 'one-term-doubled',
      claim: "2*A'*X'*B'",
      why: 'The two occurrences of X give different terms (AᵀXᵀBᵀ and BᵀXᵀAᵀ) unless A and B play symmetric roles.',
    },
    {
      id: 'numerator-layout',
      claim: 'B*X*A + A*X*B',
      why: 'Those are the factors in front of dX (Gᵀ); the gradient is their transpose.',
    },
  ],
});
