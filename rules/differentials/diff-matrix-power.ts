import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-matrix-power',
  title: 'Differential of an integer power of a matrix',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X}^k) = \sum_{i=0}^{k-1}\mathbf{X}^i\,d\mathbf{X}\,\mathbf{X}^{k-1-i}`,
  F: 'X^4',
  wrt: ['X'],
  dF: 'dX*X^3 + X*dX*X^2 + X^2*dX*X + X^3*dX',
  shapes: {
    X: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(60)',
    },
  ],
  explanation:
    'The product rule applied $k$ times to $\\mathbf{X}\\mathbf{X}\\cdots\\mathbf{X}$ (here $k = 4$); $\\mathbf{X}$ and $d\\mathbf{X}$ do not commute, so the terms stay apart. A negative power is a power of $\\mathbf{X}^{-1}$.',
  mistakes: [
    {
      id: 'scalar-power-rule',
      claim: '4*X^3*dX',
      why: 'kXᵏ⁻¹dX assumes X and dX commute, which matrices do not in general.',
    },
  ],
});
