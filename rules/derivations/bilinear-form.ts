import { defineDerivation } from './schema.js';

export default defineDerivation({
  id: 'bilinear-form',
  title: 'Worked example: the gradient of aᵀXb',
  problem: 'Calculate the gradient of $f(\\mathbf{X}) := \\mathbf{a}^\\top\\mathbf{X}\\mathbf{b}$ with respect to the matrix $\\mathbf{X} \\in \\mathbb{R}^{m\\times n}$.',
  sources: [{ work: 'notes', where: 'Matrix Differentiation, worked example f(X) = aᵀXb' }],
  f: "a'*X*b",
  wrt: 'X',
  shapes: { a: 'm', X: 'mxn', b: 'n' },
  steps: [
    { df: "a'*dX*b", by: ['diff-product'], because: 'a and b are constants: da = 0 and db = 0.' },
    { df: "trace(a'*dX*b)", by: ['trace-scalar'] },
    { df: "trace(b*a'*dX)", by: ['trace-cyclic'] },
  ],
  gradient: { G: "a*b'", by: ['trace-transpose'], because: 'Tr(Gᵀ dX) = Tr(b aᵀ dX) gives Gᵀ = b aᵀ, so G = (b aᵀ)ᵀ = a bᵀ.' },
  proves: 'grad-bilinear-matrix',
});
