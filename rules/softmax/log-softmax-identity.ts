import { defineRule } from '../schema.js';

export default defineRule({
  id: 'log-softmax-identity',
  title: 'Log-softmax as logits minus log-sum-exp',
  area: 'softmax',
  kind: 'identity',
  latex: String.raw`\log\mathrm{softmax}(\mathbf{z}) = \mathbf{z} - \mathrm{logsumexp}(\mathbf{z})\,\mathbf{1}`,
  lhs: 'log(softmax(z))',
  rhs: 'z - logsumexp(z)',
  shapes: {
    z: 'n',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'The notes’ log-softmax identity written with `logsumexp`, which is how it is computed stably.',
  derivedFrom: ['log-softmax'],
  equivalent: ['z - log(sum(exp(z)))'],
  mistakes: [
    {
      id: 'log-dropped',
      claim: 'z - sum(exp(z))',
      why: 'The normaliser enters through its logarithm.',
    },
    {
      id: 'sign',
      claim: 'logsumexp(z) - z',
      why: 'log softmax(z) ≤ 0: it is z minus the log-normaliser, not the reverse.',
    },
  ],
});
