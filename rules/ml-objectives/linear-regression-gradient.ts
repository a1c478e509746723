import { defineRule } from '../schema.js';

export default defineRule({
  id: 'linear-regression-gradient',
  title: 'Linear regression: gradient of the squared error',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{w}}\|\mathbf{X}\mathbf{w}-\mathbf{y}\|^2 = 2\mathbf{X}^\top(\mathbf{X}\mathbf{w}-\mathbf{y})`,
  f: "norm(X*w - y,'fro')^2",
  wrt: 'w',
  G: "2*X'*(X*w - y)",
  shapes: {
    X: 'mxn',
    w: 'n',
    y: 'm',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(84) with W = I',
    },
  ],
  explanation: 'The notes’ Exercise 1 with the usual machine-learning names: rows of $\\mathbf{X}$ are samples, $\\mathbf{w}$ the weights.',
  derivedFrom: ['least-squares'],
  mistakes: [
    {
      id: 'mean-loss-gradient',
      claim: "2*X'*(X*w - y)/m",
      why: 'Dividing by the number of samples is the gradient of the mean squared error, not of the sum.',
    },
    {
      id: 'design-not-transposed',
      claim: '2*X*(X*w - y)',
      why: 'The residual is pulled back through Xᵀ; X(Xw − y) does not even fit unless m = n.',
    },
  ],
});
