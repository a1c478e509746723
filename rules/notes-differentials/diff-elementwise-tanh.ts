import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-tanh',
  title: 'Differential of elementwise tanh',
  area: 'notes-differentials',
  kind: 'differential',
  latex: String.raw`d\tanh(\mathbf{X}) = (1 - \tanh(\mathbf{X})^{\circ 2}) \odot d\mathbf{X}`,
  F: 'tanh(X)',
  wrt: ['X'],
  dF: '(1 - square(tanh(X))) .* dX',
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
  equivalent: ['(1 - tanh(X) .* tanh(X)) .* dX', 'dX - square(tanh(X)) .* dX'],
  mistakes: [
    {
      id: 'derivative-confused',
      claim: '(1 - tanh(X)) .* dX',
      why: 'tanh′ = 1 − tanh², not 1 − tanh.',
    },
    {
      id: 'matrix-product',
      claim: '(1 - square(tanh(X)))*dX',
      why: 'σ′(X) ⊙ dX is entrywise, not a matrix product.',
    },
    {
      id: 'sign-of-square',
      claim: '(1 + square(tanh(X))) .* dX',
      why: 'tanh′ = sech² = 1 − tanh²; 1 + f² is the derivative of tan, not of tanh.',
    },
    {
      id: 'sigmoid-form',
      claim: '(tanh(X) .* (1 - tanh(X))) .* dX',
      why: 'σ(1 − σ) is the sigmoid’s derivative; tanh′ = 1 − tanh².',
    },
  ],
});
