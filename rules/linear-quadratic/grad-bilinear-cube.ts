import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-bilinear-cube',
  title: 'Gradient of aᵀX³b',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathbf{a}^\top\mathbf{X}^3\mathbf{b}}{\partial\mathbf{X}} = \mathbf{a}\mathbf{b}^\top(\mathbf{X}^2)^\top + \mathbf{X}^\top\mathbf{a}\mathbf{b}^\top\mathbf{X}^\top + (\mathbf{X}^2)^\top\mathbf{a}\mathbf{b}^\top`,
  f: "a'*X^3*b",
  wrt: 'X',
  G: "a*b'*(X^2)' + X'*a*b'*X' + (X^2)'*a*b'",
  shapes: {
    a: 'n',
    X: 'nxn',
    b: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(91)',
    },
  ],
  explanation: 'The case n = 3 of the Cookbook’s (91), $\\sum_{r=0}^{n-1}(\\mathbf{X}^r)^\\top\\mathbf{a}\\mathbf{b}^\\top(\\mathbf{X}^{n-1-r})^\\top$.',
  derivedFrom: ['diff-cube'],
  mistakes: [
    {
      id: 'commuted',
      claim: "3*(X^2)'*a*b'",
      why: '3(X²)ᵀabᵀ treats X as commuting with abᵀ; each position of dX gives its own term.',
    },
  ],
});
