import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-least-squares-norm',
  title: 'Gradient of ‖Ax − b‖²',
  area: 'notes-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial \|\mathbf{A}\mathbf{x} - \mathbf{b}\|^2}{\partial \mathbf{x}} = 2\mathbf{A}^\top(\mathbf{A}\mathbf{x} - \mathbf{b})`,
  f: "norm(A*x - b,'fro')^2",
  wrt: 'x',
  G: "2*A'*(A*x - b)",
  shapes: {
    A: 'mxn',
    x: 'n',
    b: 'm',
  },
  sources: [
    {
      work: 'notes',
      where: 'Matrix Differentiation, commonly used results (5)',
    },
  ],
  derivedFrom: ['grad-squared-norm', 'diff-linear-map'],
  equivalent: ["2*(A'*A*x - A'*b)", "-2*A'*(b - A*x)"],
  mistakes: [
    {
      id: 'dropped-factor-two',
      claim: "A'*(A*x - b)",
      why: 'The square contributes a factor 2 (product rule on rᵀr).',
    },
    {
      id: 'row-vector',
      claim: "2*(A*x - b)'*A",
      why: "That is dfᵀ's coefficient (a row); the gradient is its transpose, a column like x.",
    },
    {
      id: 'sign-of-residual',
      claim: "2*A'*(b - A*x)",
      why: "The residual's sign flipped: d‖Ax−b‖² = 2(Ax−b)ᵀA dx.",
    },
  ],
});
