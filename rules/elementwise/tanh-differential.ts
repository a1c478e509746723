import { defineRule } from '../schema.js';

export default defineRule({
  id: "tanh-differential",
  title: "Differential of the elementwise tanh",
  area: "elementwise",
  kind: "differential",
  latex: String.raw`d\tanh(\mathbf{X}) = (1 - \tanh(\mathbf{X})^{\circ 2})\odot d\mathbf{X}`,
  F: "tanh(X)",
  wrt: [
    "X"
  ],
  dF: "(1 - square(tanh(X))) .* dX",
  shapes: {
    "X": "mxn"
  },
  sources: [
    {
      "work": "standard"
    }
  ],
  derivedFrom: [
    "diff-elementwise-tanh"
  ],
  mistakes: [
    {
      "id": "sign-of-square",
      "claim": "(1 + square(tanh(X))) .* dX",
      "why": "tanh′ = sech² = 1 − tanh²; 1 + f² is the derivative of tan, not of tanh."
    },
    {
      "id": "sigmoid-form",
      "claim": "(tanh(X) .* (1 - tanh(X))) .* dX",
      "why": "σ(1 − σ) is the sigmoid’s derivative; tanh′ = 1 − tanh²."
    }
  ],
});
