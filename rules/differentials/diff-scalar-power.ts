import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-scalar-power',
  title: 'Differential of a power of a scalar',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d(s^p) = p\,s^{p-1}\,ds`,
  F: 's^p',
  wrt: ['s'],
  dF: 'p*s^(p - 1)*ds',
  shapes: {
    s: '1',
    p: '1',
  },
  assume: {
    s: ['positive'],
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'The power rule, for a constant exponent $p$; $s$ is any scalar expression, such as $\\lVert\\mathbf{r}\\rVert$ or $\\mathbf{x}^\\top\\mathbf{x}$.',
  mistakes: [
    {
      id: 'exponent-not-lowered',
      claim: 'p*s^p*ds',
      why: 'The power rule lowers the exponent by one.',
    },
  ],
});
