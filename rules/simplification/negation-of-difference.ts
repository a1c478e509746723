import { defineRule } from '../schema.js';

export default defineRule({
  id: 'negation-of-difference',
  title: 'Negation of a difference',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`-(\mathbf{A}-\mathbf{B}) = \mathbf{B}-\mathbf{A}`,
  lhs: '-(A - B)',
  rhs: 'B - A',
  shapes: { A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'not-swapped',
      claim: 'A - B',
      why: 'The minus sign swaps the terms of the difference.',
    },
  ],
});
