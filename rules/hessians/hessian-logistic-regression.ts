import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-logistic-regression',
  title: 'Hessian of logistic regression, one sample',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`\ell(\mathbf{w}) = -y\log\sigma(\mathbf{w}^\top\mathbf{x}) - (1-y)\log(1-\sigma(\mathbf{w}^\top\mathbf{x})):\quad \frac{\partial^2\ell}{\partial\mathbf{w}\,\partial\mathbf{w}^\top} = \sigma(\mathbf{w}^\top\mathbf{x})\big(1-\sigma(\mathbf{w}^\top\mathbf{x})\big)\,\mathbf{x}\mathbf{x}^\top`,
  f: "-(y*log(sigmoid(w'*x)) + (1 - y)*log(1 - sigmoid(w'*x)))",
  wrt: 'w',
  H: "sigmoid(w'*x)*(1 - sigmoid(w'*x))*x*x'",
  G: "(sigmoid(w'*x) - y)*x",
  shapes: { w: 'n', x: 'n', y: '1' },
  sources: [{ work: 'standard' }],
  explanation:
    "The gradient $(\\sigma(\\mathbf{w}^\\top\\mathbf{x}) - y)\\mathbf{x}$ has differential $\\sigma'\\,\\mathbf{x}\\mathbf{x}^\\top d\\mathbf{w}$ with $\\sigma' = \\sigma(1-\\sigma)$. The label has gone: the formula holds for any real $y$ (the loss is linear in $y$), not only for labels in $\\{0, 1\\}$. It is the weight of iteratively reweighted least squares.",
  derivedFrom: ['logistic-regression-gradient', 'diff-elementwise-sigmoid'],
  mistakes: [
    { id: 'sigma-prime-dropped', claim: "sigmoid(w'*x)*x*x'", why: 'The derivative of σ is σ(1 − σ), not σ.' },
    { id: 'residual-for-weight', claim: "(sigmoid(w'*x) - y)*x*x'", why: "The residual σ − y is the gradient's weight; differentiating it again gives σ(1 − σ), and the label disappears." },
    { id: 'outer-product-order', claim: "sigmoid(w'*x)*(1 - sigmoid(w'*x))*x'*x", why: 'xᵀx is the scalar ‖x‖²: the Hessian is the n×n outer product xxᵀ.' },
  ],
});
