import { defineRule } from '../schema.js';

export default defineRule({
  id: 'transpose-of-sum',
  title: 'Transpose of a sum',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}+\mathbf{B})^\top = \mathbf{A}^\top+\mathbf{B}^\top`,
  lhs: "(A + B)'",
  rhs: "A' + B'",
  shapes: { A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'transpose-dropped',
      claim: 'A + B',
      why: 'The transpose applies to every term.',
      shapes: { A: 'nxn', B: 'nxn' },
    },
  ],
});
