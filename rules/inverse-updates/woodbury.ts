import { defineRule } from '../schema.js';

export default defineRule({
  id: 'woodbury',
  title: 'Woodbury identity',
  area: 'inverse-updates',
  kind: 'identity',
  latex: String.raw`(\mathbf{A} + \mathbf{C}\mathbf{B}\mathbf{C}^\top)^{-1} = \mathbf{A}^{-1} - \mathbf{A}^{-1}\mathbf{C}(\mathbf{B}^{-1} + \mathbf{C}^\top\mathbf{A}^{-1}\mathbf{C})^{-1}\mathbf{C}^\top\mathbf{A}^{-1}`,
  lhs: "inv(A + C*B*C')",
  rhs: "inv(A) - inv(A)*C*inv(inv(B) + C'*inv(A)*C)*C'*inv(A)",
  shapes: {
    A: 'nxn',
    B: 'kxk',
    C: 'nxk',
  },
  assume: {
    A: ['invertible'],
    B: ['invertible'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(156)',
    },
  ],
  explanation: 'A rank-$k$ update of $\\mathbf{A}$ is inverted by inverting a $k\\times k$ matrix, which is cheap when $k \\ll n$ and $\\mathbf{A}^{-1}$ is known.',
  mistakes: [
    {
      id: 'sign-of-correction',
      claim: "inv(A) + inv(A)*C*inv(inv(B) + C'*inv(A)*C)*C'*inv(A)",
      why: 'Adding to A decreases the inverse: the correction is subtracted.',
    },
    {
      id: 'b-not-inverted',
      claim: "inv(A) - inv(A)*C*inv(B + C'*inv(A)*C)*C'*inv(A)",
      why: 'The inner matrix holds B⁻¹, not B; the two agree only when B² = I.',
    },
    {
      id: 'outer-inverses-dropped',
      claim: "inv(A) - C*inv(inv(B) + C'*inv(A)*C)*C'",
      why: 'The correction is sandwiched between A⁻¹ on both sides; without them its scale is wrong.',
    },
  ],
});
