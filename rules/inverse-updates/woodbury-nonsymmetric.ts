import { defineRule } from '../schema.js';

export default defineRule({
  id: 'woodbury-nonsymmetric',
  title: 'Woodbury identity for a general low-rank update',
  area: 'inverse-updates',
  kind: 'identity',
  latex: String.raw`(\mathbf{A} + \mathbf{B}\mathbf{C})^{-1} = \mathbf{A}^{-1} - \mathbf{A}^{-1}\mathbf{B}(\mathbf{I} + \mathbf{C}\mathbf{A}^{-1}\mathbf{B})^{-1}\mathbf{C}\mathbf{A}^{-1}`,
  lhs: 'inv(A + B*C)',
  rhs: 'inv(A) - inv(A)*B*inv(eye(k) + C*inv(A)*B)*C*inv(A)',
  shapes: {
    A: 'nxn',
    B: 'nxk',
    C: 'kxn',
  },
  assume: {
    A: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(159)',
    },
  ],
  explanation: 'The Kailath variant: the update $\\mathbf{B}\\mathbf{C}$ need not be symmetric, and the identity is $k\\times k$.',
  derivedFrom: ['woodbury'],
  mistakes: [
    {
      id: 'sign-of-correction',
      claim: 'inv(A) + inv(A)*B*inv(eye(k) + C*inv(A)*B)*C*inv(A)',
      why: 'The correction is subtracted: adding BC to A decreases the inverse along that direction.',
    },
    {
      id: 'identity-of-wrong-size',
      claim: 'inv(A) - inv(A)*B*inv(eye(n) + C*inv(A)*B)*C*inv(A)',
      why: 'CA⁻¹B is k×k, so the identity added to it is I_k, not I_n.',
    },
    {
      id: 'factors-swapped',
      claim: 'inv(A) - inv(A)*C*inv(eye(k) + B*inv(A)*C)*B*inv(A)',
      why: 'B and C have swapped roles; the factor next to A⁻¹ on the left is B, the one on the right is C.',
    },
  ],
});
