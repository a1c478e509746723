import { defineRule } from '../schema.js';

export default defineRule({
  id: 'logistic-regression-gradient',
  title: 'Logistic regression, one sample',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\ell(\mathbf{w}) = -y\log\sigma(\mathbf{w}^\top\mathbf{x}) - (1-y)\log(1-\sigma(\mathbf{w}^\top\mathbf{x})),\qquad \nabla_{\mathbf{w}}\ell = (\sigma(\mathbf{w}^\top\mathbf{x}) - y)\,\mathbf{x}`,
  f: "-(y*log(sigmoid(w'*x)) + (1 - y)*log(1 - sigmoid(w'*x)))",
  wrt: 'w',
  G: "(sigmoid(w'*x) - y)*x",
  shapes: {
    w: 'n',
    x: 'n',
    y: '1',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation:
    "With $\\sigma' = \\sigma(1-\\sigma)$ the two logarithms give $-y(1-\\sigma) + (1-y)\\sigma = \\sigma - y$. The loss is linear in $y$, so the formula holds for any real $y$, not only for labels in $\\{0, 1\\}$.",
  derivedFrom: ['diff-elementwise-sigmoid'],
  equivalent: ["x*(sigmoid(w'*x) - y)"],
  mistakes: [
    {
      id: 'sign',
      claim: "(y - sigmoid(w'*x))*x",
      why: 'That is the negative gradient (the ascent direction of the log-likelihood).',
    },
    {
      id: 'sigma-prime-kept',
      claim: "sigmoid(w'*x)*(1 - sigmoid(w'*x))*(sigmoid(w'*x) - y)*x",
      why: 'σ′ cancels against the 1/σ and 1/(1 − σ) of the logarithms; keeping it gives the gradient of the squared error (σ − y)²/2 instead.',
    },
  ],
});
