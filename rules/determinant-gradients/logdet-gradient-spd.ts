import { defineRule } from '../schema.js';

export default defineRule({
  id: 'logdet-gradient-spd',
  title: 'Gradient of log det X for a symmetric positive definite X',
  area: 'determinant-gradients',
  kind: 'gradient',
  latex: String.raw`\mathbf{X}\ \text{spd}:\quad \nabla\log\det\mathbf{X} = \mathbf{X}^{-1}`,
  f: 'logdet(X)',
  wrt: 'X',
  G: 'inv(X)',
  shapes: {
    X: 'nxn',
  },
  assume: {
    X: ['spd'],
  },
  sources: [
    {
      work: 'cookbook',
      where: 'cf. (141), for contrast',
    },
  ],
  explanation:
    "At a symmetric point $\\mathbf{X}^{-1} = \\mathbf{X}^{-\\top}$, so the general rule gives $\\mathbf{X}^{-1}$. The gradient here satisfies $df = \\mathrm{Tr}(\\mathbf{G}^\\top d\\mathbf{X})$ for **every** direction $d\\mathbf{X}$, symmetric or not. The Cookbook's symmetric-matrix formula $2\\mathbf{X}^{-1} - \\mathbf{X}^{-1}\\odot\\mathbf{I}$ counts each off-diagonal pair $X_{ij} = X_{ji}$ as one variable; it is a different object and fails as a gradient, even along symmetric directions (the off-diagonal entries are counted twice).",
  derivedFrom: ['logdet-gradient'],
  mistakes: [
    {
      id: 'independent-entries-form',
      claim: '2*inv(X) - inv(X) .* eye(n)',
      why: 'The Cookbook’s (141) differentiates with respect to the n(n+1)/2 independent entries of a symmetric X; under df = Tr(Gᵀ dX) it double-counts the off-diagonal entries.',
    },
    {
      id: 'without-symmetry',
      claim: 'inv(X)',
      why: 'For an invertible X that is not symmetric, X⁻¹ ≠ X⁻ᵀ and only X⁻ᵀ is the gradient.',
      assume: {
        X: ['invertible'],
      },
    },
    {
      id: 'doubled',
      claim: '2*inv(X)',
      why: 'Symmetry does not double the gradient: df = Tr(X⁻¹dX) still holds, with G = X⁻¹.',
    },
  ],
});
