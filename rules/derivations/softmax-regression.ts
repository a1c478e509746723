import { defineDerivation } from './schema.js';

export default defineDerivation({
  id: 'softmax-regression',
  title: 'Exercise 2: softmax regression, one sample',
  problem:
    "Let $\\Theta \\in \\mathbb{R}^{k\\times d}$ be the parameter. The objective of one-sample multi-class logistic regression is $f(\\Theta) := -\\mathbf{y}^\\top \\log\\sigma(\\Theta\\mathbf{x})$, where $\\mathbf{x} \\in \\mathbb{R}^d$ is the input sample, $\\mathbf{y} \\in \\mathbb{R}^k$ is one-hot (1 for the sample's class, 0 otherwise), and $\\sigma(\\mathbf{z}) := \\exp(\\mathbf{z}) / \\mathbf{1}^\\top\\exp(\\mathbf{z})$ is the softmax function. Derive the gradient $\\partial f / \\partial \\Theta$.",
  sources: [{ work: 'notes', where: 'Exercise 2: Multi-Class Logistic Regression' }],
  f: "-y'*log(softmax(Theta*x))",
  wrt: 'Theta',
  shapes: { Theta: 'kxd', x: 'd', y: 'k' },
  assume: { y: ['onehot'] },
  steps: [
    { f: "-y'*(Theta*x - ones(k)*log(ones(k)'*exp(Theta*x)))", by: ['log-softmax'] },
    { f: "-y'*Theta*x + log(ones(k)'*exp(Theta*x))", by: [], because: 'y is one-hot, so yᵀ1 = 1.' },
    {
      df: "-y'*dTheta*x + (ones(k)'*(exp(Theta*x) .* (dTheta*x)))/(ones(k)'*exp(Theta*x))",
      by: ['diff-product', 'diff-sum', 'diff-elementwise-exp', 'diff-elementwise-log'],
      because: 'd log(s) = ds/s for the scalar s = 1ᵀexp(Θx), and d exp(Θx) = exp(Θx) ⊙ (dΘ x).',
    },
    { df: "-y'*dTheta*x + (exp(Theta*x)'*dTheta*x)/(ones(k)'*exp(Theta*x))", by: ['hadamard-sum-inner'] },
    { df: "trace(x*(-y' + exp(Theta*x)'/(ones(k)'*exp(Theta*x)))*dTheta)", by: ['trace-scalar', 'trace-cyclic', 'trace-sum'] },
  ],
  gradient: {
    G: "(-y + softmax(Theta*x))*x'",
    by: ['trace-transpose'],
    because: 'Gᵀ = x(−yᵀ + exp(Θx)ᵀ/1ᵀexp(Θx)), and exp(Θx)/1ᵀexp(Θx) = σ(Θx).',
  },
  proves: 'softmax-regression',
});
