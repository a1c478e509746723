import { defineRule } from '../schema.js';

export default defineRule({
  id: 'elementwise-power-one',
  title: 'An elementwise first power',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}^{\circ 1} = \mathbf{A}`,
  lhs: 'A.^1',
  rhs: 'A',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'squared',
      claim: 'A.^2',
      why: 'The first power is the matrix itself.',
    },
  ],
});
