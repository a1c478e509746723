import { defineRule } from '../schema.js';

export default defineRule({
  id: 'ridge-gradient',
  title: 'Ridge regression gradient',
  area: 'ml-objectives',
  kind: 'gradient',
  latex: String.raw`\nabla_{\mathbf{w}}\big(\|\mathbf{X}\mathbf{w}-\mathbf{y}\|^2 + \lambda\|\mathbf{w}\|^2\big) = 2\mathbf{X}^\top(\mathbf{X}\mathbf{w}-\mathbf{y}) + 2\lambda\mathbf{w}`,
  f: "norm(X*w - y,'fro')^2 + lam*w'*w",
  wrt: 'w',
  G: "2*X'*(X*w - y) + 2*lam*w",
  shapes: {
    X: 'mxn',
    w: 'n',
    y: 'm',
    lam: '1',
  },
  assume: {
    lam: ['positive'],
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation:
    'Setting it to zero gives $(\\mathbf{X}^\\top\\mathbf{X} + \\lambda\\mathbf{I})\\mathbf{w} = \\mathbf{X}^\\top\\mathbf{y}$. The formula holds for any $\\lambda$; ridge takes $\\lambda > 0$.',
  derivedFrom: ['linear-regression-gradient', 'grad-squared-norm'],
  mistakes: [
    {
      id: 'penalty-factor-two',
      claim: "2*X'*(X*w - y) + lam*w",
      why: 'The penalty λwᵀw has gradient 2λw.',
    },
    {
      id: 'penalty-dropped',
      claim: "2*X'*(X*w - y)",
      why: 'The penalty depends on w and contributes 2λw.',
    },
  ],
});
