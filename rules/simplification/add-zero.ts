import { defineRule } from '../schema.js';

export default defineRule({
  id: 'add-zero',
  title: 'Adding zero',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}+\mathbf{0} = \mathbf{A}`,
  lhs: 'A + zeros(m, n)',
  rhs: 'A',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'zeroed',
      claim: 'zeros(m, n)',
      why: 'Adding zero leaves A.',
    },
  ],
});
