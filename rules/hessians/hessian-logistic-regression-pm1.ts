import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-logistic-regression-pm1',
  title: 'Hessian of logistic regression with labels ±1',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`y\in\{-1,+1\}:\quad \frac{\partial^2\log\big(1+e^{-y\,\mathbf{w}^\top\mathbf{x}}\big)}{\partial\mathbf{w}\,\partial\mathbf{w}^\top} = \sigma(\mathbf{w}^\top\mathbf{x})\big(1-\sigma(\mathbf{w}^\top\mathbf{x})\big)\,\mathbf{x}\mathbf{x}^\top`,
  f: "log(1 + exp(-y*(w'*x)))",
  wrt: 'w',
  H: "sigmoid(w'*x)*(1 - sigmoid(w'*x))*x*x'",
  G: "-y*sigmoid(-y*(w'*x))*x",
  shapes: { w: 'n', x: 'n', y: '1' },
  assume: { y: ['orthogonal'] },
  sources: [{ work: 'standard' }],
  explanation:
    'With $z = y\\,\\mathbf{w}^\\top\\mathbf{x}$ the Hessian is $y^2\\sigma(z)(1-\\sigma(z))\\,\\mathbf{x}\\mathbf{x}^\\top$. For $y = \\pm1$, $y^2 = 1$ and $\\sigma(z)(1-\\sigma(z))$ is even in $z$, so the label drops out. The assumption is written **orthogonal** on the 1×1 $y$: the 1×1 orthogonal matrices are exactly $\\pm1$. For any other $y$ the simplification is wrong.',
  derivedFrom: ['hessian-logistic-regression'],
  mistakes: [
    {
      id: 'without-the-labels-assumption',
      claim: "sigmoid(w'*x)*(1 - sigmoid(w'*x))*x*x'",
      why: 'For a real y other than ±1 the Hessian is y²σ(yz)(1 − σ(yz))xxᵀ with z = wᵀx: the label does not drop out.',
      assume: {},
    },
    { id: 'label-kept-once', claim: "y*sigmoid(w'*x)*(1 - sigmoid(w'*x))*x*x'", why: 'The chain rule brings y twice, and y² = 1: one factor y flips the sign of the Hessian for y = −1.' },
  ],
});
