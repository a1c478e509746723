import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-weighted-distance-s',
  title: 'Gradient of (x − s)ᵀW(x − s) with respect to s (W symmetric)',
  area: 'linear-quadratic',
  kind: 'gradient',
  latex: String.raw`\mathbf{W} = \mathbf{W}^\top:\quad \frac{\partial}{\partial\mathbf{s}}(\mathbf{x}-\mathbf{s})^\top\mathbf{W}(\mathbf{x}-\mathbf{s}) = -2\mathbf{W}(\mathbf{x}-\mathbf{s})`,
  f: "(x - s)'*W*(x - s)",
  wrt: 's',
  G: '-2*W*(x - s)',
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
      where: '(86)',
    },
  ],
  derivedFrom: ['grad-weighted-distance-x'],
  mistakes: [
    {
      id: 'sign',
      claim: '2*W*(x - s)',
      why: 's enters with a minus sign: the chain rule through x − s flips the sign.',
    },
  ],
});
