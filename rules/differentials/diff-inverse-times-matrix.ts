import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-inverse-times-matrix',
  title: 'Differential of A⁻¹B with respect to A',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`\mathbf{C} = \mathbf{A}^{-1}\mathbf{B}:\quad d\mathbf{C} = -\mathbf{A}^{-1}\,d\mathbf{A}\,\mathbf{A}^{-1}\mathbf{B} = -\mathbf{A}^{-1}\,d\mathbf{A}\,\mathbf{C}`,
  F: 'inv(A)*B',
  wrt: ['A'],
  dF: '-inv(A)*dA*inv(A)*B',
  shapes: {
    A: 'nxn',
    B: 'nxk',
  },
  assume: {
    A: ['invertible'],
  },
  sources: [
    {
      work: 'giles',
      where: 'matrix inverse product',
    },
  ],
  explanation: 'The forward-mode rule for solving a linear system $\\mathbf{A}\\mathbf{C} = \\mathbf{B}$: differentiate to get $d\\mathbf{A}\\,\\mathbf{C} + \\mathbf{A}\\,d\\mathbf{C} = 0$.',
  derivedFrom: ['diff-inverse'],
  mistakes: [
    {
      id: 'one-inverse',
      claim: '-inv(A)*dA*B',
      why: 'd(A⁻¹) has A⁻¹ on both sides of dA; the right one, applied to B, gives C.',
    },
    {
      id: 'sign',
      claim: 'inv(A)*dA*inv(A)*B',
      why: 'The sign of d(A⁻¹) = −A⁻¹dA A⁻¹ is lost.',
    },
  ],
});
