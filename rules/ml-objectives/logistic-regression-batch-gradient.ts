import { defineRule } from '../schema.js';

export default defineRule({
  id: 'logistic-regression-batch-gradient',
  title: 'Logistic regression, m samples',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\ell(\mathbf{w}) = -\textstyle\sum_i\big[y_i\log\sigma(\mathbf{x}_i^\top\mathbf{w}) + (1-y_i)\log(1-\sigma(\mathbf{x}_i^\top\mathbf{w}))\big],\qquad \nabla_{\mathbf{w}}\ell = \mathbf{X}^\top(\sigma(\mathbf{X}\mathbf{w}) - \mathbf{y})`,
  f: '-sum(y .* log(sigmoid(X*w)) + (1 - y) .* log(1 - sigmoid(X*w)))',
  wrt: 'w',
  G: "X'*(sigmoid(X*w) - y)",
  shapes: {
    X: 'mxn',
    w: 'n',
    y: 'm',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation:
    'The samples $\\mathbf{x}_i^\\top$ are the rows of $\\mathbf{X}$; the sum of the one-sample gradients $(\\sigma_i - y_i)\\mathbf{x}_i$ is the product $\\mathbf{X}^\\top(\\sigma - \\mathbf{y})$.',
  derivedFrom: ['logistic-regression-gradient'],
  mistakes: [
    {
      id: 'row-vector',
      claim: "(sigmoid(X*w) - y)'*X",
      why: 'That is the row dℓ/dwᵀ; the gradient is a column like w.',
    },
    {
      id: 'sign',
      claim: "X'*(y - sigmoid(X*w))",
      why: 'That is the negative gradient.',
    },
  ],
});
