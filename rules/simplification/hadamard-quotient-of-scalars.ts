import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-quotient-of-scalars',
  title: 'The Hadamard quotient of scalars',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`a \oslash b = a/b`,
  lhs: 'a ./ b',
  rhs: 'a/b',
  shapes: { a: '1', b: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'inverted',
      claim: 'b/a',
      why: 'For 1×1 matrices both quotients are the quotient of the numbers.',
    },
  ],
});
