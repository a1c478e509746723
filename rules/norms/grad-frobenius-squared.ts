import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-frobenius-squared',
  title: 'Gradient of the squared Frobenius norm',
  area: 'norms',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\|\mathbf{X}\|_F^2}{\partial\mathbf{X}} = 2\mathbf{X}`,
  f: "norm(X,'fro')^2",
  wrt: 'X',
  G: '2*X',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(132), (131)',
    },
  ],
  derivedFrom: ['grad-trace-xtx', 'frobenius-norm-trace'],
  mistakes: [
    {
      id: 'dropped-two',
      claim: 'X',
      why: 'Each entry enters squared: the factor 2 is lost.',
    },
    {
      id: 'normalised',
      claim: "X/norm(X,'fro')",
      why: 'That is the gradient of ‖X‖_F, not of its square.',
    },
  ],
});
