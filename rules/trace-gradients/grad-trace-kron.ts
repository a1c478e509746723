import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-kron',
  title: 'Gradient of Tr(A ⊗ X)',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}(\mathbf{A}\otimes\mathbf{X})}{\partial\mathbf{X}} = \mathrm{Tr}(\mathbf{A})\,\mathbf{I}`,
  f: 'trace(kron(A,X))',
  wrt: 'X',
  G: 'trace(A)*eye(n)',
  shapes: {
    A: 'mxm',
    X: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(105)',
    },
  ],
  explanation: '$\\mathrm{Tr}(\\mathbf{A}\\otimes\\mathbf{X}) = \\mathrm{Tr}(\\mathbf{A})\\,\\mathrm{Tr}(\\mathbf{X})$.',
  derivedFrom: ['kron-trace', 'grad-trace'],
  mistakes: [
    {
      id: 'size-for-trace',
      claim: 'm*eye(n)',
      why: 'The factor is Tr A, not the size of A (that would be Tr(I_m ⊗ X)).',
    },
    {
      id: 'factor-dropped',
      claim: 'eye(n)',
      why: 'Tr(A ⊗ X) = Tr(A)·Tr(X): the factor Tr A stays.',
    },
  ],
});
