import { defineRule } from '../schema.js';

export default defineRule({
  id: 'transpose-transpose',
  title: 'Transpose of a transpose',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}^\top)^\top = \mathbf{A}`,
  lhs: "(A')'",
  rhs: 'A',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'transposed-once',
      claim: "A'",
      why: 'Two transposes cancel; one left over swaps rows and columns.',
      shapes: { A: 'nxn' },
    },
  ],
});
