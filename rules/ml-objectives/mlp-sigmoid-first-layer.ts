import { defineRule } from '../schema.js';

export default defineRule({
  id: 'mlp-sigmoid-first-layer',
  title: 'Two-layer network with a sigmoid hidden layer: first-layer gradient',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{W}_1}\tfrac12(\mathbf{w}_2^\top\sigma(\mathbf{W}_1\mathbf{x}) - y)^2 = (\mathbf{w}_2^\top\mathbf{h} - y)\,(\mathbf{w}_2\odot\mathbf{h}\odot(1-\mathbf{h}))\,\mathbf{x}^\top,\quad \mathbf{h} = \sigma(\mathbf{W}_1\mathbf{x})`,
  f: "0.5*(w2'*sigmoid(W1*x) - y)^2",
  wrt: 'W1',
  G: "(w2'*sigmoid(W1*x) - y)*(w2 .* sigmoid(W1*x) .* (1 - sigmoid(W1*x)))*x'",
  shapes: {
    W1: 'pxn',
    x: 'n',
    w2: 'p',
    y: '1',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: "Backpropagation: the output error is sent back through $\\mathbf{w}_2$, multiplied entrywise by $\\sigma'$ at the hidden layer, and paired with the input as an outer product.",
  derivedFrom: ['diff-elementwise-sigmoid', 'grad-bilinear-matrix'],
  mistakes: [
    {
      id: 'sigma-for-sigma-prime',
      claim: "(w2'*sigmoid(W1*x) - y)*(w2 .* sigmoid(W1*x))*x'",
      why: 'σ confused with σ′: the hidden layer contributes σ(1 − σ), not σ.',
    },
    {
      id: 'outer-product-transposed',
      claim: "(w2'*sigmoid(W1*x) - y)*x*(w2 .* sigmoid(W1*x) .* (1 - sigmoid(W1*x)))'",
      why: 'That is Gᵀ (n×p); the gradient has the shape of W1.',
    },
    {
      id: 'hidden-weights-dropped',
      claim: "(w2'*sigmoid(W1*x) - y)*(sigmoid(W1*x) .* (1 - sigmoid(W1*x)))*x'",
      why: 'The error reaches hidden unit i through its output weight w2ᵢ.',
    },
  ],
});
