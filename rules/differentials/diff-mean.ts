import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-mean',
  title: 'Differential of the mean of the entries',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d\,\operatorname{mean}(\mathbf{X}) = \operatorname{mean}(d\mathbf{X})`,
  F: 'mean(X)',
  wrt: ['X'],
  dF: 'mean(dX)',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'The mean is the sum divided by the number of entries, a linear map.',
  mistakes: [
    {
      id: 'not-divided',
      claim: 'sum(dX)',
      why: 'The mean divides the sum by the number of entries mn; so does its differential.',
    },
  ],
});
