import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-quadratic-power',
  title: 'Gradient of aᵀ(X²)ᵀX²b',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathbf{a}^\top(\mathbf{X}^2)^\top\mathbf{X}^2\mathbf{b}}{\partial\mathbf{X}} = \mathbf{X}^2\mathbf{b}\mathbf{a}^\top\mathbf{X}^\top + \mathbf{X}^\top\mathbf{X}^2\mathbf{b}\mathbf{a}^\top + \mathbf{X}^2\mathbf{a}\mathbf{b}^\top\mathbf{X}^\top + \mathbf{X}^\top\mathbf{X}^2\mathbf{a}\mathbf{b}^\top`,
  f: "a'*(X^2)'*X^2*b",
  wrt: 'X',
  G: "X^2*b*a'*X' + X'*X^2*b*a' + X^2*a*b'*X' + X'*X^2*a*b'",
  shapes: {
    a: 'n',
    X: 'nxn',
    b: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(92)',
    },
  ],
  explanation: 'The case n = 2 of the Cookbook’s (92), corrected: the book prints the first term of its sum transposed.',
  mistakes: [
    {
      id: 'cookbook-92-as-printed',
      claim: "X*a*b'*(X^2)' + X^2*a*b'*X' + a*b'*(X^2)'*X + X'*X^2*a*b'",
      why: 'The Cookbook’s (92) as printed (n = 2): its first term is the transpose of the right one.',
    },
  ],
});
