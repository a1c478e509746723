import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-quadratic-form-symmetric',
  title: 'Gradient of a quadratic form, symmetric A',
  area: 'notes-gradients',
  kind: 'gradient',
  latex: String.raw`\mathbf{A} = \mathbf{A}^\top:\quad \frac{\partial\, \mathbf{x}^\top\mathbf{A}\mathbf{x}}{\partial \mathbf{x}} = 2\mathbf{A}\mathbf{x}`,
  f: "x'*A*x",
  wrt: 'x',
  G: '2*A*x',
  shapes: {
    x: 'n',
    A: 'nxn',
  },
  assume: {
    A: ['symmetric'],
  },
  sources: [
    {
      work: 'notes',
      where: 'Matrix Differentiation, commonly used results (4), with A symmetric',
    },
  ],
  derivedFrom: ['grad-quadratic-form'],
  mistakes: [
    {
      id: 'without-symmetry',
      claim: '2*A*x',
      assume: {},
      why: 'The same formula for a non-symmetric A: (Aᵀ + A)x ≠ 2Ax unless A = Aᵀ.',
    },
    {
      id: 'transposed-only',
      claim: "2*A'*x*x'",
      why: "Not a vector of x's shape: an outer product crept in.",
    },
  ],
});
