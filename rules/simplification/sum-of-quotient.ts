import { defineRule } from '../schema.js';

export default defineRule({
  id: 'sum-of-quotient',
  title: 'A scalar divisor comes out of a sum',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\operatorname{sum}(\mathbf{X}/a) = \operatorname{sum}(\mathbf{X})/a`,
  lhs: 'sum(X/a)',
  rhs: 'sum(X)/a',
  shapes: { a: '1', X: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation: 'The sum of all entries is linear: dividing every entry by a divides the sum by a.',
  mistakes: [
    {
      id: 'wrong',
      claim: 'sum(X)',
      why: 'Every entry is divided by a, so the sum is.',
    },
  ],
});
