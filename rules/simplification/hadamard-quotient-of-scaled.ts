import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-quotient-of-scaled',
  title: 'A common scalar factor cancels in an entrywise quotient',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(a\mathbf{A})\oslash(a\mathbf{B}) = \mathbf{A}\oslash\mathbf{B}`,
  lhs: '(a*A) ./ (a*B)',
  rhs: 'A ./ B',
  shapes: { a: '1', A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation:
    'Where the left side is defined (a ≠ 0 and no entry of B is 0) the two sides are equal. The chain rule through a square root leaves such a pair: the gradient of Σ √(1 + rᵢ²) comes out as (2r) ⊘ (2√(1 + r²)).',
  mistakes: [
    {
      id: 'squared',
      claim: 'a^2*(A ./ B)',
      why: 'The factor cancels between numerator and denominator: it does not multiply.',
    },
  ],
});
