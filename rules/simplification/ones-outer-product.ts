import { defineRule } from '../schema.js';

export default defineRule({
  id: 'ones-outer-product',
  title: 'The outer product of two columns of ones',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{1}_m\mathbf{1}_n^\top = \mathbf{1}_{m\times n}`,
  lhs: "ones(m)*ones(n)'",
  rhs: 'ones(m, n)',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'identity',
      claim: 'eye(m, n)',
      why: 'Every entry of the outer product is 1.',
    },
  ],
});
