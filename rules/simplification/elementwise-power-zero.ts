import { defineRule } from '../schema.js';

export default defineRule({
  id: 'elementwise-power-zero',
  title: 'An elementwise zeroth power',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}^{\circ 0} = \mathbf{1}\mathbf{1}^\top`,
  lhs: 'A.^0',
  rhs: 'ones(m, n)',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'kept',
      claim: 'A',
      why: 'Each entry to the power 0 is 1.',
    },
  ],
});
