import { defineRule } from '../schema.js';

export default defineRule({
  id: "diff-elementwise-square",
  title: "Differential of elementwise square",
  area: "notes-differentials",
  kind: "differential",
  latex: String.raw`d(\mathbf{X}^{\circ 2}) = 2\mathbf{X} \odot d\mathbf{X}`,
  F: "square(X)",
  wrt: [
    "X"
  ],
  dF: "2*X .* dX",
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
      "id": "dropped-factor-two",
      "claim": "X .* dX",
      "why": "d(x²) = 2x dx: the factor 2 is lost."
    },
    {
      "id": "matrix-square",
      "claim": "dX*X + X*dX",
      "why": "That is d(X²) for the matrix square X·X, not the entrywise square X ⊙ X (and needs a square X)."
    }
  ],
});
