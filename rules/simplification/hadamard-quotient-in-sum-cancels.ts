import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-quotient-in-sum-cancels',
  title: 'A divisor cancels against the same factor outside a sum',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}\oslash\mathbf{B} + \mathbf{C})\odot\mathbf{B} = \mathbf{A} + \mathbf{C}\odot\mathbf{B}`,
  lhs: '(A ./ B + C) .* B',
  rhs: 'A + C .* B',
  shapes: { A: 'mxn', B: 'mxn', C: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation:
    'Where the left side is defined (no entry of B is 0). The chain rule through log(σ(z)) leaves (−1 ⊘ σ + 1) ⊙ σ, which is σ − 1: the log-likelihood of a logistic model with labels ±1 has the gradient Xᵀ((σ(y ⊙ Xw) − 1) ⊙ y).',
  mistakes: [
    {
      id: 'not-distributed',
      claim: 'A + C',
      why: 'B multiplies both terms of the sum: it cancels the divisor of the first and stays on the second.',
    },
  ],
});
