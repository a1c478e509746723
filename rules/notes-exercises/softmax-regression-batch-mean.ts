import { defineRule } from '../schema.js';

export default defineRule({
  id: "softmax-regression-batch-mean",
  title: "Softmax regression, N samples, mean loss",
  area: "notes-exercises",
  kind: "gradient",
  latex: String.raw`f(\Theta) = -\frac1N\sum_{i=1}^{N} \mathbf{y}_i^\top \log \sigma(\Theta\mathbf{x}_i),\qquad \frac{\partial f}{\partial \Theta} = \frac1N(\sigma(\Theta\mathbf{X}) - \mathbf{Y})\,\mathbf{X}^\top`,
  f: "-sum(Y .* log(softmax(Theta*X)))/m",
  wrt: "Theta",
  G: "(softmax(Theta*X) - Y)*X'/m",
  shapes: {
    "Theta": "kxd",
    "X": "dxm",
    "Y": "kxm"
  },
  assume: {
    "Y": [
      "onehot"
    ]
  },
  sources: [
    {
      "work": "notes",
      "where": "Exercise 2, multi-sample case with the mean loss"
    }
  ],
  derivedFrom: [
    "softmax-regression-batch"
  ],
  mistakes: [
    {
      "id": "forgot-mean",
      "claim": "(softmax(Theta*X) - Y)*X'",
      "why": "The 1/N of the mean carries over to the gradient."
    }
  ],
});
