import { defineRule } from '../schema.js';

export default defineRule({
  id: 'softmax-column-sums',
  title: 'Every column of a softmax sums to one',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{1}^\top\operatorname{softmax}(\mathbf{Z}) = \mathbf{1}^\top`,
  lhs: 'sum(softmax(Z), 1)',
  rhs: 'ones(1, n)',
  shapes: { Z: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation: 'The entries of a softmax are positive and add up to one, so it is a probability vector: the gradients of the cross-entropy and of the entropy simplify with it.',
  mistakes: [
    {
      id: 'length',
      claim: 'm*ones(1, n)',
      why: 'The softmax divides by the sum of the exponentials, so its entries add up to 1, not to the number of entries.',
    },
  ],
});
