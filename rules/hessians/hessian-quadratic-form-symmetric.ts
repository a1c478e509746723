import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-quadratic-form-symmetric',
  title: 'Hessian of xᵀAx for a symmetric A',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`\mathbf{A} = \mathbf{A}^\top:\quad \frac{\partial^2\,\mathbf{x}^\top\mathbf{A}\mathbf{x}}{\partial\mathbf{x}\,\partial\mathbf{x}^\top} = 2\mathbf{A}`,
  f: "x'*A*x",
  wrt: 'x',
  H: '2*A',
  G: '2*A*x',
  shapes: { x: 'n', A: 'nxn' },
  assume: { A: ['symmetric'] },
  sources: [
    { work: 'cookbook', where: 'sec. 2.4.2, second-order derivatives', unverified: 'the section was not read in the stored 2012 text; the equation number is not given' },
    { work: 'standard' },
  ],
  explanation:
    'For a symmetric $\\mathbf{A}$, $\\mathbf{A} + \\mathbf{A}^\\top = 2\\mathbf{A}$. The assumption is on the point (the matrix $\\mathbf{A}$), so the formula is only as good as the symmetry: without it, $2\\mathbf{A}$ is the single-direction trap.',
  derivedFrom: ['hessian-quadratic-form'],
  mistakes: [
    { id: 'without-symmetry', claim: '2*A', why: 'Used for a general A, 2A is not the Hessian: that is A + Aᵀ.', assume: {} },
    { id: 'factor-two-lost', claim: 'A', why: 'Both x of the quadratic form are differentiated: the Hessian is 2A, not A.' },
  ],
});
