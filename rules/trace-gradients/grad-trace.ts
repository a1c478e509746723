import { defineRule } from '../schema.js';

export default defineRule({
  id: 'grad-trace',
  title: 'Gradient of the trace',
  area: 'trace-gradients',
  kind: 'gradient',
  latex: String.raw`\frac{\partial\,\mathrm{Tr}\,\mathbf{X}}{\partial\mathbf{X}} = \mathbf{I}`,
  f: 'trace(X)',
  wrt: 'X',
  G: 'eye(n)',
  shapes: {
    X: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(99), (65)',
    },
    {
      work: 'wikipedia',
      where: 'scalar-by-matrix identities',
    },
  ],
  mistakes: [
    {
      id: 'all-ones',
      claim: 'ones(n,n)',
      why: 'Only the diagonal entries enter the trace; the off-diagonal ones have zero derivative.',
    },
    {
      id: 'scalar',
      claim: '1',
      why: 'A gradient has the shape of X, not of f.',
    },
  ],
});
