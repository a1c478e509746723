import { defineRule } from '../schema.js';

export default defineRule({
  id: "inverse-differential",
  title: "Differential of the inverse (Cookbook form)",
  area: "differentials",
  kind: "differential",
  latex: String.raw`d(\mathbf{X}^{-1}) = -\mathbf{X}^{-1}\,d\mathbf{X}\,\mathbf{X}^{-1}`,
  F: "inv(X)",
  wrt: [
    "X"
  ],
  dF: "-inv(X)*dX*inv(X)",
  shapes: {
    "X": "nxn"
  },
  assume: {
    "X": [
      "invertible"
    ]
  },
  sources: [
    {
      "work": "cookbook",
      "where": "(40), (59)"
    },
    {
      "work": "wikipedia",
      "where": "differential identities"
    },
    {
      "work": "giles",
      "where": "matrix inverse"
    }
  ],
  explanation: "The same rule as in the notes, listed here with its Cookbook and Giles references.",
  derivedFrom: [
    "diff-inverse"
  ],
  mistakes: [
    {
      "id": "gradient-transposes",
      "claim": "-inv(X)'*dX*inv(X)'",
      "why": "The transposes belong to the adjoint rule (Ā = −X⁻ᵀ C̄ X⁻ᵀ), not to the forward differential."
    },
    {
      "id": "divided-by-square",
      "claim": "-dX/(X*X)",
      "why": "The scalar rule −dx/x² written with a matrix division: dX·X⁻² is not X⁻¹dX X⁻¹ unless dX commutes with X."
    }
  ],
});
