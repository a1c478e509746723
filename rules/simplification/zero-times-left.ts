import { defineRule } from '../schema.js';

export default defineRule({
  id: 'zero-times-left',
  title: 'The zero matrix times a matrix',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{0}\mathbf{B} = \mathbf{0}`,
  lhs: 'zeros(m, n)*B',
  rhs: 'zeros(m, p)',
  shapes: { A: 'mxn', B: 'nxp' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'ones',
      claim: 'ones(m, p)',
      why: 'Every entry is a sum of zeros.',
    },
  ],
});
