import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-sigmoid',
  title: 'Differential of elementwise sigmoid',
  area: 'notes-differentials',
  kind: 'differential',
  latex: String.raw`d\sigma(\mathbf{X}) = \sigma(\mathbf{X}) \odot (1 - \sigma(\mathbf{X})) \odot d\mathbf{X}`,
  F: 'sigmoid(X)',
  wrt: ['X'],
  dF: 'sigmoid(X) .* (1 - sigmoid(X)) .* dX',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'notes',
      where: 'Differential rules (5)',
    },
    {
      work: 'standard',
    },
  ],
  equivalent: ['(sigmoid(X) - square(sigmoid(X))) .* dX', 'sigmoid(X) .* sigmoid(-X) .* dX'],
  mistakes: [
    {
      id: 'sigma-for-sigma-prime',
      claim: 'sigmoid(X) .* dX',
      why: 'σ confused with σ′: the derivative of the sigmoid is σ(1 − σ).',
    },
    {
      id: 'one-factor',
      claim: '(1 - sigmoid(X)) .* dX',
      why: 'σ′ = σ(1 − σ): the factor σ is lost.',
    },
    {
      id: 'tanh-form',
      claim: '(1 - square(sigmoid(X))) .* dX',
      why: '1 − f² is the derivative of tanh, not of the sigmoid.',
    },
  ],
});
