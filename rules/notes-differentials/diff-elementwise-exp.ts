import { defineRule } from '../schema.js';

export default defineRule({
  id: "diff-elementwise-exp",
  title: "Differential of elementwise exp",
  area: "notes-differentials",
  kind: "differential",
  latex: String.raw`d\exp(\mathbf{X}) = \exp(\mathbf{X}) \odot d\mathbf{X}`,
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
      "work": "notes",
      "where": "Differential rules (5)"
    }
  ],
  mistakes: [
    {
      "id": "matrix-product",
      "claim": "exp(X)*dX",
      "why": "σ′(X) ⊙ dX is entrywise; a matrix product mixes entries (and needs a square X)."
    }
  ],
});
