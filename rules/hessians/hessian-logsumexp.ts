import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-logsumexp',
  title: 'Hessian of log-sum-exp',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`\frac{\partial^2\,\log\sum_i e^{x_i}}{\partial\mathbf{x}\,\partial\mathbf{x}^\top} = \operatorname{diag}(\mathbf{p}) - \mathbf{p}\mathbf{p}^\top,\qquad \mathbf{p} = \operatorname{softmax}(\mathbf{x})`,
  f: 'logsumexp(x)',
  wrt: 'x',
  H: "diag(softmax(x)) - softmax(x)*softmax(x)'",
  G: 'softmax(x)',
  shapes: { x: 'n' },
  sources: [{ work: 'standard' }],
  explanation:
    'The gradient is $\\mathbf{p} = \\operatorname{softmax}(\\mathbf{x})$ and $d\\mathbf{p} = (\\operatorname{diag}(\\mathbf{p}) - \\mathbf{p}\\mathbf{p}^\\top)\\,d\\mathbf{x}$. The Hessian is positive semidefinite (log-sum-exp is convex) and singular: $\\mathbf{1}$ is in its null space, since adding a constant to every $x_i$ moves $f$ linearly.',
  derivedFrom: ['grad-logsumexp', 'diff-softmax'],
  mistakes: [
    {
      id: 'outer-product-dropped',
      claim: 'diag(softmax(x))',
      why: 'The normalisation of softmax contributes −ppᵀ; without it the Hessian would be positive definite, but log-sum-exp is flat along 1.',
    },
    { id: 'sign', claim: "softmax(x)*softmax(x)' - diag(softmax(x))", why: 'The sign is reversed: log-sum-exp is convex, its Hessian is positive semidefinite.' },
    { id: 'exp-instead-of-softmax', claim: "diag(exp(x)) - exp(x)*exp(x)'", why: 'The derivative of log Σ eˣⁱ divides by Σ eˣⁱ: p = softmax(x), not exp(x).' },
  ],
});
