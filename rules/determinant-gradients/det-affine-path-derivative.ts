import { defineRule } from '../schema.js';

export default defineRule({
  id: 'det-affine-path-derivative',
  title: 'Derivative of det(A + xB) along x',
  area: 'determinant-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{d\det(\mathbf{A} + x\mathbf{B})}{dx} = \det(\mathbf{A} + x\mathbf{B})\,\mathrm{Tr}\big[(\mathbf{A} + x\mathbf{B})^{-1}\mathbf{B}\big]`,
  f: 'det(A + x*B)',
  wrt: 'x',
  G: 'det(A + x*B)*trace(inv(A + x*B)*B)',
  shapes: {
    A: 'nxn',
    B: 'nxn',
    x: '1',
  },
  assume: {
    A: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(46)',
    },
  ],
  explanation:
    'The Cookbook’s (46), $\\partial\\det(\\mathbf{Y})/\\partial x = \\det(\\mathbf{Y})\\mathrm{Tr}[\\mathbf{Y}^{-1}\\partial\\mathbf{Y}/\\partial x]$, for the path $\\mathbf{Y}(x) = \\mathbf{A} + x\\mathbf{B}$.',
  derivedFrom: ['diff-det'],
  mistakes: [
    {
      id: 'det-dropped',
      claim: 'trace(inv(A + x*B)*B)',
      why: 'That is the derivative of ln|det Y|; the derivative of det Y carries the factor det Y.',
    },
  ],
});
