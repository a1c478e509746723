import { defineRule } from '../schema.js';

export default defineRule({
  id: 'logistic-of-negative-exp-entrywise',
  title: 'The logistic function from exp(−A), entry by entry',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{1}\mathbf{1}^\top\oslash(1+e^{-\mathbf{A}}) = \sigma(\mathbf{A})`,
  lhs: 'ones(m, n) ./ (1 + exp(-A))',
  rhs: 'sigmoid(A)',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'one-minus',
      claim: 'ones(m, n) - sigmoid(A)',
      why: '1/(1 + e⁻ᵃ) is σ(a); 1 − σ(a) = σ(−a) = 1/(1 + eᵃ).',
    },
  ],
});
