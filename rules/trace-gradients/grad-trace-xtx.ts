import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-xtx',
  title: 'Gradient of Tr(XᵀX)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{X}^\top\mathbf{X})}{\partial\mathbf{X}} = 2\mathbf{X}`,
  f: "trace(X'*X)",
  wrt: 'X',
  G: '2*X',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(115)',
    },
  ],
  explanation: '$\\mathrm{Tr}(\\mathbf{X}^\\top\\mathbf{X}) = \\|\\mathbf{X}\\|_F^2 = \\sum_{ij}X_{ij}^2$.',
  derivedFrom: ['frobenius-norm-trace', 'grad-trace-xtbx'],
  mistakes: [
    {
      id: 'dropped-two',
      claim: 'X',
      why: 'Each entry enters squared: ∂X²ᵢⱼ/∂Xᵢⱼ = 2Xᵢⱼ.',
    },
    {
      id: 'transposed',
      claim: "2*X'",
      why: 'Tr(XᵀX) is not Tr(X²): no entry is paired with its mirror, so there is no transpose (and Xᵀ has the wrong shape).',
    },
  ],
});
