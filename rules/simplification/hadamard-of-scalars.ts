import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-of-scalars',
  title: 'The Hadamard product of scalars',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`a \odot b = ab`,
  lhs: 'a .* b',
  rhs: 'a*b',
  shapes: { a: '1', b: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'summed',
      claim: 'a + b',
      why: 'For 1×1 matrices both products are the product of the numbers.',
    },
  ],
});
