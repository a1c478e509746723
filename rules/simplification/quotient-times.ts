import { defineRule } from '../schema.js';

export default defineRule({
  id: 'quotient-times',
  title: 'A product with a reciprocal is a quotient',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\tfrac{1}{b}\mathbf{A} = \mathbf{A}/b`,
  lhs: '(1/b)*A',
  rhs: 'A/b',
  shapes: { A: 'mxn', b: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'multiplied',
      claim: 'b*A',
      why: 'Multiplying by 1/b divides by b.',
    },
  ],
});
