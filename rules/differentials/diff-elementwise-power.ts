import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-power',
  title: 'Differential of an elementwise power',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X}^{\circ p}) = p\,\mathbf{X}^{\circ(p-1)}\odot d\mathbf{X}`,
  F: 'X.^p',
  wrt: ['X'],
  dF: 'p*X.^(p - 1) .* dX',
  shapes: {
    X: 'mxn',
    p: '1',
  },
  assume: {
    X: ['positive'],
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'The power rule entry by entry, for a constant exponent $p$.',
  mistakes: [
    {
      id: 'factor-missing',
      claim: 'X.^(p - 1) .* dX',
      why: 'The exponent p comes down as a factor.',
    },
  ],
});
