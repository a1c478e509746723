import { defineRule } from '../schema.js';

export default defineRule({
  id: 'quotient-as-product',
  title: 'Division by a scalar is a product',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}/b = \mathbf{A}\cdot\tfrac{1}{b}`,
  lhs: 'A/b',
  rhs: '(1/b)*A',
  shapes: { A: 'mxn', b: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'multiplied',
      claim: 'b*A',
      why: 'Dividing by b multiplies by 1/b.',
    },
  ],
});
