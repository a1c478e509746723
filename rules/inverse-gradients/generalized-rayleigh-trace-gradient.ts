import { defineRule } from '../schema.js';

export default defineRule({
  id: 'generalized-rayleigh-trace-gradient',
  title: 'Gradient of Tr[(XᵀCX)⁻¹XᵀBX]',
  area: 'inverse-gradients',
  kind: 'gradient',
  latex: String.raw`\mathbf{B}, \mathbf{C}\ \text{symmetric}:\quad \frac{\partial\,\mathrm{Tr}[(\mathbf{X}^\top\mathbf{C}\mathbf{X})^{-1}\mathbf{X}^\top\mathbf{B}\mathbf{X}]}{\partial\mathbf{X}} = -2\mathbf{C}\mathbf{X}(\mathbf{X}^\top\mathbf{C}\mathbf{X})^{-1}\mathbf{X}^\top\mathbf{B}\mathbf{X}(\mathbf{X}^\top\mathbf{C}\mathbf{X})^{-1} + 2\mathbf{B}\mathbf{X}(\mathbf{X}^\top\mathbf{C}\mathbf{X})^{-1}`,
  f: "trace(inv(X'*C*X)*(X'*B*X))",
  wrt: 'X',
  G: "-2*C*X*inv(X'*C*X)*X'*B*X*inv(X'*C*X) + 2*B*X*inv(X'*C*X)",
  shapes: {
    X: '5x3',
    C: '5x5',
    B: '5x5',
  },
  assume: {
    C: ['spd'],
    B: ['symmetric'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(126)',
    },
  ],
  explanation: 'The generalised Rayleigh quotient behind LDA and generalised eigenproblems. Checked at a tall $5\\times 3$ $\\mathbf{X}$; both symmetries are needed for the factors 2.',
  derivedFrom: ['trace-inverse-quadratic-gradient', 'diff-product'],
  mistakes: [
    {
      id: 'without-symmetric-b',
      claim: "-2*C*X*inv(X'*C*X)*X'*B*X*inv(X'*C*X) + 2*B*X*inv(X'*C*X)",
      why: 'For a non-symmetric B the second term is (B + Bᵀ)X(XᵀCX)⁻¹ and the first changes too.',
      assume: {
        C: ['spd'],
      },
    },
    {
      id: 'sign-of-first-term',
      claim: "2*C*X*inv(X'*C*X)*X'*B*X*inv(X'*C*X) + 2*B*X*inv(X'*C*X)",
      why: 'The term from differentiating the inverse carries the minus sign of d(M⁻¹) = −M⁻¹ dM M⁻¹.',
    },
    {
      id: 'quotient-term-dropped',
      claim: "2*B*X*inv(X'*C*X)",
      why: 'X also appears in the inverse; its derivative gives the first term.',
    },
  ],
});
