import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-squared-norm',
  title: 'Gradient of the squared Euclidean norm',
  area: 'notes-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial \|\mathbf{x}\|^2}{\partial \mathbf{x}} = \frac{\partial\, \mathbf{x}^\top\mathbf{x}}{\partial \mathbf{x}} = 2\mathbf{x}`,
  f: "x'*x",
  wrt: 'x',
  G: '2*x',
  shapes: {
    x: 'n',
  },
  sources: [
    {
      work: 'notes',
      where: 'Matrix Differentiation, commonly used results (2)',
    },
    {
      work: 'cookbook',
      where: '(131)',
    },
  ],
  explanation:
    '$d(\\mathbf{x}^\\top\\mathbf{x}) = d\\mathbf{x}^\\top\\mathbf{x} + \\mathbf{x}^\\top d\\mathbf{x} = 2\\mathbf{x}^\\top d\\mathbf{x}$: both factors depend on $\\mathbf{x}$, hence the 2.',
  mistakes: [
    {
      id: 'dropped-factor-two',
      claim: 'x',
      why: 'Only one factor of xᵀx was differentiated; the product rule gives two equal terms.',
    },
    {
      id: 'norm-not-squared',
      claim: 'x/norm(x)',
      why: 'That is the gradient of ‖x‖, not of ‖x‖².',
    },
  ],
});
