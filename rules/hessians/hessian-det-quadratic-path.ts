import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-det-quadratic-path',
  title: 'Second derivative of det Y(x) along a quadratic path',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`\frac{d^2\det\mathbf{Y}}{dx^2} = \det(\mathbf{Y})\Big[\mathrm{Tr}\big[\mathbf{Y}^{-1}\mathbf{Y}''\big] + \mathrm{Tr}\big[\mathbf{Y}^{-1}\mathbf{Y}'\big]^2 - \mathrm{Tr}\big[(\mathbf{Y}^{-1}\mathbf{Y}')^2\big]\Big],\quad \mathbf{Y} = \mathbf{A} + x\mathbf{B} + x^2\mathbf{C}`,
  f: 'det(A + x*B + x^2*C)',
  wrt: 'x',
  H: 'det(A + x*B + x^2*C)*(trace(inv(A + x*B + x^2*C)*2*C) + trace(inv(A + x*B + x^2*C)*(B + 2*x*C))^2 - trace(inv(A + x*B + x^2*C)*(B + 2*x*C)*inv(A + x*B + x^2*C)*(B + 2*x*C)))',
  shapes: {
    A: 'nxn',
    B: 'nxn',
    C: 'nxn',
    x: '1',
  },
  assume: {
    A: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(48)',
    },
  ],
  explanation:
    "The Cookbook’s (48) for the path $\\mathbf{Y}(x) = \\mathbf{A} + x\\mathbf{B} + x^2\\mathbf{C}$, so that $\\mathbf{Y}' = \\mathbf{B} + 2x\\mathbf{C}$ and $\\mathbf{Y}'' = 2\\mathbf{C}$.",
  derivedFrom: ['det-affine-path-derivative'],
  mistakes: [
    {
      id: 'square-of-trace-dropped',
      claim: 'det(A + x*B + x^2*C)*(trace(inv(A + x*B + x^2*C)*2*C) - trace(inv(A + x*B + x^2*C)*(B + 2*x*C)*inv(A + x*B + x^2*C)*(B + 2*x*C)))',
      why: 'Differentiating det(Y)·Tr[Y⁻¹Y′] again, the factor det(Y) brings its own derivative det(Y)·Tr[Y⁻¹Y′]: the square of the trace.',
    },
  ],
});
