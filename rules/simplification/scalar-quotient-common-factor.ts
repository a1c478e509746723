import { defineRule } from '../schema.js';

export default defineRule({
  id: 'scalar-quotient-common-factor',
  title: 'A common factor cancels in a quotient of scalars',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\frac{a}{a b} = \frac{1}{b}`,
  lhs: 'a/(a*b)',
  rhs: '1/b',
  shapes: { a: '1', b: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation: 'Where the left side is defined (a ≠ 0, b ≠ 0). The mean squared error written Σ(…)²/(2n) has the gradient 2/(2n)·Xᵀ(XW − Y), which is Xᵀ(XW − Y)/n.',
  mistakes: [
    {
      id: 'kept',
      claim: 'a/b',
      why: 'a cancels between numerator and denominator.',
    },
  ],
});
