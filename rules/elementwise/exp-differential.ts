import { defineRule } from '../schema.js';

export default defineRule({
  id: "exp-differential",
  title: "Differential of the elementwise exponential",
  area: "elementwise",
  kind: "differential",
  latex: String.raw`d\exp(\mathbf{X}) = \exp(\mathbf{X})\odot d\mathbf{X}`,
  F: "exp(X)",
  wrt: [
    "X"
  ],
  dF: "exp(X) .* dX",
  shapes: {
    "X": "mxn"
  },
  sources: [
    {
      "work": "wikipedia",
      "where": "vector-by-vector identities (elementwise functions: diag of the derivative)"
    }
  ],
  explanation: "Elementwise functions have diagonal Jacobians: $d f(\\mathbf{X}) = f'(\\mathbf{X})\\odot d\\mathbf{X}$. Not the matrix exponential.",
  derivedFrom: [
    "diff-elementwise-exp"
  ],
  mistakes: [
    {
      "id": "exp-of-differential",
      "claim": "exp(dX)",
      "why": "A differential is linear in dX; exp(dX) is not (it is 1 at dX = 0)."
    },
    {
      "id": "differential-dropped",
      "claim": "exp(X)",
      "why": "The derivative exp(X) must multiply dX."
    }
  ],
});
