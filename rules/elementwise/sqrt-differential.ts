import { defineRule } from '../schema.js';

export default defineRule({
  id: 'sqrt-differential',
  title: 'Differential of the elementwise square root',
  area: 'elementwise',
  kind: 'differential',
  latex: String.raw`d\sqrt{\mathbf{X}} = d\mathbf{X}\oslash(2\sqrt{\mathbf{X}})\quad(\mathbf{X} > 0)`,
  F: 'sqrt(X)',
  wrt: ['X'],
  dF: 'dX ./ (2*sqrt(X))',
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
      id: 'missing-half',
      claim: 'dX ./ sqrt(X)',
      why: '(x^{1/2})′ = ½x^{−1/2}: the factor ½ is lost.',
    },
    {
      id: 'power-not-lowered',
      claim: '0.5*sqrt(X) .* dX',
      why: 'The power rule lowers the exponent: ½x^{−1/2}, not ½x^{1/2}.',
    },
  ],
});
