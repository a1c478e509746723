import { defineRule } from '../schema.js';

export default defineRule({
  id: 'onehot-columns-sum-one',
  title: 'The columns of a one-hot matrix sum to one',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{1}^\top\mathbf{Y} = \mathbf{1}^\top`,
  lhs: "ones(k)'*Y",
  rhs: "ones(m)'",
  shapes: { Y: 'kxm' },
  assume: { Y: ['onehot'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'counted',
      claim: "k*ones(m)'",
      why: 'Each column of Y has exactly one 1.',
    },
  ],
});
