import { defineRule } from '../schema.js';

export default defineRule({
  id: 'logistic-of-negative-exp',
  title: 'The logistic function',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\frac{1}{1+e^{-a}} = \sigma(a)`,
  lhs: '1/(1 + exp(-a))',
  rhs: 'sigmoid(a)',
  shapes: { a: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'negated',
      claim: 'sigmoid(-a)',
      why: '1/(1 + e⁻ᵃ) is σ(a).',
    },
  ],
});
