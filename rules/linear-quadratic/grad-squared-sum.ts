import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-squared-sum',
  title: 'Gradient of (Σᵢⱼ Xᵢⱼ)²',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\frac{\partial}{\partial\mathbf{X}}\Big(\sum_{kl}X_{kl}\Big)^2 = 2\Big(\sum_{kl}X_{kl}\Big)\mathbf{1}\mathbf{1}^\top`,
  f: 'sum(X)^2',
  wrt: 'X',
  G: '2*sum(X)*ones(m,n)',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(76)',
    },
  ],
  mistakes: [
    {
      id: 'entrywise-square',
      claim: '2*X',
      why: '2X is the gradient of Σ X²ᵢⱼ (the squared Frobenius norm), not of the squared sum.',
    },
  ],
});
