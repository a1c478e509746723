import { defineRule } from '../schema.js';

export default defineRule({
  id: 'softmax-row-sums',
  title: 'Every row of a row-wise softmax sums to one',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\operatorname{softmax}_2(\mathbf{Z})\,\mathbf{1} = \mathbf{1}`,
  lhs: 'sum(softmax(Z, 2), 2)',
  rhs: 'ones(m)',
  shapes: { Z: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation: 'The entries of a softmax are positive and add up to one, so it is a probability vector: the gradients of the cross-entropy and of the entropy simplify with it.',
  mistakes: [
    {
      id: 'length',
      claim: 'n*ones(m)',
      why: 'The softmax divides by the sum of the exponentials, so its entries add up to 1, not to the number of entries.',
    },
  ],
});
