import { defineRule } from '../schema.js';

export default defineRule({
  id: 'onehot-columns-ones',
  title: 'Ones times a one-hot matrix',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{1}_m\mathbf{1}_k^\top\mathbf{Y} = \mathbf{1}_m\mathbf{1}_n^\top`,
  lhs: 'ones(m, k)*Y',
  rhs: 'ones(m, n)',
  shapes: { A: 'mxk', Y: 'kxn' },
  assume: { Y: ['onehot'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'counted',
      claim: 'k*ones(m, n)',
      why: 'Each column of Y has exactly one 1.',
    },
  ],
});
