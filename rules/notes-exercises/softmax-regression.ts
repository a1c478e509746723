import { defineRule } from '../schema.js';

export default defineRule({
  id: 'softmax-regression',
  title: 'Exercise 2: softmax regression, one sample',
  area: 'notes-exercises',
  kind: 'gradient',
  latex: String.raw`f(\Theta) = -\mathbf{y}^\top \log \operatorname{softmax}(\Theta\mathbf{x}),\qquad \frac{\partial f}{\partial \Theta} = (\operatorname{softmax}(\Theta\mathbf{x}) - \mathbf{y})\,\mathbf{x}^\top`,
  f: "-y'*log(softmax(Theta*x))",
  wrt: 'Theta',
  G: "(softmax(Theta*x) - y)*x'",
  shapes: {
    Theta: 'kxd',
    x: 'd',
    y: 'k',
  },
  assume: {
    y: ['onehot'],
  },
  sources: [
    {
      work: 'notes',
      where: 'Exercise 2: Multi-Class Logistic Regression',
    },
  ],
  explanation:
    'The one-hot $\\mathbf{y}$ is what turns $-\\mathbf{y}^\\top\\mathbf{1}\\log(\\mathbf{1}^\\top\\exp(\\Theta\\mathbf{x}))$ into $-\\log(\\mathbf{1}^\\top\\exp(\\Theta\\mathbf{x}))$: $\\mathbf{y}^\\top\\mathbf{1} = 1$.',
  derivedFrom: ['log-softmax', 'hadamard-sum-inner', 'trace-cyclic'],
  equivalent: ["softmax(Theta*x)*x' - y*x'", "kron(softmax(Theta*x) - y, x')"],
  mistakes: [
    {
      id: 'sign',
      claim: "(y - softmax(Theta*x))*x'",
      why: 'The gradient of the loss points towards the predicted distribution: σ − y, not y − σ.',
    },
    {
      id: 'transposed',
      claim: "x*(softmax(Theta*x) - y)'",
      why: 'Read off from Tr(x(σ − y)ᵀ dΘ) without transposing: that is Gᵀ, of size d×k.',
    },
    {
      id: 'without-onehot',
      claim: "(softmax(Theta*x) - y)*x'",
      assume: {},
      why: 'For labels that do not sum to 1 the gradient is ((1ᵀy)σ − y)xᵀ; σ − y relies on y being one-hot.',
    },
  ],
});
