import { defineRule } from '../schema.js';

export default defineRule({
  id: 'scalar-quotient-cancels',
  title: 'A scalar times a quotient by it',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`a(\mathbf{B}/a) = \mathbf{B}`,
  lhs: 'a*(B/a)',
  rhs: 'B',
  shapes: { a: '1', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'squared',
      claim: 'a^2*B',
      why: 'a cancels.',
    },
  ],
});
