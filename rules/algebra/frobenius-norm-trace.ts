import { defineRule } from '../schema.js';

export default defineRule({
  id: 'frobenius-norm-trace',
  title: 'Squared Frobenius norm as a trace',
  area: 'algebra',
  kind: 'identity',
  latex: String.raw`\|\mathbf{A}\|_F^2 = \mathrm{Tr}(\mathbf{A}\mathbf{A}^\top) = \mathrm{Tr}(\mathbf{A}^\top\mathbf{A})`,
  lhs: "norm(A,'fro')^2",
  rhs: "trace(A*A')",
  shapes: {
    A: 'mxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(541)',
    },
  ],
  derivedFrom: ['frobenius-inner-product'],
  mistakes: [
    {
      id: 'square-of-sum',
      claim: 'sum(A)^2',
      why: 'The square of the sum of the entries is not the sum of their squares: cross terms 2AᵢⱼAₖₗ appear.',
    },
    {
      id: 'not-squared',
      claim: "sqrt(trace(A*A'))",
      why: 'That is ‖A‖_F itself; the identity is about its square.',
    },
    {
      id: 'missing-transpose',
      claim: 'trace(A*A)',
      why: 'AA is not AAᵀ: it needs a square A and its trace Σ AᵢⱼAⱼᵢ can even be negative.',
    },
  ],
});
