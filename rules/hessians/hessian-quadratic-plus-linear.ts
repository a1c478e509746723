import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-quadratic-plus-linear',
  title: 'Hessian of xᵀAx + bᵀx',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`f = \mathbf{x}^\top\mathbf{A}\mathbf{x} + \mathbf{b}^\top\mathbf{x}:\quad \frac{\partial^2 f}{\partial\mathbf{x}\,\partial\mathbf{x}^\top} = \mathbf{A} + \mathbf{A}^\top`,
  f: "x'*A*x + b'*x",
  wrt: 'x',
  H: "A + A'",
  G: "(A + A')*x + b",
  shapes: {
    x: 'n',
    A: 'nxn',
    b: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(98)',
    },
  ],
  explanation: 'The Cookbook’s (96)–(98): the linear term has no curvature, and the quadratic one gives $\\mathbf{A} + \\mathbf{A}^\\top$ whatever A.',
  derivedFrom: ['grad-quadratic-plus-linear'],
  mistakes: [
    {
      id: 'two-a',
      claim: '2*A',
      why: '2A is the Hessian only for a symmetric A; along two independent directions it is caught for any other A.',
    },
  ],
});
