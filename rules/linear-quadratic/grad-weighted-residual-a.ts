import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-weighted-residual-a',
  title: 'Gradient of (x − As)ᵀW(x − As) with respect to A (W symmetric)',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\mathbf{W} = \mathbf{W}^\top:\quad \frac{\partial}{\partial\mathbf{A}}(\mathbf{x}-\mathbf{A}\mathbf{s})^\top\mathbf{W}(\mathbf{x}-\mathbf{A}\mathbf{s}) = -2\mathbf{W}(\mathbf{x}-\mathbf{A}\mathbf{s})\mathbf{s}^\top`,
  f: "(x - A*s)'*W*(x - A*s)",
  wrt: 'A',
  G: "-2*W*(x - A*s)*s'",
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
      where: '(88)',
    },
  ],
  derivedFrom: ['grad-weighted-least-squares'],
  mistakes: [
    {
      id: 'sign',
      claim: "2*W*(x - A*s)*s'",
      why: 'A enters with a minus sign: the chain rule through x − As flips the sign.',
    },
  ],
});
