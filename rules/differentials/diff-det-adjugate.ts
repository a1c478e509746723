import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-det-adjugate',
  title: 'Differential of det X through the adjugate',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d\det(\mathbf{X}) = \mathrm{Tr}(\mathrm{adj}(\mathbf{X})\,d\mathbf{X}),\quad \mathrm{adj}(\mathbf{X}) = \det(\mathbf{X})\mathbf{X}^{-1}`,
  F: 'det(X)',
  wrt: ['X'],
  dF: 'trace(det(X)*inv(X)*dX)',
  shapes: {
    X: 'nxn',
  },
  assume: {
    X: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(41)',
    },
  ],
  explanation: 'The Cookbook’s (41), with the adjugate written $\\det(\\mathbf{X})\\mathbf{X}^{-1}$, which it is for an invertible X (mcv has no adjugate).',
  derivedFrom: ['diff-det'],
  mistakes: [
    {
      id: 'adjugate-as-inverse',
      claim: 'trace(inv(X)*dX)',
      why: 'The adjugate is det(X)·X⁻¹, not X⁻¹: without the factor this is the differential of ln|det X|.',
    },
  ],
});
