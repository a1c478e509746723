import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-frobenius-norm',
  title: 'Gradient of the Frobenius norm',
  area: 'norms',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\|\mathbf{X}\|_F}{\partial\mathbf{X}} = \frac{\mathbf{X}}{\|\mathbf{X}\|_F}\quad(\mathbf{X}\neq\mathbf{0})`,
  f: "norm(X,'fro')",
  wrt: 'X',
  G: "X/norm(X,'fro')",
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'giles',
      where: 'Frobenius norm',
    },
  ],
  explanation: '$d\\sqrt{s} = ds/(2\\sqrt{s})$ with $s = \\|\\mathbf{X}\\|_F^2$ and $ds = 2\\,\\mathrm{Tr}(\\mathbf{X}^\\top d\\mathbf{X})$. Not differentiable at $\\mathbf{X} = \\mathbf{0}$.',
  derivedFrom: ['grad-frobenius-squared'],
  mistakes: [
    {
      id: 'squared-gradient',
      claim: '2*X',
      why: 'That is the gradient of ‖X‖_F²; the square root divides it by 2‖X‖_F.',
    },
    {
      id: 'squared-denominator',
      claim: "X/norm(X,'fro')^2",
      why: 'The chain rule through √s divides by √s = ‖X‖_F once, not by its square.',
    },
  ],
});
