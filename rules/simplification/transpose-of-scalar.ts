import { defineRule } from '../schema.js';

export default defineRule({
  id: 'transpose-of-scalar',
  title: 'Transpose of a scalar',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`a^\top = a`,
  lhs: "a'",
  rhs: 'a',
  shapes: { a: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'sign-flipped',
      claim: '-a',
      why: 'A 1×1 matrix is its own transpose; nothing changes sign.',
    },
  ],
});
