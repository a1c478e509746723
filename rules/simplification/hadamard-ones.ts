import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-ones',
  title: 'Hadamard product with ones',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{1}\mathbf{1}^\top\odot\mathbf{A} = \mathbf{A}`,
  lhs: 'ones(m, n) .* A',
  rhs: 'A',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'summed',
      claim: 'sum(A)*ones(m, n)',
      why: 'Each entry is multiplied by 1; nothing is summed.',
    },
  ],
});
