import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-log1p',
  title: 'Differential of elementwise log1p',
  area: 'elementwise',
  kind: 'differential',
  latex: String.raw`d\,\mathrm{log1p}(\mathbf{X}) = d\mathbf{X} \oslash (1 + \mathbf{X})\quad(\mathbf{X} > -1)`,
  F: 'log1p(X)',
  wrt: ['X'],
  dF: 'dX ./ (1 + X)',
  shapes: {
    X: 'mxn',
  },
  assume: {
    X: ['positive'],
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  mistakes: [
    {
      id: 'log-slope',
      claim: 'dX ./ X',
      why: '1/x is the slope of log(x); log(1 + x) has slope 1/(1 + x).',
    },
    {
      id: 'log1p-kept',
      claim: 'log1p(X) .* dX',
      why: 'The logarithm is not its own derivative.',
    },
    {
      id: 'squared-denominator',
      claim: 'dX ./ (1 + X).^2',
      why: '(1 + x)⁻² is the slope of −1/(1 + x), not of log(1 + x).',
    },
  ],
});
