import { defineRule } from '../schema.js';

export default defineRule({
  id: 'mlp-tanh-first-layer',
  title: 'Two-layer tanh network: first-layer gradient',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{W}_1}\tfrac12\|\mathbf{W}_2\tanh(\mathbf{W}_1\mathbf{x}) - \mathbf{y}\|^2 = \big((\mathbf{W}_2^\top\mathbf{r})\odot(1-\mathbf{h}^{\circ 2})\big)\mathbf{x}^\top,\quad \mathbf{h} = \tanh(\mathbf{W}_1\mathbf{x}),\ \mathbf{r} = \mathbf{W}_2\mathbf{h}-\mathbf{y}`,
  f: "0.5*norm(W2*tanh(W1*x) - y,'fro')^2",
  wrt: 'W1',
  G: "((W2'*(W2*tanh(W1*x) - y)) .* (1 - square(tanh(W1*x))))*x'",
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
  explanation: "The residual goes back through $\\mathbf{W}_2^\\top$, then through $\\tanh' = 1-\\tanh^2$ entrywise, then meets the input.",
  derivedFrom: ['mlp-tanh-second-layer', 'diff-elementwise-tanh'],
  mistakes: [
    {
      id: 'backprop-without-transpose',
      claim: "((W2*(W2*tanh(W1*x) - y)) .* (1 - square(tanh(W1*x))))*x'",
      why: 'The error goes back through W2ᵀ, not W2 (which does not even fit unless k = p).',
    },
    {
      id: 'tanh-derivative',
      claim: "((W2'*(W2*tanh(W1*x) - y)) .* (1 - tanh(W1*x)))*x'",
      why: 'tanh′ = 1 − tanh², not 1 − tanh.',
    },
    {
      id: 'activation-derivative-dropped',
      claim: "(W2'*(W2*tanh(W1*x) - y))*x'",
      why: 'Backpropagating through tanh multiplies entrywise by tanh′ = 1 − h²; skipping it treats the hidden layer as linear.',
    },
  ],
});
