import { defineRule } from '../schema.js';

export default defineRule({
  id: 'push-through-inverse',
  title: 'Push-through identity for (I + AB)⁻¹',
  area: 'inverse-updates',
  kind: 'identity',
  latex: String.raw`(\mathbf{I}_m + \mathbf{A}\mathbf{B})^{-1} = \mathbf{I}_m - \mathbf{A}(\mathbf{I}_n + \mathbf{B}\mathbf{A})^{-1}\mathbf{B}`,
  lhs: 'inv(eye(m) + A*B)',
  rhs: 'eye(m) - A*inv(eye(n) + B*A)*B',
  shapes: {
    A: 'mxn',
    B: 'nxm',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(166)',
    },
  ],
  explanation: 'An $m\\times m$ inverse traded for an $n\\times n$ one. Both inverses exist together, since $\\mathbf{A}\\mathbf{B}$ and $\\mathbf{B}\\mathbf{A}$ share their nonzero eigenvalues.',
  derivedFrom: ['woodbury-nonsymmetric'],
  mistakes: [
    {
      id: 'first-order-only',
      claim: 'eye(m) - A*B',
      why: 'I − AB is only the first term of the Neumann series; it is exact only when (AB)² = 0.',
    },
    {
      id: 'sign',
      claim: 'eye(m) + A*inv(eye(n) + B*A)*B',
      why: 'The correction is subtracted.',
    },
    {
      id: 'factors-swapped',
      claim: 'eye(m) - B*inv(eye(n) + A*B)*A',
      why: 'The outer factors keep their places: A on the left, B on the right (otherwise the sizes do not fit).',
    },
  ],
});
