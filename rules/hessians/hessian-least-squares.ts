import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-least-squares',
  title: 'Hessian of least squares ‖Xw − y‖²',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`\frac{\partial^2\,\|\mathbf{X}\mathbf{w}-\mathbf{y}\|^2}{\partial\mathbf{w}\,\partial\mathbf{w}^\top} = 2\mathbf{X}^\top\mathbf{X}`,
  f: "norm(X*w - y,'fro')^2",
  wrt: 'w',
  H: "2*X'*X",
  G: "2*X'*(X*w - y)",
  shapes: { X: 'mxn', w: 'n', y: 'm' },
  sources: [{ work: 'standard' }],
  explanation:
    'The gradient $2\\mathbf{X}^\\top(\\mathbf{X}\\mathbf{w} - \\mathbf{y})$ is affine in $\\mathbf{w}$; its differential is $2\\mathbf{X}^\\top\\mathbf{X}\\,d\\mathbf{w}$. A Newton step from any $\\mathbf{w}$ lands on the normal equations $\\mathbf{X}^\\top\\mathbf{X}\\mathbf{w} = \\mathbf{X}^\\top\\mathbf{y}$.',
  derivedFrom: ['linear-regression-gradient'],
  mistakes: [
    { id: 'factor-two-lost', claim: "X'*X", why: 'The square contributes a factor 2 (it is the Hessian of ½‖Xw − y‖², not of ‖Xw − y‖²).' },
    { id: 'wrong-gram', claim: "2*X*X'", why: 'XXᵀ is m×m, the Gram matrix of the samples; the Hessian in w is the n×n XᵀX.' },
    { id: 'residual-kept', claim: "2*X'*X + 2*X'*(X*w - y)*w'", why: 'The gradient is affine in w: no term of the residual survives differentiation.' },
  ],
});
