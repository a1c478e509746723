import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-det',
  title: "Jacobi's formula: differential of the determinant",
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d\det\mathbf{X} = \det(\mathbf{X})\,\mathrm{Tr}(\mathbf{X}^{-1}\,d\mathbf{X})`,
  F: 'det(X)',
  wrt: ['X'],
  dF: 'det(X)*trace(inv(X)*dX)',
  shapes: {
    X: 'nxn',
  },
  assume: {
    X: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(42), (41)',
    },
    {
      work: 'wikipedia',
      where: 'differential identities',
    },
    {
      work: 'giles',
      where: 'determinant',
    },
  ],
  explanation:
    '$\\det(\\mathbf{X} + d\\mathbf{X}) = \\det\\mathbf{X}\\,\\det(\\mathbf{I} + \\mathbf{X}^{-1}d\\mathbf{X}) \\approx \\det\\mathbf{X}\\,(1 + \\mathrm{Tr}(\\mathbf{X}^{-1}d\\mathbf{X}))$.',
  mistakes: [
    {
      id: 'det-factor-dropped',
      claim: 'trace(inv(X)*dX)',
      why: 'That is d log|det X|; the differential of det X carries the factor det X.',
    },
    {
      id: 'det-of-differential',
      claim: 'det(dX)',
      why: 'The determinant is not linear: det(dX) is of order n in dX, not a differential.',
    },
    {
      id: 'transposed-inverse',
      claim: "det(X)*trace(inv(X)'*dX)",
      why: 'Tr(X⁻ᵀdX) is Tr(Gᵀ dX) with G = X⁻¹: the transposes of the trace form and the gradient got mixed up.',
    },
  ],
});
