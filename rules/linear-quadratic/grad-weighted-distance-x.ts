import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-weighted-distance-x',
  title: 'Gradient of (x − s)ᵀW(x − s) with respect to x (W symmetric)',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\mathbf{W} = \mathbf{W}^\top:\quad \frac{\partial}{\partial\mathbf{x}}(\mathbf{x}-\mathbf{s})^\top\mathbf{W}(\mathbf{x}-\mathbf{s}) = 2\mathbf{W}(\mathbf{x}-\mathbf{s})`,
  f: "(x - s)'*W*(x - s)",
  wrt: 'x',
  G: '2*W*(x - s)',
  shapes: {
    x: 'n',
    s: 'n',
    W: 'nxn',
  },
  assume: {
    W: ['symmetric'],
  },
  sources: [
    {
      work: 'cookbook',
      where: '(85)',
    },
  ],
  derivedFrom: ['grad-quadratic-form-symmetric'],
  mistakes: [
    {
      id: 'without-symmetry',
      claim: '2*W*(x - s)',
      why: 'For a W that is not symmetric the gradient is (W + Wᵀ)(x − s).',
      assume: {
        W: ['invertible'],
      },
    },
    {
      id: 'dropped-two',
      claim: 'W*(x - s)',
      why: 'x appears twice in the form: the two terms add up to 2W(x − s).',
    },
  ],
});
