import { defineRule } from '../schema.js';

export default defineRule({
  id: 'add-commutes',
  title: 'Addition commutes',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}+\mathbf{B} = \mathbf{B}+\mathbf{A}`,
  lhs: 'A + B',
  rhs: 'B + A',
  shapes: { A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'difference',
      claim: 'B - A',
      why: 'Swapping the terms of a sum keeps both signs.',
    },
  ],
});
