import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-inverse-shifted-gradient',
  title: 'Gradient of Tr((X + A)⁻¹)',
  area: 'inverse-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}((\mathbf{X}+\mathbf{A})^{-1})}{\partial\mathbf{X}} = -\big((\mathbf{X}+\mathbf{A})^{-1}(\mathbf{X}+\mathbf{A})^{-1}\big)^\top`,
  f: 'trace(inv(X + A))',
  wrt: 'X',
  G: "-(inv(X + A)*inv(X + A))'",
  shapes: {
    X: 'nxn',
    A: 'nxn',
  },
  assume: {
    X: ['invertible'],
    A: ['spd'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(64)',
    },
  ],
  explanation:
    'With $\\mathbf{Y} = \\mathbf{X}+\\mathbf{A}$: $d\\,\\mathrm{Tr}(\\mathbf{Y}^{-1}) = -\\mathrm{Tr}(\\mathbf{Y}^{-1}d\\mathbf{X}\\,\\mathbf{Y}^{-1}) = -\\mathrm{Tr}(\\mathbf{Y}^{-2}d\\mathbf{X})$. The assumptions only keep $\\mathbf{X}+\\mathbf{A}$ invertible in most draws; the identity needs nothing more.',
  derivedFrom: ['diff-inverse', 'trace-cyclic'],
  mistakes: [
    {
      id: 'missing-transpose',
      claim: '-inv(X + A)*inv(X + A)',
      why: 'The gradient is the transpose of −(X + A)⁻²; they differ when X + A is not symmetric.',
    },
    {
      id: 'sign',
      claim: "(inv(X + A)*inv(X + A))'",
      why: 'The minus sign of d(Y⁻¹) is lost.',
    },
    {
      id: 'one-inverse',
      claim: "-inv(X + A)'",
      why: 'That is the gradient of log|det(X + A)| with a minus sign; the trace of the inverse brings two inverses.',
    },
  ],
});
