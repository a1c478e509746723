import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-xa',
  title: 'Gradient of Tr(XA)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{X}\mathbf{A})}{\partial\mathbf{X}} = \mathbf{A}^\top`,
  f: 'trace(X*A)',
  wrt: 'X',
  G: "A'",
  shapes: {
    X: 'mxn',
    A: 'nxm',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(100)',
    },
  ],
  derivedFrom: ['trace-cyclic'],
  mistakes: [
    {
      id: 'numerator-layout',
      claim: 'A',
      why: 'A is the derivative in numerator layout; under df = Tr(Gᵀ dX) the gradient is Aᵀ.',
      shapes: {
        X: 'nxn',
        A: 'nxn',
      },
    },
  ],
});
