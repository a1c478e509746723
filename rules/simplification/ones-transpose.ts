import { defineRule } from '../schema.js';

export default defineRule({
  id: 'ones-transpose',
  title: 'The transpose of a matrix of ones',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{1}_m\mathbf{1}_n^\top)^\top = \mathbf{1}_n\mathbf{1}_m^\top`,
  lhs: "ones(m, n)'",
  rhs: 'ones(n, m)',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'doubled',
      claim: '2*ones(n, m)',
      why: 'Every entry stays 1.',
    },
  ],
});
