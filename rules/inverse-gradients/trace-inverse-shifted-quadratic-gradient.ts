import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-inverse-shifted-quadratic-gradient',
  title: 'Gradient of Tr[(A + XᵀCX)⁻¹XᵀBX] (A, B, C symmetric)',
  area: 'inverse-gradients',
  kind: 'gradient',
  latex: String.raw`\mathbf{A}, \mathbf{B}, \mathbf{C}\ \text{symmetric}:\quad \frac{\partial}{\partial\mathbf{X}}\mathrm{Tr}\big[(\mathbf{A}+\mathbf{X}^\top\mathbf{C}\mathbf{X})^{-1}\mathbf{X}^\top\mathbf{B}\mathbf{X}\big] = -2\mathbf{C}\mathbf{X}\mathbf{M}^{-1}\mathbf{X}^\top\mathbf{B}\mathbf{X}\mathbf{M}^{-1} + 2\mathbf{B}\mathbf{X}\mathbf{M}^{-1},\ \ \mathbf{M} = \mathbf{A}+\mathbf{X}^\top\mathbf{C}\mathbf{X}`,
  f: "trace(inv(A + X'*C*X)*(X'*B*X))",
  wrt: 'X',
  G: "-2*C*X*inv(A + X'*C*X)*X'*B*X*inv(A + X'*C*X) + 2*B*X*inv(A + X'*C*X)",
  shapes: {
    X: '5x3',
    C: '5x5',
    B: '5x5',
    A: '3x3',
  },
  assume: {
    C: ['spd'],
    B: ['symmetric'],
    A: ['spd'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(127)',
    },
  ],
  explanation:
    'The Cookbook’s (127) states B and C symmetric; the formula also needs A symmetric, so that $\\mathbf{M} = \\mathbf{A}+\\mathbf{X}^\\top\\mathbf{C}\\mathbf{X}$ is symmetric and its inverse is its own transpose. A and C are drawn positive definite so that M stays invertible.',
  derivedFrom: ['generalized-rayleigh-trace-gradient'],
  mistakes: [
    {
      id: 'a-not-symmetric',
      claim: "-2*C*X*inv(A + X'*C*X)*X'*B*X*inv(A + X'*C*X) + 2*B*X*inv(A + X'*C*X)",
      why: 'With A not symmetric (as the Cookbook’s (127) allows) M⁻¹ ≠ M⁻ᵀ and the terms no longer pair up into 2CX… and 2BX….',
      assume: {
        C: ['spd'],
        B: ['symmetric'],
        A: ['invertible'],
      },
    },
  ],
});
