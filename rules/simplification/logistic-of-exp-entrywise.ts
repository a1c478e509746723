import { defineRule } from '../schema.js';

export default defineRule({
  id: 'logistic-of-exp-entrywise',
  title: 'The logistic function from exp, entry by entry',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`e^{\mathbf{A}}\oslash(1+e^{\mathbf{A}}) = \sigma(\mathbf{A})`,
  lhs: 'exp(A) ./ (1 + exp(A))',
  rhs: 'sigmoid(A)',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation: 'The gradient of the softplus log(1 + eᶻ), summed over a vector or matrix z, is σ(z) entry by entry: the logistic regression and binary cross-entropy gradients contain it.',
  mistakes: [
    {
      id: 'negated',
      claim: 'sigmoid(-A)',
      why: 'eᵃ/(1 + eᵃ) = 1/(1 + e⁻ᵃ) = σ(a), not σ(−a).',
    },
  ],
});
