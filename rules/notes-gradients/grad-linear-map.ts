import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-linear-map',
  title: 'Gradient of a linear map (∂Ax/∂x = Aᵀ)',
  area: 'notes-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\, \mathbf{A}\mathbf{x}}{\partial \mathbf{x}} = \mathbf{A}^\top \quad\text{i.e.}\quad \nabla_{\mathbf{x}}\, \mathbf{u}^\top\mathbf{A}\mathbf{x} = \mathbf{A}^\top\mathbf{u}\ \text{for every}\ \mathbf{u}`,
  f: "u'*A*x",
  wrt: 'x',
  G: "A'*u",
  shapes: {
    u: 'm',
    A: 'mxn',
    x: 'n',
  },
  sources: [
    {
      work: 'notes',
      where: 'Matrix Differentiation, commonly used results (3)',
    },
  ],
  explanation:
    'In denominator layout the derivative of the vector $\\mathbf{A}\\mathbf{x}$ by $\\mathbf{x}$ is the $n\\times m$ matrix $\\mathbf{A}^\\top$. A scalar statement that says the same: for every fixed $\\mathbf{u}$, the gradient of $\\mathbf{u}^\\top\\mathbf{A}\\mathbf{x}$ is $\\mathbf{A}^\\top\\mathbf{u}$. The differential form is the rule *diff-linear-map*.',
  derivedFrom: ['diff-linear-map'],
  equivalent: ["(u'*A)'"],
  mistakes: [
    {
      id: 'missing-transpose',
      claim: 'A*u',
      why: 'Numerator layout carried over: Jacobian A instead of its transpose; the sizes only agree when A is square, and then the numbers differ.',
      shapes: {
        u: 'n',
        A: 'nxn',
      },
    },
  ],
});
