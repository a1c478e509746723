import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-weighted-residual-x',
  title: 'Gradient of (x − As)ᵀW(x − As) with respect to x (W symmetric)',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\mathbf{W} = \mathbf{W}^\top:\quad \frac{\partial}{\partial\mathbf{x}}(\mathbf{x}-\mathbf{A}\mathbf{s})^\top\mathbf{W}(\mathbf{x}-\mathbf{A}\mathbf{s}) = 2\mathbf{W}(\mathbf{x}-\mathbf{A}\mathbf{s})`,
  f: "(x - A*s)'*W*(x - A*s)",
  wrt: 'x',
  G: '2*W*(x - A*s)',
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
      where: '(87)',
    },
  ],
  derivedFrom: ['grad-weighted-distance-x'],
  mistakes: [
    {
      id: 'dropped-two',
      claim: 'W*(x - A*s)',
      why: 'x appears twice in the form: the two terms add up to 2W(x − As).',
    },
  ],
});
