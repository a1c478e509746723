import { defineRule } from '../schema.js';

export default defineRule({
  id: 'transpose-of-difference',
  title: 'Transpose of a difference',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}-\mathbf{B})^\top = \mathbf{A}^\top-\mathbf{B}^\top`,
  lhs: "(A - B)'",
  rhs: "A' - B'",
  shapes: { A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'order-swapped',
      claim: "B' - A'",
      why: 'Transposing does not change the sign of a difference.',
    },
  ],
});
