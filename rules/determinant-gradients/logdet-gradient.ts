import { defineRule } from '../schema.js';

export default defineRule({
  id: 'logdet-gradient',
  title: 'Gradient of log |det X|',
  area: 'determinant-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\log\lvert\det\mathbf{X}\rvert}{\partial\mathbf{X}} = \mathbf{X}^{-\top}`,
  f: 'logdet(X)',
  wrt: 'X',
  G: "inv(X)'",
  shapes: {
    X: 'nxn',
  },
  assume: {
    X: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(57)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-matrix identities',
    },
  ],
  explanation:
    'From $d\\ln\\lvert\\det\\mathbf{X}\\rvert = \\mathrm{Tr}(\\mathbf{X}^{-1}d\\mathbf{X})$, read off $\\mathbf{G}^\\top = \\mathbf{X}^{-1}$. It holds for every invertible $\\mathbf{X}$, including those with a negative determinant.',
  derivedFrom: ['diff-logdet'],
  equivalent: ["inv(X')"],
  mistakes: [
    {
      id: 'missing-transpose',
      claim: 'inv(X)',
      why: 'X⁻¹ is the gradient only where X is symmetric; for a general invertible X, Tr(X⁻¹dX) = Tr(Gᵀ dX) gives G = X⁻ᵀ.',
    },
    {
      id: 'det-factor',
      claim: "det(X)*inv(X)'",
      why: 'That is the gradient of det X; the logarithm divides it by det X.',
    },
  ],
});
