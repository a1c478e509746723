import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-trace',
  title: 'Differential of a trace',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d\,\mathrm{Tr}(\mathbf{X}) = \mathrm{Tr}(d\mathbf{X})`,
  F: 'trace(X)',
  wrt: ['X'],
  dF: 'trace(dX)',
  shapes: {
    X: 'nxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(36)',
    },
  ],
  explanation: 'The trace is linear, so the differential moves inside it.',
  mistakes: [
    {
      id: 'sum-of-entries',
      claim: 'sum(dX)',
      why: 'The trace sums the diagonal only; the sum of all entries of dX is a different number.',
    },
  ],
});
