import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-tan',
  title: 'Differential of the elementwise tangent',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d\tan(\mathbf{X}) = d\mathbf{X}\oslash\cos(\mathbf{X})^{\circ 2}`,
  F: 'tan(X)',
  wrt: ['X'],
  dF: 'dX ./ square(cos(X))',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: "$\\tan' = 1/\\cos^2 = 1 + \\tan^2$, entry by entry.",
  mistakes: [
    {
      id: 'times-cos-squared',
      claim: 'square(cos(X)) .* dX',
      why: 'The derivative of tan is 1/cos², not cos².',
    },
  ],
});
