import { defineRule } from '../schema.js';

export default defineRule({
  id: 'onehot-sum-one-transposed',
  title: 'A one-hot column sums to one (transposed)',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{y}^\top\mathbf{1} = 1`,
  lhs: "y'*ones(n)",
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
