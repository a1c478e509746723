import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-cross-entropy-softmax',
  title: 'Gradient of the softmax cross-entropy, one-hot label',
  area: 'softmax',
  kind: 'gradient',
  latex: String.raw`\mathbf{y}\ \text{one-hot}:\quad \nabla_{\mathbf{z}}\big[-\mathbf{y}^\top\log\mathrm{softmax}(\mathbf{z})\big] = \mathrm{softmax}(\mathbf{z}) - \mathbf{y}`,
  f: "-y'*log(softmax(z))",
  wrt: 'z',
  G: 'softmax(z) - y',
  shapes: {
    y: 'k',
    z: 'k',
  },
  assume: {
    y: ['onehot'],
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'Predicted minus observed. The one-hot label sums to one; for other labels see the next rule.',
  derivedFrom: ['grad-cross-entropy-softmax-any-labels'],
  equivalent: ['-(y - softmax(z))', 'exp(z - logsumexp(z)) - y'],
  mistakes: [
    {
      id: 'without-onehot',
      claim: 'softmax(z) - y',
      why: 'For labels that do not sum to 1 the gradient is (1ᵀy)·softmax(z) − y.',
      assume: {},
    },
    {
      id: 'sign',
      claim: 'y - softmax(z)',
      why: 'That is the direction of descent, the negative gradient.',
    },
  ],
});
