import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-scalar-multiple',
  title: 'Differential of a scalar multiple',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d(a\mathbf{X}) = a\,d\mathbf{X}`,
  F: 'a*X',
  wrt: ['X'],
  dF: 'a*dX',
  shapes: {
    a: '1',
    X: 'mxn',
  },
  sources: [
    {
      work: 'cookbook',
      where: '(34)',
    },
  ],
  mistakes: [
    {
      id: 'constant-dropped',
      claim: 'dX',
      why: 'A constant factor stays in the differential: d(aX) = a dX.',
    },
  ],
});
