import { defineRule } from '../schema.js';

export default defineRule({
  id: 'softmax-regression-batch-mean',
  title: 'Softmax regression, m samples, mean loss',
  area: 'notes-exercises',
  kind: 'gradient',
  latex: String.raw`f(\Theta) = -\frac1m\sum_{i=1}^{m} \mathbf{y}_i^\top \log \operatorname{softmax}(\Theta\mathbf{x}_i),\qquad \frac{\partial f}{\partial \Theta} = \frac1m(\operatorname{softmax}(\Theta\mathbf{X}) - \mathbf{Y})\,\mathbf{X}^\top`,
  f: '-sum(Y .* log(softmax(Theta*X)))/m',
  wrt: 'Theta',
  G: "(softmax(Theta*X) - Y)*X'/m",
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
      where: 'Exercise 2, multi-sample case with the mean loss',
    },
  ],
  derivedFrom: ['softmax-regression-batch'],
  mistakes: [
    {
      id: 'forgot-mean',
      claim: "(softmax(Theta*X) - Y)*X'",
      why: 'The 1/m of the mean carries over to the gradient.',
    },
  ],
});
