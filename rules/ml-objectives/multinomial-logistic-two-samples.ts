import { defineRule } from '../schema.js';

export default defineRule({
  id: 'multinomial-logistic-two-samples',
  title: 'Multinomial logistic regression, several samples',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{W}}\textstyle\sum_i\big[-\mathbf{y}_i^\top\log\mathrm{softmax}(\mathbf{W}\mathbf{x}_i)\big] = \sum_i(\mathrm{softmax}(\mathbf{W}\mathbf{x}_i) - \mathbf{y}_i)\,\mathbf{x}_i^\top,\quad\text{checked with two samples}`,
  f: "-y1'*log(softmax(W*x1)) - y2'*log(softmax(W*x2))",
  wrt: 'W',
  G: "(softmax(W*x1) - y1)*x1' + (softmax(W*x2) - y2)*x2'",
  shapes: {
    W: 'kxn',
    x1: 'n',
    x2: 'n',
    y1: 'k',
    y2: 'k',
  },
  assume: {
    y1: ['onehot'],
    y2: ['onehot'],
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'Gradients of a sum add up; with the samples as columns this is the notes’ batch rule $(\\sigma(\\mathbf{W}\\mathbf{X}) - \\mathbf{Y})\\mathbf{X}^\\top$.',
  derivedFrom: ['multinomial-logistic-gradient', 'softmax-regression-batch'],
  mistakes: [
    {
      id: 'without-onehot',
      claim: "(softmax(W*x1) - y1)*x1' + (softmax(W*x2) - y2)*x2'",
      why: 'Labels that do not sum to 1 need (1ᵀyᵢ)·pᵢ − yᵢ.',
      assume: {},
    },
    {
      id: 'inputs-swapped',
      claim: "(softmax(W*x1) - y1)*x2' + (softmax(W*x2) - y2)*x1'",
      why: 'Each residual pairs with its own input.',
    },
    {
      id: 'one-sample',
      claim: "(softmax(W*x1) - y1)*x1'",
      why: 'Both samples contribute to the loss and to its gradient.',
    },
  ],
});
