import { defineRule } from '../schema.js';

export default defineRule({
  id: "log-differential",
  title: "Differential of the elementwise logarithm",
  area: "elementwise",
  kind: "differential",
  latex: String.raw`d\log(\mathbf{X}) = d\mathbf{X}\oslash\mathbf{X}\quad(\mathbf{X} > 0)`,
  F: "log(X)",
  wrt: [
    "X"
  ],
  dF: "dX ./ X",
  shapes: {
    "X": "mxn"
  },
  assume: {
    "X": [
      "positive"
    ]
  },
  sources: [
    {
      "work": "standard"
    }
  ],
  derivedFrom: [
    "diff-elementwise-log"
  ],
  mistakes: [
    {
      "id": "reciprocal-squared",
      "claim": "dX ./ square(X)",
      "why": "That is −d(1/x); log′(x) = 1/x."
    },
    {
      "id": "log-kept",
      "claim": "log(X) .* dX",
      "why": "Only exp is its own derivative; log′(x) = 1/x."
    }
  ],
});
