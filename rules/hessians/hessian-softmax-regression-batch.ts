import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-softmax-regression-batch',
  title: 'Hessian of softmax regression, two samples',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`f(\mathbf{W}) = -\sum_{i=1}^{2}\mathbf{y}_i^\top\log\operatorname{softmax}(\mathbf{W}\mathbf{x}_i):\quad d(\nabla f) = \sum_{i=1}^{2}\big(\operatorname{diag}(\mathbf{p}_i) - \mathbf{p}_i\mathbf{p}_i^\top\big)\,d\mathbf{W}\,\mathbf{x}_i\mathbf{x}_i^\top,\quad \mathbf{p}_i = \operatorname{softmax}(\mathbf{W}\mathbf{x}_i)`,
  f: "-y1'*log(softmax(W*x1)) - y2'*log(softmax(W*x2))",
  wrt: 'W',
  H: "(diag(softmax(W*x1)) - softmax(W*x1)*softmax(W*x1)')*dW*x1*x1' + (diag(softmax(W*x2)) - softmax(W*x2)*softmax(W*x2)')*dW*x2*x2'",
  G: "(softmax(W*x1) - y1)*x1' + (softmax(W*x2) - y2)*x2'",
  shapes: { W: 'kxd', x1: 'd', x2: 'd', y1: 'k', y2: 'k' },
  assume: { y1: ['onehot'], y2: ['onehot'] },
  sources: [{ work: 'notes', where: 'Exercise 2, "How about multi-sample case?" (the gradient; its differential is taken here)' }, { work: 'standard' }],
  explanation:
    'A sum of one-sample losses has the sum of their Hessians. Each sample keeps its own $\\mathbf{p}_i$: the Hessian does not factor into one softmax Jacobian times $\\mathbf{X}\\mathbf{X}^\\top$.',
  derivedFrom: ['hessian-softmax-regression', 'multinomial-logistic-two-samples'],
  mistakes: [
    {
      id: 'one-jacobian-for-all',
      claim: "(diag(softmax(W*x1)) - softmax(W*x1)*softmax(W*x1)')*dW*(x1*x1' + x2*x2')",
      why: 'The softmax Jacobian depends on the sample: diag(pᵢ) − pᵢpᵢᵀ cannot be factored out of the sum over samples.',
    },
    { id: 'one-sample', claim: "(diag(softmax(W*x1)) - softmax(W*x1)*softmax(W*x1)')*dW*x1*x1'", why: "The second sample's term is missing: the Hessian of a sum is the sum of the Hessians." },
  ],
});
