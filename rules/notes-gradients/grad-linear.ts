import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-linear',
  title: 'Gradient of a linear function',
  area: 'notes-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\, \mathbf{c}^\top \mathbf{x}}{\partial \mathbf{x}} = \mathbf{c}`,
  f: "c'*x",
  wrt: 'x',
  G: 'c',
  shapes: {
    c: 'n',
    x: 'n',
  },
  sources: [
    {
      work: 'notes',
      where: 'Matrix Differentiation, commonly used results (1)',
    },
  ],
  explanation:
    'With $f = \\mathbf{c}^\\top\\mathbf{x}$, $df = \\mathbf{c}^\\top d\\mathbf{x} = \\mathrm{Tr}(\\mathbf{c}^\\top d\\mathbf{x})$, so by equation (1) the gradient is $\\mathbf{c}$, a column like $\\mathbf{x}$.',
  mistakes: [
    {
      id: 'row-vector',
      claim: "c'",
      why: "Numerator layout: the gradient of a scalar by a column vector is a column of x's shape (denominator layout), not the row cᵀ.",
    },
    {
      id: 'depends-on-x',
      claim: "c'*x*c",
      why: 'The function is linear, so its gradient cannot depend on x; this multiplies c by the value of f.',
    },
  ],
});
