import { defineRule } from '../schema.js';

export default defineRule({
  id: 'det-identity-plus-rank-one',
  title: 'Determinant of the identity plus a rank-one matrix',
  area: 'algebra',
  kind: 'identity',
  latex: String.raw`\det(\mathbf{I} + \mathbf{u}\mathbf{v}^\top) = 1 + \mathbf{u}^\top\mathbf{v}`,
  lhs: "det(eye(n) + u*v')",
  rhs: "1 + u'*v",
  shapes: {
    u: 'n',
    v: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(24)',
    },
  ],
  explanation:
    '$\\mathbf{u}\\mathbf{v}^\\top$ has rank one: its only nonzero eigenvalue is $\\mathbf{v}^\\top\\mathbf{u}$, so $\\mathbf{I} + \\mathbf{u}\\mathbf{v}^\\top$ has eigenvalues $1 + \\mathbf{v}^\\top\\mathbf{u}$ and $1$ ($n-1$ times).',
  mistakes: [
    {
      id: 'every-eigenvalue-shifted',
      claim: "(1 + u'*v)^n",
      why: 'Only one eigenvalue of I + uvᵀ moves, to 1 + vᵀu; the other n − 1 stay at 1.',
    },
    {
      id: 'one-dropped',
      claim: "u'*v",
      why: 'The identity contributes the 1: for u = 0 the determinant is det I = 1.',
    },
  ],
});
