import { defineRule } from '../schema.js';

export default defineRule({
  id: 'multinomial-logistic-gradient',
  title: 'Multinomial logistic regression, one sample',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{W}}\big[-\mathbf{y}^\top\log\mathrm{softmax}(\mathbf{W}\mathbf{x})\big] = (\mathrm{softmax}(\mathbf{W}\mathbf{x}) - \mathbf{y})\,\mathbf{x}^\top`,
  f: "-y'*log(softmax(W*x))",
  wrt: 'W',
  G: "(softmax(W*x) - y)*x'",
  shapes: {
    W: 'kxn',
    x: 'n',
    y: 'k',
  },
  assume: {
    y: ['onehot'],
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'The notes’ Exercise 2; the chain rule through $\\mathbf{z} = \\mathbf{W}\\mathbf{x}$ turns the logit gradient $\\mathbf{p}-\\mathbf{y}$ into an outer product with the input.',
  derivedFrom: ['softmax-regression', 'grad-cross-entropy-softmax'],
  mistakes: [
    {
      id: 'without-onehot',
      claim: "(softmax(W*x) - y)*x'",
      why: 'Labels that do not sum to 1 need (1ᵀy)·softmax(Wx) − y in place of softmax(Wx) − y.',
      assume: {},
    },
    {
      id: 'logit-gradient-only',
      claim: 'softmax(W*x) - y',
      why: 'That is the gradient with respect to the logits Wx; the chain rule to W multiplies by xᵀ.',
    },
    {
      id: 'log-probabilities',
      claim: "(log(softmax(W*x)) - y)*x'",
      why: 'The gradient involves the probabilities themselves, not their logarithms.',
    },
  ],
});
