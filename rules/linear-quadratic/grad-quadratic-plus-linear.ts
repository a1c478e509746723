import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-quadratic-plus-linear',
  title: 'Gradient of xᵀAx + bᵀx',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{x}}(\mathbf{x}^\top\mathbf{A}\mathbf{x} + \mathbf{b}^\top\mathbf{x}) = (\mathbf{A}+\mathbf{A}^\top)\mathbf{x} + \mathbf{b}`,
  f: "x'*A*x + b'*x",
  wrt: 'x',
  G: "(A + A')*x + b",
  shapes: {
    x: 'n',
    A: 'nxn',
    b: 'n',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(96)–(97)',
    },
  ],
  explanation: 'Setting it to zero gives the minimiser $\\mathbf{x} = -(\\mathbf{A}+\\mathbf{A}^\\top)^{-1}\\mathbf{b}$ when $\\mathbf{A}+\\mathbf{A}^\\top$ is positive definite.',
  derivedFrom: ['grad-xtbx', 'grad-inner-product'],
  mistakes: [
    {
      id: 'two-ax',
      claim: '2*A*x + b',
      why: '2Ax holds only for a symmetric A.',
    },
    {
      id: 'linear-term-dropped',
      claim: "(A + A')*x",
      why: 'The linear term bᵀx contributes b.',
    },
  ],
});
