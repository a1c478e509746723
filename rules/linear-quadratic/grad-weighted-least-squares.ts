import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-weighted-least-squares',
  title: 'Gradient of a weighted least-squares residual',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\mathbf{W} = \mathbf{W}^\top:\quad \frac{\partial\,(\mathbf{x}-\mathbf{A}\mathbf{s})^\top\mathbf{W}(\mathbf{x}-\mathbf{A}\mathbf{s})}{\partial\mathbf{s}} = -2\mathbf{A}^\top\mathbf{W}(\mathbf{x}-\mathbf{A}\mathbf{s})`,
  f: "(x - A*s)'*W*(x - A*s)",
  wrt: 's',
  G: "-2*A'*W*(x - A*s)",
  shapes: {
    x: 'm',
    A: 'mxn',
    s: 'n',
    W: 'mxm',
  },
  assume: {
    W: ['symmetric'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(84)',
    },
  ],
  explanation: 'With $\\mathbf{W} = \\mathbf{I}$ this is ordinary least squares. For a non-symmetric $\\mathbf{W}$ replace $2\\mathbf{W}$ by $\\mathbf{W}+\\mathbf{W}^\\top$.',
  derivedFrom: ['grad-least-squares-norm', 'grad-xtbx'],
  mistakes: [
    {
      id: 'without-symmetry',
      claim: "-2*A'*W*(x - A*s)",
      why: 'For a non-symmetric W the two terms of the product rule differ: −Aᵀ(W + Wᵀ)(x − As).',
      assume: {},
    },
    {
      id: 'sign',
      claim: "2*A'*W*(x - A*s)",
      why: 'The residual x − As decreases as As grows: the inner derivative is −A.',
    },
    {
      id: 'weight-dropped',
      claim: "-2*A'*(x - A*s)",
      why: 'The weight W stays between Aᵀ and the residual.',
    },
  ],
});
