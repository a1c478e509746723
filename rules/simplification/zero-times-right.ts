import { defineRule } from '../schema.js';

export default defineRule({
  id: 'zero-times-right',
  title: 'A matrix times the zero matrix',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}\mathbf{0} = \mathbf{0}`,
  lhs: 'A*zeros(n, p)',
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
