import { defineRule } from '../schema.js';

export default defineRule({
  id: 'logistic-of-exp',
  title: 'The logistic function from exp',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\frac{e^a}{1+e^a} = \sigma(a)`,
  lhs: 'exp(a)/(1 + exp(a))',
  rhs: 'sigmoid(a)',
  shapes: { a: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'negated',
      claim: 'sigmoid(-a)',
      why: 'eᵃ/(1 + eᵃ) = 1/(1 + e⁻ᵃ) = σ(a), not σ(−a).',
    },
  ],
});
