import { defineRule } from '../schema.js';

export default defineRule({
  id: 'transpose-of-scaled',
  title: 'Transpose of a scalar multiple',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(a\mathbf{B})^\top = a\mathbf{B}^\top`,
  lhs: "(a*B)'",
  rhs: "a*B'",
  shapes: { a: '1', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'scalar-dropped',
      claim: "B'",
      why: 'The scalar factor stays.',
    },
  ],
});
