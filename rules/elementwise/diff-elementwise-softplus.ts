import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-softplus',
  title: 'Differential of elementwise softplus',
  area: 'elementwise',
  kind: 'differential',
  latex: String.raw`d\,\mathrm{softplus}(\mathbf{X}) = \sigma(\mathbf{X}) \odot d\mathbf{X}`,
  F: 'softplus(X)',
  wrt: ['X'],
  dF: 'sigmoid(X) .* dX',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  equivalent: ['exp(X) ./ (1 + exp(X)) .* dX'],
  explanation: 'The smooth ReLU: (log(1 + eˣ))′ = eˣ/(1 + eˣ) = σ(x), so its derivative is the sigmoid.',
  mistakes: [
    {
      id: 'softplus-kept',
      claim: 'softplus(X) .* dX',
      why: 'Only exp is its own derivative; log(1 + eˣ) has slope σ(x) < 1.',
    },
    {
      id: 'inner-derivative-dropped',
      claim: 'dX ./ (1 + exp(X))',
      why: 'The chain rule’s inner factor eˣ is lost: (log(1 + eˣ))′ = eˣ/(1 + eˣ).',
    },
    {
      id: 'second-derivative',
      claim: 'sigmoid(X) .* (1 - sigmoid(X)) .* dX',
      why: 'σ(1 − σ) is the derivative of the sigmoid, one order too far: softplus′ = σ.',
    },
    {
      id: 'matrix-product',
      claim: 'sigmoid(X)*dX',
      why: 'σ(X) ⊙ dX is entrywise, not a matrix product.',
    },
  ],
});
