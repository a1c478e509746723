import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-cyclic-three',
  title: 'Trace of a product of three matrices is cyclic',
  area: 'algebra',
  kind: 'identity',
  latex: String.raw`\mathrm{Tr}(\mathbf{A}\mathbf{B}\mathbf{C}) = \mathrm{Tr}(\mathbf{B}\mathbf{C}\mathbf{A}) = \mathrm{Tr}(\mathbf{C}\mathbf{A}\mathbf{B})`,
  lhs: 'trace(A*B*C)',
  rhs: 'trace(B*C*A)',
  shapes: {
    A: 'mxn',
    B: 'nxp',
    C: 'pxm',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(16)',
    },
  ],
  explanation: 'Only cyclic permutations are allowed: $\\mathrm{Tr}(\\mathbf{A}\\mathbf{C}\\mathbf{B})$ differs in general, even for square matrices.',
  derivedFrom: ['trace-cyclic'],
  mistakes: [
    {
      id: 'any-permutation',
      claim: 'trace(A*C*B)',
      why: 'Swapping two factors is not a cyclic move: Tr(ACB) ≠ Tr(ABC) in general, and for these sizes it is not even defined.',
      shapes: {
        A: 'nxn',
        B: 'nxn',
        C: 'nxn',
      },
    },
    {
      id: 'reversed',
      claim: 'trace(C*B*A)',
      why: 'Reversing the order is not a cyclic move: Tr(CBA) = Tr(AᵀBᵀCᵀ), which differs from Tr(ABC) unless the factors are symmetric (and here is not even defined).',
    },
  ],
});
