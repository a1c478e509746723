import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-inverse-quadratic-gradient',
  title: 'Gradient of Tr[(XᵀCX)⁻¹A]',
  area: 'inverse-gradients',
  kind: 'gradient',
  latex: String.raw`\mathbf{C} = \mathbf{C}^\top:\quad \frac{\partial\,\mathrm{Tr}[(\mathbf{X}^\top\mathbf{C}\mathbf{X})^{-1}\mathbf{A}]}{\partial\mathbf{X}} = -\mathbf{C}\mathbf{X}(\mathbf{X}^\top\mathbf{C}\mathbf{X})^{-1}(\mathbf{A}+\mathbf{A}^\top)(\mathbf{X}^\top\mathbf{C}\mathbf{X})^{-1}`,
  f: "trace(inv(X'*C*X)*A)",
  wrt: 'X',
  G: "-C*X*inv(X'*C*X)*(A + A')*inv(X'*C*X)",
  shapes: {
    X: '5x3',
    C: '5x5',
    A: '3x3',
  },
  assume: {
    C: ['spd'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(125)',
    },
  ],
  explanation:
    'Checked at a tall $5\\times 3$ $\\mathbf{X}$. The Cookbook needs $\\mathbf{C}$ symmetric; positive definite keeps $\\mathbf{X}^\\top\\mathbf{C}\\mathbf{X}$ invertible. $\\mathbf{A}$ is arbitrary, hence $\\mathbf{A}+\\mathbf{A}^\\top$.',
  derivedFrom: ['diff-inverse', 'trace-cyclic'],
  mistakes: [
    {
      id: 'without-symmetry',
      claim: "-C*X*inv(X'*C*X)*(A + A')*inv(X'*C*X)",
      why: 'For a non-symmetric C, d(XᵀCX) = dXᵀCX + XᵀC dX has two different terms and the formula changes.',
      assume: {},
    },
    {
      id: 'symmetric-a',
      claim: "-2*C*X*inv(X'*C*X)*A*inv(X'*C*X)",
      why: 'Replacing A + Aᵀ by 2A assumes a symmetric A.',
    },
    {
      id: 'sign',
      claim: "C*X*inv(X'*C*X)*(A + A')*inv(X'*C*X)",
      why: 'The minus sign of d(M⁻¹) is lost.',
    },
  ],
});
