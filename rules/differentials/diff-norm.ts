import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-norm',
  title: 'Differential of the Frobenius (Euclidean) norm',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d\lVert\mathbf{X}\rVert_F = \frac{\mathrm{Tr}(\mathbf{X}^\top d\mathbf{X})}{\lVert\mathbf{X}\rVert_F}`,
  F: "norm(X,'fro')",
  wrt: ['X'],
  dF: "trace(X'*dX)/norm(X,'fro')",
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(129)',
    },
  ],
  explanation:
    'From $d\\lVert\\mathbf{X}\\rVert_F^2 = 2\\,\\mathrm{Tr}(\\mathbf{X}^\\top d\\mathbf{X})$ and the chain rule; for a vector it reads $d\\lVert\\mathbf{x}\\rVert = \\mathbf{x}^\\top d\\mathbf{x}/\\lVert\\mathbf{x}\\rVert$. Defined wherever $\\mathbf{X} \\neq 0$.',
  mistakes: [
    {
      id: 'not-divided',
      claim: "trace(X'*dX)",
      why: 'That is half the differential of the squared norm; the norm divides it by ‖X‖.',
    },
  ],
});
