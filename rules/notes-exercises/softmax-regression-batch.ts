import { defineRule } from '../schema.js';

export default defineRule({
  id: 'softmax-regression-batch',
  title: "Softmax regression, m samples (the notes' open question)",
  area: 'notes-exercises',
  kind: 'gradient',
  latex: String.raw`f(\Theta) = -\sum_{i=1}^{m} \mathbf{y}_i^\top \log \operatorname{softmax}(\Theta\mathbf{x}_i),\qquad \frac{\partial f}{\partial \Theta} = (\operatorname{softmax}(\Theta\mathbf{X}) - \mathbf{Y})\,\mathbf{X}^\top`,
  f: '-sum(Y .* log(softmax(Theta*X)))',
  wrt: 'Theta',
  G: "(softmax(Theta*X) - Y)*X'",
  shapes: {
    Theta: 'kxd',
    X: 'dxm',
    Y: 'kxm',
  },
  assume: {
    Y: ['onehot'],
  },
  sources: [
    {
      work: 'notes',
      where: 'Exercise 2, "How about multi-sample case?" (answered here)',
    },
  ],
  explanation:
    'The samples are the columns of $\\mathbf{X}$ and the one-hot labels the columns of $\\mathbf{Y}$; $\\sigma$ acts column by column. The loss is a sum of one-sample losses, so the gradient is $\\sum_i(\\sigma(\\Theta\\mathbf{x}_i) - \\mathbf{y}_i)\\mathbf{x}_i^\\top$, which is the matrix product $(\\sigma(\\Theta\\mathbf{X}) - \\mathbf{Y})\\mathbf{X}^\\top$.',
  derivedFrom: ['softmax-regression'],
  mistakes: [
    {
      id: 'transposed',
      claim: "X*(softmax(Theta*X) - Y)'",
      why: 'That is Gᵀ (d×k), read off without the transpose.',
      shapes: {
        Theta: 'kxk',
        X: 'kxm',
      },
    },
    {
      id: 'elementwise-instead-of-product',
      claim: '(softmax(Theta*X) - Y) .* (ones(k)*sum(X))',
      why: 'The sum over samples is a matrix product with Xᵀ, not an entrywise weighting.',
    },
  ],
});
