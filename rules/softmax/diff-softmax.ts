import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-softmax',
  title: 'Differential of the softmax',
  area: 'softmax',
  kind: 'differential',
  latex: String.raw`d\,\mathrm{softmax}(\mathbf{z}) = (\mathrm{diag}(\mathbf{p}) - \mathbf{p}\mathbf{p}^\top)\,d\mathbf{z},\quad \mathbf{p} = \mathrm{softmax}(\mathbf{z})`,
  F: 'softmax(z)',
  wrt: ['z'],
  dF: "(diag(softmax(z)) - softmax(z)*softmax(z)')*dz",
  shapes: {
    z: 'n',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'The Jacobian is symmetric and its rows sum to zero: the probabilities keep summing to one.',
  derivedFrom: ['grad-logsumexp'],
  equivalent: ["softmax(z) .* dz - softmax(z)*(softmax(z)'*dz)"],
  mistakes: [
    {
      id: 'coupling-dropped',
      claim: 'softmax(z) .* dz',
      why: 'Each probability also depends on the other logits through the normaliser: the −ppᵀ term.',
    },
    {
      id: 'sign',
      claim: "(diag(softmax(z)) + softmax(z)*softmax(z)')*dz",
      why: 'Raising one logit lowers the other probabilities: the outer product is subtracted.',
    },
  ],
});
