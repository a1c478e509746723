import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-logsumexp',
  title: 'Gradient of log-sum-exp is the softmax',
  area: 'softmax',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{z}}\log\textstyle\sum_i e^{z_i} = \mathrm{softmax}(\mathbf{z})`,
  f: 'logsumexp(z)',
  wrt: 'z',
  G: 'softmax(z)',
  shapes: {
    z: 'n',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation:
    '$d\\log(\\mathbf{1}^\\top e^{\\mathbf{z}}) = (e^{\\mathbf{z}})^\\top d\\mathbf{z}/(\\mathbf{1}^\\top e^{\\mathbf{z}})$. Log-sum-exp is a smooth maximum, and its gradient a smooth arg max.',
  mistakes: [
    {
      id: 'not-normalised',
      claim: 'exp(z)',
      why: 'The chain rule through the log divides by the sum 1ᵀe^z.',
    },
    {
      id: 'uniform',
      claim: 'ones(n)/n',
      why: 'Only when all zᵢ are equal is the softmax uniform.',
    },
  ],
});
