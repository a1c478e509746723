import { defineRule } from '../schema.js';

export default defineRule({
  id: "square-differential",
  title: "Differential of the Hadamard square",
  area: "elementwise",
  kind: "differential",
  latex: String.raw`d(\mathbf{X}\odot\mathbf{X}) = 2\mathbf{X}\odot d\mathbf{X}`,
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
      "work": "cookbook",
      "where": "(38)"
    }
  ],
  explanation: "The Hadamard product rule $d(\\mathbf{X}\\odot\\mathbf{Y}) = d\\mathbf{X}\\odot\\mathbf{Y} + \\mathbf{X}\\odot d\\mathbf{Y}$ with $\\mathbf{Y} = \\mathbf{X}$; here the two terms are equal because $\\odot$ commutes.",
  derivedFrom: [
    "diff-hadamard",
    "diff-elementwise-square"
  ],
  mistakes: [
    {
      "id": "square-of-differential",
      "claim": "square(dX)",
      "why": "(dX)⊙(dX) is second order; the differential is linear in dX."
    },
    {
      "id": "matrix-product",
      "claim": "2*X*dX",
      "why": "The Hadamard square is entrywise; a matrix product mixes entries (and needs X square)."
    }
  ],
});
