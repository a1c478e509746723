import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace-residual-gram',
  title: 'Gradient of Tr[(AXB + C)(AXB + C)ᵀ]',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}[(\mathbf{A}\mathbf{X}\mathbf{B}+\mathbf{C})(\mathbf{A}\mathbf{X}\mathbf{B}+\mathbf{C})^\top]}{\partial\mathbf{X}} = 2\mathbf{A}^\top(\mathbf{A}\mathbf{X}\mathbf{B}+\mathbf{C})\mathbf{B}^\top`,
  f: "trace((A*X*B + C)*(A*X*B + C)')",
  wrt: 'X',
  G: "2*A'*(A*X*B + C)*B'",
  shapes: {
    A: 'pxm',
    X: 'mxn',
    B: 'nxq',
    C: 'pxq',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(119)',
    },
  ],
  explanation:
    'The squared Frobenius norm of the residual $\\mathbf{R} = \\mathbf{A}\\mathbf{X}\\mathbf{B}+\\mathbf{C}$: gradient $2\\mathbf{R}$ with respect to $\\mathbf{R}$, pulled back through $d\\mathbf{R} = \\mathbf{A}\\,d\\mathbf{X}\\,\\mathbf{B}$.',
  derivedFrom: ['frobenius-norm-trace', 'grad-trace-axb'],
  mistakes: [
    {
      id: 'dropped-two',
      claim: "A'*(A*X*B + C)*B'",
      why: 'The residual appears twice in RRᵀ: the factor 2 is lost.',
    },
    {
      id: 'untransposed-constants',
      claim: '2*A*(A*X*B + C)*B',
      why: 'Pulling back through A dX B needs Aᵀ and Bᵀ.',
    },
  ],
});
