import { defineRule } from '../schema.js';

export default defineRule({
  id: 'sum-with-difference',
  title: 'A term cancelled by a difference',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}+(\mathbf{B}-\mathbf{A}) = \mathbf{B}`,
  lhs: 'A + (B - A)',
  rhs: 'B',
  shapes: { A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'kept',
      claim: 'B - A',
      why: 'The A added and the A subtracted cancel.',
    },
  ],
});
