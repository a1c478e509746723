import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-quadratic-form',
  title: 'Gradient of a quadratic form',
  area: 'notes-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\, \mathbf{x}^\top\mathbf{A}\mathbf{x}}{\partial \mathbf{x}} = (\mathbf{A}^\top + \mathbf{A})\mathbf{x}`,
  f: "x'*A*x",
  wrt: 'x',
  G: "(A' + A)*x",
  shapes: {
    x: 'n',
    A: 'nxn',
  },
  sources: [
    {
      work: 'notes',
      where: 'Matrix Differentiation, commonly used results (4)',
    },
  ],
  explanation:
    '$d(\\mathbf{x}^\\top\\mathbf{A}\\mathbf{x}) = d\\mathbf{x}^\\top\\mathbf{A}\\mathbf{x} + \\mathbf{x}^\\top\\mathbf{A}\\,d\\mathbf{x} = \\mathbf{x}^\\top(\\mathbf{A}^\\top+\\mathbf{A})\\,d\\mathbf{x}$. Only for symmetric $\\mathbf{A}$ does this become $2\\mathbf{A}\\mathbf{x}$.',
  equivalent: ["A'*x + A*x"],
  mistakes: [
    {
      id: 'two-ax-without-symmetry',
      claim: '2*A*x',
      why: '2Ax holds only when A is symmetric; for a general A the two terms of the product rule differ.',
    },
    {
      id: 'one-term',
      claim: 'A*x',
      why: 'Only the second factor was differentiated; x appears twice.',
    },
  ],
});
