import { defineDerivation } from './schema.js';

export default defineDerivation({
  id: 'least-squares',
  title: 'Exercise 1: least squares',
  problem:
    'Calculate the gradient of the least-squares objective $f(\\boldsymbol{\\theta}) = \\lVert\\mathbf{X}\\boldsymbol{\\theta} - \\mathbf{y}\\rVert_2^2$, where $\\mathbf{X} \\in \\mathbb{R}^{m\\times d}$ holds the samples as rows and $\\mathbf{y} \\in \\mathbb{R}^m$ the targets.',
  sources: [{ work: 'notes', where: 'Exercise 1: Least Square' }],
  f: "norm(X*theta - y,'fro')^2",
  wrt: 'theta',
  shapes: { X: 'mxd', theta: 'd', y: 'm' },
  steps: [
    { f: "(X*theta - y)'*(X*theta - y)", by: [], because: 'The squared Euclidean norm of a vector v is vᵀv.' },
    {
      df: "(X*dtheta)'*(X*theta - y) + (X*theta - y)'*(X*dtheta)",
      by: ['diff-product', 'diff-difference', 'diff-linear-map'],
      because: 'd(Xθ − y) = X dθ, since X and y are constants.',
    },
    { df: "2*(X*theta - y)'*X*dtheta", by: ['trace-scalar', 'trace-transpose'], because: 'Both terms are the same scalar: a scalar equals its transpose, (X dθ)ᵀ(Xθ − y) = (Xθ − y)ᵀX dθ.' },
    { df: "trace(2*(X*theta - y)'*X*dtheta)", by: ['trace-scalar'] },
  ],
  gradient: { G: "2*X'*(X*theta - y)", by: [], because: 'Tr(Gᵀ dθ) with Gᵀ = 2(Xθ − y)ᵀX, so G = 2Xᵀ(Xθ − y).' },
  proves: 'least-squares',
});
