import { defineDerivation } from './schema.js';

export default defineDerivation({
  id: 'softmax-regression-batch',
  title: 'Exercise 2, extended: softmax regression over m samples',
  problem:
    'The notes end Exercise 2 with a question: the loss is for one sample; how about several? Put the $m$ samples as the columns of $\\mathbf{X} \\in \\mathbb{R}^{d\\times m}$ and their one-hot labels as the columns of $\\mathbf{Y} \\in \\mathbb{R}^{k\\times m}$, let $\\sigma$ act column by column, and sum the one-sample losses: $f(\\Theta) = -\\sum_{i} \\mathbf{y}_i^\\top\\log\\sigma(\\Theta\\mathbf{x}_i) = -\\operatorname{sum}(\\mathbf{Y} \\odot \\log\\sigma(\\Theta\\mathbf{X}))$. Derive $\\partial f/\\partial\\Theta$ the same way.',
  sources: [{ work: 'notes', where: 'Exercise 2, closing question (multi-sample case)' }],
  f: '-sum(Y .* log(softmax(Theta*X)))',
  wrt: 'Theta',
  shapes: { Theta: 'kxd', X: 'dxm', Y: 'kxm' },
  assume: { Y: ['onehot'] },
  steps: [
    { f: "-sum(Y .* (Theta*X - ones(k)*log(ones(k)'*exp(Theta*X))))", by: ['log-softmax'], because: 'The identity applied to every column z = Θxᵢ.' },
    { f: "-sum(Y .* (Theta*X)) + sum(log(ones(k)'*exp(Theta*X)))", by: [], because: 'Every column of Y is one-hot, so 1ᵀY = 1ᵀ: the sum of Y ⊙ (1 rᵀ) is the sum of r.' },
    {
      df: "-sum(Y .* (dTheta*X)) + sum((ones(k)'*(exp(Theta*X) .* (dTheta*X))) ./ (ones(k)'*exp(Theta*X)))",
      by: ['diff-product', 'diff-sum', 'diff-elementwise-exp', 'diff-elementwise-log'],
      because: 'Column by column as in the one-sample case: d log(sᵢ) = dsᵢ/sᵢ with sᵢ = 1ᵀexp(Θxᵢ).',
    },
    {
      df: "-sum(Y .* (dTheta*X)) + sum((exp(Theta*X) ./ (ones(k)*(ones(k)'*exp(Theta*X)))) .* (dTheta*X))",
      by: ['hadamard-sum-inner'],
      because: 'Dividing column i by sᵢ before or after summing it is the same.',
    },
    { df: 'sum((softmax(Theta*X) - Y) .* (dTheta*X))', by: [], because: 'exp(Θxᵢ)/sᵢ = σ(Θxᵢ), column by column; the two sums combine.' },
    { df: "trace((softmax(Theta*X) - Y)'*dTheta*X)", by: ['trace-hadamard'], because: 'sum(A ⊙ B) = Tr(AᵀB): trace rule (5) with X the all-ones matrix.' },
    { df: "trace(X*(softmax(Theta*X) - Y)'*dTheta)", by: ['trace-cyclic'] },
  ],
  gradient: { G: "(softmax(Theta*X) - Y)*X'", by: ['trace-transpose'], because: 'Gᵀ = X(σ(ΘX) − Y)ᵀ.' },
  proves: 'softmax-regression-batch',
  remark:
    'Each sample contributes its own $(\\sigma(\\Theta\\mathbf{x}_i) - \\mathbf{y}_i)\\mathbf{x}_i^\\top$; the matrix product $(\\sigma(\\Theta\\mathbf{X}) - \\mathbf{Y})\\mathbf{X}^\\top$ adds them up. Dividing the loss by $m$ (the mean) divides the gradient by $m$.',
});
