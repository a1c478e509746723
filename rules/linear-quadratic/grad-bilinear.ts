import { defineRule } from '../schema.js';

export default defineRule({
  id: "grad-bilinear",
  title: "Gradient of aᵀXb (Cookbook form)",
  area: "linear-quadratic",
  kind: "gradient",
  latex: String.raw`\frac{\partial\,\mathbf{a}^\top\mathbf{X}\mathbf{b}}{\partial\mathbf{X}} = \mathbf{a}\mathbf{b}^\top`,
  f: "a'*X*b",
  wrt: "X",
  G: "a*b'",
  shapes: {
    "a": "m",
    "X": "mxn",
    "b": "n"
  },
  sources: [
    {
      "work": "cookbook",
      "where": "(70)"
    },
    {
      "work": "wikipedia",
      "where": "scalar-by-matrix identities"
    }
  ],
  explanation: "The notes’ worked example, listed here with its Cookbook number. $\\partial f/\\partial X_{ij} = a_i b_j$.",
  derivedFrom: [
    "grad-bilinear-matrix"
  ],
  mistakes: [
    {
      "id": "numerator-layout",
      "claim": "b*a'",
      "why": "baᵀ is the n×m factor in front of dX in the trace (numerator layout); the gradient is its transpose."
    },
    {
      "id": "depends-on-x",
      "claim": "(a'*X*b)*a*b'",
      "why": "f is linear in X, so its gradient cannot depend on X."
    }
  ],
});
