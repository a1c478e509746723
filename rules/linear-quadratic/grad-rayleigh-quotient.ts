import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-rayleigh-quotient',
  title: 'Gradient of the Rayleigh quotient ‖Ax‖²/‖Bx‖²',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\frac{\partial}{\partial\mathbf{x}}\frac{\mathbf{x}^\top\mathbf{A}^\top\mathbf{A}\mathbf{x}}{\mathbf{x}^\top\mathbf{B}^\top\mathbf{B}\mathbf{x}} = \frac{2\mathbf{A}^\top\mathbf{A}\mathbf{x}}{\mathbf{x}^\top\mathbf{B}^\top\mathbf{B}\mathbf{x}} - \frac{2\,\mathbf{x}^\top\mathbf{A}^\top\mathbf{A}\mathbf{x}\;\mathbf{B}^\top\mathbf{B}\mathbf{x}}{(\mathbf{x}^\top\mathbf{B}^\top\mathbf{B}\mathbf{x})^2}`,
  f: "(x'*A'*A*x)/(x'*B'*B*x)",
  wrt: 'x',
  G: "2*A'*A*x/(x'*B'*B*x) - 2*(x'*A'*A*x)*B'*B*x/(x'*B'*B*x)^2",
  shapes: {
    A: 'mxn',
    B: 'pxn',
    x: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(95)',
    },
  ],
  explanation:
    'The Cookbook’s (95) prints the first denominator as $\\mathbf{x}^\\top\\mathbf{B}\\mathbf{B}\\mathbf{x}$, which is wrong for a B that is not symmetric: the form checked here has $\\mathbf{B}^\\top\\mathbf{B}$.',
  mistakes: [
    {
      id: 'cookbook-95-as-printed',
      claim: "2*A'*A*x/(x'*B*B*x) - 2*(x'*A'*A*x)*B'*B*x/(x'*B'*B*x)^2",
      why: 'The Cookbook’s (95) as printed: xᵀBBx in place of xᵀBᵀBx, a dropped transpose.',
      shapes: {
        A: 'nxn',
        B: 'nxn',
      },
    },
  ],
});
