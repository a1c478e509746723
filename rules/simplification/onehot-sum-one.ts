import { defineRule } from '../schema.js';

export default defineRule({
  id: 'onehot-sum-one',
  title: 'A one-hot column sums to one',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{1}^\top\mathbf{y} = 1`,
  lhs: "ones(n)'*y",
  rhs: '1',
  shapes: { y: 'n' },
  assume: { y: ['onehot'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'length',
      claim: 'n',
      why: 'Exactly one entry of y is 1, the rest 0.',
    },
  ],
});
