import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hessian-ridge',
  title: 'Hessian of ridge regression',
  area: 'hessians',
  kind: 'hessian',
  latex: String.raw`\frac{\partial^2}{\partial\mathbf{w}\,\partial\mathbf{w}^\top}\big(\|\mathbf{X}\mathbf{w}-\mathbf{y}\|^2 + \lambda\|\mathbf{w}\|^2\big) = 2\mathbf{X}^\top\mathbf{X} + 2\lambda\mathbf{I}`,
  f: "norm(X*w - y,'fro')^2 + lam*w'*w",
  wrt: 'w',
  H: "2*X'*X + 2*lam*eye(n)",
  G: "2*X'*(X*w - y) + 2*lam*w",
  shapes: { X: 'mxn', w: 'n', y: 'm', lam: '1' },
  assume: { lam: ['positive'] },
  sources: [{ work: 'standard' }],
  explanation: 'The penalty adds $2\\lambda\\mathbf{I}$: the Hessian is positive definite for $\\lambda > 0$, whatever $\\mathbf{X}$, which is why ridge regression has a unique minimiser.',
  derivedFrom: ['ridge-gradient', 'hessian-least-squares'],
  mistakes: [
    { id: 'penalty-factor', claim: "2*X'*X + lam*eye(n)", why: 'λ‖w‖² = λwᵀw has Hessian 2λI, not λI.' },
    { id: 'scalar-not-identity', claim: "2*X'*X + 2*lam", why: 'Adding the scalar 2λ adds it to every entry (mathjs broadcasts); the penalty adds 2λ on the diagonal only, 2λI.' },
  ],
});
