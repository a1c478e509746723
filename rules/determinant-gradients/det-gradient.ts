import { defineRule } from '../schema.js';

export default defineRule({
  id: 'det-gradient',
  title: 'Gradient of the determinant',
  area: 'determinant-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\det\mathbf{X}}{\partial\mathbf{X}} = \det(\mathbf{X})\,\mathbf{X}^{-\top}`,
  f: 'det(X)',
  wrt: 'X',
  G: "det(X)*inv(X)'",
  shapes: {
    X: 'nxn',
  },
  assume: {
    X: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(49), (66)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-matrix identities',
    },
    {
      work: 'giles',
      where: 'determinant, reverse mode',
    },
  ],
  explanation: 'From $d\\det\\mathbf{X} = \\mathrm{Tr}(\\det(\\mathbf{X})\\mathbf{X}^{-1}d\\mathbf{X})$ the gradient is the transpose of $\\det(\\mathbf{X})\\mathbf{X}^{-1}$: the cofactor matrix.',
  derivedFrom: ['diff-det'],
  equivalent: ["det(X)*inv(X')"],
  mistakes: [
    {
      id: 'missing-transpose',
      claim: 'det(X)*inv(X)',
      why: 'Reading G off Tr(Gᵀ dX) = Tr(det(X) X⁻¹ dX) gives Gᵀ = det(X) X⁻¹, so G = det(X) X⁻ᵀ; the two differ for a non-symmetric X.',
    },
    {
      id: 'det-factor-dropped',
      claim: "inv(X)'",
      why: 'That is the gradient of log|det X|; the gradient of det X carries the factor det X.',
    },
  ],
});
