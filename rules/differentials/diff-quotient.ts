import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-quotient',
  title: 'Differential of a quotient by a scalar',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d\Big(\frac{\mathbf{X}}{s}\Big) = \frac{d\mathbf{X}}{s} - \frac{\mathbf{X}\,ds}{s^2}`,
  F: 'X/s',
  wrt: ['X', 's'],
  dF: 'dX/s - X*ds/s^2',
  shapes: {
    X: 'mxn',
    s: '1',
  },
  assume: {
    s: ['positive'],
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'The quotient rule; with a constant $s$ only the first term remains.',
  mistakes: [
    {
      id: 'square-missing',
      claim: 'dX/s - X*ds/s',
      why: 'The derivative of 1/s is −1/s², not −1/s.',
    },
  ],
});
