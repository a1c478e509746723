import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-euclidean-norm',
  title: 'Hessian of the Euclidean norm ‖x‖',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`\frac{\partial^2\|\mathbf{x}\|_2}{\partial\mathbf{x}\,\partial\mathbf{x}^\top} = \frac{1}{\|\mathbf{x}\|_2}\Big(\mathbf{I} - \frac{\mathbf{x}\mathbf{x}^\top}{\mathbf{x}^\top\mathbf{x}}\Big)\quad(\mathbf{x}\neq\mathbf{0})`,
  f: 'norm(x)',
  wrt: 'x',
  H: "(eye(n) - x*x'/(x'*x))/norm(x)",
  G: 'x/norm(x)',
  shapes: { x: 'n' },
  sources: [{ work: 'cookbook', where: '(129)', unverified: 'the gradient x/‖x‖; the Hessian is its differential' }, { work: 'standard' }],
  explanation:
    'The differential of the unit vector $\\mathbf{x}/\\|\\mathbf{x}\\|$: the projection onto the plane orthogonal to $\\mathbf{x}$, divided by $\\|\\mathbf{x}\\|$. It is singular ($\\mathbf{x}$ is in its null space: the norm grows linearly along $\\mathbf{x}$) and undefined at $\\mathbf{x} = \\mathbf{0}$.',
  derivedFrom: ['grad-euclidean-distance', 'diff-unit-vector'],
  mistakes: [
    { id: 'projection-dropped', claim: 'eye(n)/norm(x)', why: 'The normalisation x/‖x‖ also changes through ‖x‖: the radial part −xxᵀ/‖x‖³ is missing.' },
    { id: 'norm-factor-dropped', claim: "eye(n) - x*x'/(x'*x)", why: 'The projection has to be divided by ‖x‖: the Hessian scales as 1/‖x‖.' },
    { id: 'unnormalised-projection', claim: "(eye(n) - x*x')/norm(x)", why: 'I − xxᵀ is a projection only for a unit x; the radial term is xxᵀ/(xᵀx).' },
  ],
});
