import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-cross-entropy-softmax-any-labels',
  title: 'Gradient of the softmax cross-entropy, any labels',
  area: 'softmax',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{z}}\big[-\mathbf{y}^\top\log\mathrm{softmax}(\mathbf{z})\big] = (\mathbf{1}^\top\mathbf{y})\,\mathrm{softmax}(\mathbf{z}) - \mathbf{y}`,
  f: "-y'*log(softmax(z))",
  wrt: 'z',
  G: 'sum(y)*softmax(z) - y',
  shapes: {
    y: 'k',
    z: 'k',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation:
    'With $\\log\\mathrm{softmax}(\\mathbf{z}) = \\mathbf{z} - \\mathbf{1}\\,\\mathrm{logsumexp}(\\mathbf{z})$, $f = -\\mathbf{y}^\\top\\mathbf{z} + (\\mathbf{1}^\\top\\mathbf{y})\\,\\mathrm{logsumexp}(\\mathbf{z})$. Holds for every $\\mathbf{y}$ (soft labels, label smoothing, unnormalised counts).',
  derivedFrom: ['log-softmax-identity', 'grad-logsumexp'],
  mistakes: [
    {
      id: 'onehot-formula',
      claim: 'softmax(z) - y',
      why: 'softmax(z) − y needs labels that sum to 1; in general the softmax is weighted by 1ᵀy.',
    },
    {
      id: 'mean-of-labels',
      claim: 'mean(y)*softmax(z) - y',
      why: 'The weight is the sum of the labels, not their mean.',
    },
  ],
});
