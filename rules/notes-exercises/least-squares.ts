import { defineRule } from '../schema.js';

export default defineRule({
  id: 'least-squares',
  title: 'Exercise 1: least squares',
  area: 'notes-exercises',
  kind: 'gradient',
  latex: String.raw`f(\boldsymbol\theta) = \|\mathbf{X}\boldsymbol\theta - \mathbf{y}\|_2^2,\qquad \nabla_{\boldsymbol\theta} f = 2\mathbf{X}^\top(\mathbf{X}\boldsymbol\theta - \mathbf{y})`,
  f: "norm(X*theta - y,'fro')^2",
  wrt: 'theta',
  G: "2*X'*(X*theta - y)",
  shapes: {
    X: 'mxd',
    theta: 'd',
    y: 'm',
  },
  sources: [
    {
      work: 'notes',
      where: 'Exercise 1: Least Square',
    },
  ],
  derivedFrom: ['grad-least-squares-norm'],
  mistakes: [
    {
      id: 'row-vector',
      claim: "2*(X*theta - y)'*X",
      why: 'The last line of the derivation read off without transposing: 2(Xθ − y)ᵀX is the row dfᵀ/dθ, the gradient is its transpose.',
    },
    {
      id: 'dropped-factor-two',
      claim: "X'*(X*theta - y)",
      why: 'Both factors of (Xθ − y)ᵀ(Xθ − y) vary: the two terms add up to 2(Xθ − y)ᵀX dθ.',
    },
    {
      id: 'normal-equations-confused',
      claim: "2*(X'*X*theta - y)",
      why: 'Xᵀy, not y: the residual is multiplied by Xᵀ as a whole (and y has m entries, θ has d).',
    },
  ],
});
