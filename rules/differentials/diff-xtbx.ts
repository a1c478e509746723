import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-xtbx',
  title: 'Differential of XᵀBX',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X}^\top\mathbf{B}\mathbf{X}) = \mathbf{X}^\top\mathbf{B}\,d\mathbf{X} + d\mathbf{X}^\top\mathbf{B}\mathbf{X}`,
  F: "X'*B*X",
  wrt: ['X'],
  dF: "X'*B*dX + dX'*B*X",
  shapes: {
    X: 'nxm',
    B: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(80)',
    },
  ],
  explanation: 'The matrix form of the Cookbook’s (80), which writes the direction as a single-entry matrix $\\mathbf{J}^{ij}$.',
  derivedFrom: ['diff-product', 'diff-transpose'],
  mistakes: [
    {
      id: 'one-side-doubled',
      claim: "2*X'*B*dX",
      why: 'The two terms are transposes of each other only when B is symmetric, and even then they are not equal: dXᵀBX ≠ XᵀB dX.',
    },
  ],
});
