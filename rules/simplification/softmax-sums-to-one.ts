import { defineRule } from '../schema.js';

export default defineRule({
  id: 'softmax-sums-to-one',
  title: 'A softmax sums to one',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{1}^\top\operatorname{softmax}(\mathbf{z}) = 1`,
  lhs: 'sum(softmax(z))',
  rhs: '1',
  shapes: { z: 'n' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation: 'The entries of a softmax are positive and add up to one, so it is a probability vector: the gradients of the cross-entropy and of the entropy simplify with it.',
  mistakes: [
    {
      id: 'length',
      claim: 'n',
      why: 'The softmax divides by the sum of the exponentials, so its entries add up to 1, not to the number of entries.',
    },
  ],
});
