import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-logdet',
  title: 'Differential of log |det X|',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d\log\lvert\det\mathbf{X}\rvert = \mathrm{Tr}(\mathbf{X}^{-1}\,d\mathbf{X})`,
  F: 'logdet(X)',
  wrt: ['X'],
  dF: 'trace(inv(X)*dX)',
  shapes: {
    X: 'nxn',
  },
  assume: {
    X: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(43)',
    },
    {
      work: 'wikipedia',
      where: 'differential identities',
    },
  ],
  explanation: "Jacobi's formula divided by $\\det\\mathbf{X}$; the absolute value changes nothing, so it holds for every invertible $\\mathbf{X}$, not only positive definite ones.",
  derivedFrom: ['diff-det'],
  mistakes: [
    {
      id: 'not-divided',
      claim: 'det(X)*trace(inv(X)*dX)',
      why: 'That is d det X; the logarithm divides it by det X.',
    },
    {
      id: 'trace-of-differential',
      claim: 'trace(dX)/det(X)',
      why: 'The chain rule gives d det X / det X = Tr(X⁻¹dX), not Tr(dX)/det X.',
    },
    {
      id: 'transposed-inverse',
      claim: "trace(inv(X)'*dX)",
      why: 'Tr(X⁻ᵀ dX) ≠ Tr(X⁻¹ dX) for a non-symmetric X: X⁻ᵀ is the gradient, not the factor inside this trace.',
    },
  ],
});
