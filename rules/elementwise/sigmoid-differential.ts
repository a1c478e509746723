import { defineRule } from '../schema.js';

export default defineRule({
  id: "sigmoid-differential",
  title: "Differential of the elementwise sigmoid",
  area: "elementwise",
  kind: "differential",
  latex: String.raw`d\sigma(\mathbf{X}) = \sigma(\mathbf{X})\odot(1-\sigma(\mathbf{X}))\odot d\mathbf{X}`,
  F: "sigmoid(X)",
  wrt: [
    "X"
  ],
  dF: "sigmoid(X) .* (1 - sigmoid(X)) .* dX",
  shapes: {
    "X": "mxn"
  },
  sources: [
    {
      "work": "standard"
    }
  ],
  derivedFrom: [
    "diff-elementwise-sigmoid"
  ],
  mistakes: [
    {
      "id": "one-factor",
      "claim": "(1 - sigmoid(X)) .* dX",
      "why": "σ′ = σ(1 − σ): the factor σ is lost."
    },
    {
      "id": "tanh-form",
      "claim": "(1 - square(sigmoid(X))) .* dX",
      "why": "1 − f² is the derivative of tanh, not of the sigmoid."
    }
  ],
});
