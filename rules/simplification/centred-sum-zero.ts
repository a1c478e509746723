import { defineRule } from '../schema.js';

export default defineRule({
  id: 'centred-sum-zero',
  title: 'The entries of a centred matrix sum to zero',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\operatorname{sum}(\mathbf{X} - \operatorname{mean}(\mathbf{X})) = 0`,
  lhs: 'sum(X - mean(X))',
  rhs: '0',
  shapes: { X: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation: 'Subtracting the mean of the entries from each of them leaves entries whose sum is 0: the derivative of a layer or batch normalisation contains such sums, and they vanish.',
  mistakes: [
    {
      id: 'wrong',
      claim: 'mean(X)',
      why: 'The mean is subtracted from every entry, so the sum is Σxᵢ − mn·mean = 0.',
    },
  ],
});
