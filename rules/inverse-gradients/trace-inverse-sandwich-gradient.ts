import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-inverse-sandwich-gradient',
  title: 'Gradient of Tr(AX⁻¹B)',
  area: 'inverse-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{A}\mathbf{X}^{-1}\mathbf{B})}{\partial\mathbf{X}} = -(\mathbf{X}^{-1}\mathbf{B}\mathbf{A}\mathbf{X}^{-1})^\top = -\mathbf{X}^{-\top}\mathbf{A}^\top\mathbf{B}^\top\mathbf{X}^{-\top}`,
  f: 'trace(A*inv(X)*B)',
  wrt: 'X',
  G: "-(inv(X)*B*A*inv(X))'",
  shapes: {
    A: 'mxn',
    X: 'nxn',
    B: 'nxm',
  },
  assume: {
    X: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(63), (124)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-matrix identities',
    },
  ],
  explanation:
    '$df = -\\mathrm{Tr}(\\mathbf{A}\\mathbf{X}^{-1}d\\mathbf{X}\\,\\mathbf{X}^{-1}\\mathbf{B}) = -\\mathrm{Tr}(\\mathbf{X}^{-1}\\mathbf{B}\\mathbf{A}\\mathbf{X}^{-1}d\\mathbf{X})$ by the cyclic rule.',
  derivedFrom: ['diff-inverse', 'trace-cyclic'],
  mistakes: [
    {
      id: 'missing-transpose',
      claim: '-inv(X)*B*A*inv(X)',
      why: 'The factor in front of dX in the trace is Gᵀ; it must be transposed.',
    },
    {
      id: 'sign',
      claim: "(inv(X)*B*A*inv(X))'",
      why: 'The minus sign of d(X⁻¹) is lost.',
    },
    {
      id: 'not-cycled',
      claim: "-(inv(X)*A*B*inv(X))'",
      why: 'Cycling Tr(A X⁻¹dX X⁻¹B) brings B in front of A: X⁻¹BA X⁻¹, not X⁻¹AB X⁻¹ (which does not even fit unless m = n).',
    },
  ],
});
