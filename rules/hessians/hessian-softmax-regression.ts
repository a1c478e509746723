import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-softmax-regression',
  title: 'Hessian of softmax regression, one sample',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`f(\mathbf{W}) = -\mathbf{y}^\top\log\operatorname{softmax}(\mathbf{W}\mathbf{x}):\quad d(\nabla f) = \big(\operatorname{diag}(\mathbf{p}) - \mathbf{p}\mathbf{p}^\top\big)\,d\mathbf{W}\,\mathbf{x}\mathbf{x}^\top,\quad \mathbf{p} = \operatorname{softmax}(\mathbf{W}\mathbf{x})`,
  f: "-y'*log(softmax(W*x))",
  wrt: 'W',
  H: "(diag(softmax(W*x)) - softmax(W*x)*softmax(W*x)')*dW*x*x'",
  G: "(softmax(W*x) - y)*x'",
  shapes: { W: 'kxd', x: 'd', y: 'k' },
  assume: { y: ['onehot'] },
  sources: [{ work: 'notes', where: 'Exercise 2 (the gradient; its differential is taken here)' }, { work: 'standard' }],
  explanation:
    'The gradient $(\\mathbf{p} - \\mathbf{y})\\mathbf{x}^\\top$ depends on $\\mathbf{W}$ only through $\\mathbf{p}$, and $d\\mathbf{p} = (\\operatorname{diag}(\\mathbf{p}) - \\mathbf{p}\\mathbf{p}^\\top)\\,d\\mathbf{W}\\,\\mathbf{x}$. As a matrix on $\\operatorname{vec}\\mathbf{W}$ it is $\\mathbf{x}\\mathbf{x}^\\top\\otimes(\\operatorname{diag}(\\mathbf{p}) - \\mathbf{p}\\mathbf{p}^\\top)$; the labels do not appear.',
  derivedFrom: ['softmax-regression', 'diff-softmax'],
  mistakes: [
    { id: 'outer-product-dropped', claim: "diag(softmax(W*x))*dW*x*x'", why: 'The softmax Jacobian is diag(p) − ppᵀ; without −ppᵀ it is the Jacobian of exp, not of a normalised distribution.' },
    { id: 'input-dropped', claim: "(diag(softmax(W*x)) - softmax(W*x)*softmax(W*x)')*dW", why: 'dW acts through W·x, and the gradient carries another xᵀ: the map needs dW·x·xᵀ.' },
    { id: 'labels-kept', claim: "(diag(softmax(W*x) - y) - (softmax(W*x) - y)*softmax(W*x)')*dW*x*x'", why: 'The labels are constant: y disappears when the gradient (p − y)xᵀ is differentiated.' },
  ],
});
