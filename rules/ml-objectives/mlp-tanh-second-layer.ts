import { defineRule } from '../schema.js';

export default defineRule({
  id: 'mlp-tanh-second-layer',
  title: 'Two-layer tanh network: second-layer gradient',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{W}_2}\tfrac12\|\mathbf{W}_2\mathbf{h} - \mathbf{y}\|^2 = (\mathbf{W}_2\mathbf{h}-\mathbf{y})\,\mathbf{h}^\top,\quad \mathbf{h} = \tanh(\mathbf{W}_1\mathbf{x})`,
  f: "0.5*norm(W2*tanh(W1*x) - y,'fro')^2",
  wrt: 'W2',
  G: "(W2*tanh(W1*x) - y)*tanh(W1*x)'",
  shapes: {
    W2: 'kxp',
    W1: 'pxn',
    x: 'n',
    y: 'k',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'A linear layer: residual times input, where the input is now the hidden activation $\\mathbf{h}$.',
  derivedFrom: ['grad-least-squares-norm', 'grad-bilinear-matrix'],
  mistakes: [
    {
      id: 'pre-activation',
      claim: "(W2*tanh(W1*x) - y)*(W1*x)'",
      why: 'The second layer sees the activation h = tanh(W1x), not the pre-activation W1x.',
    },
    {
      id: 'outer-product-transposed',
      claim: "tanh(W1*x)*(W2*tanh(W1*x) - y)'",
      why: 'That is Gᵀ (p×k); the gradient has the shape of W2.',
    },
  ],
});
