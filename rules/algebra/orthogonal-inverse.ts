import { defineRule } from '../schema.js';

export default defineRule({
  id: 'orthogonal-inverse',
  title: 'The inverse of an orthogonal matrix is its transpose',
  area: 'algebra',
  kind: 'identity',
  latex: String.raw`\mathbf{Q}^\top\mathbf{Q} = \mathbf{I} \implies \mathbf{Q}^{-1} = \mathbf{Q}^\top`,
  lhs: 'inv(Q)',
  rhs: "Q'",
  shapes: {
    Q: 'nxn',
  },
  assume: {
    Q: ['orthogonal'],
  },
  sources: [
    {
      work: 'cookbook',
      where: 'sec. 9.5',
      unverified: 'the statement is in sec. 9.5 of the 2012 Cookbook but carries no equation number in the stored text',
    },
  ],
  explanation: '$\\mathbf{Q}^\\top$ is a left inverse by definition, and for a square matrix a left inverse is also the right inverse.',
  mistakes: [
    {
      id: 'without-orthogonality',
      claim: "Q'",
      why: 'For an invertible Q that is not orthogonal, QᵀQ ≠ I, so Qᵀ is not the inverse.',
      assume: {
        Q: ['invertible'],
      },
    },
    {
      id: 'self-inverse',
      claim: 'Q',
      why: 'Only involutions (Q² = I, such as reflections) are their own inverse; a rotation is not.',
    },
  ],
});
