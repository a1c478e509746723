import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-relu',
  title: 'Differential of elementwise ReLU',
  area: 'elementwise',
  kind: 'differential',
  latex: String.raw`d\,\mathrm{relu}(\mathbf{X}) = \tfrac{1}{2}(1 + \mathrm{sign}(\mathbf{X})) \odot d\mathbf{X}\quad(X_{ij}\neq 0)`,
  F: 'relu(X)',
  wrt: ['X'],
  dF: '(1 + sign(X))/2 .* dX',
  shapes: {
    X: 'mxn',
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation:
    'relu(x) = max(x, 0) has slope 1 for x > 0 and 0 for x < 0, written (1 + sign(x))/2. At a kink (an entry exactly 0) it has no derivative; there the formula gives ½, the mean of the two sides, which is what a symmetric difference quotient measures, so such points do not refute the rule but prove nothing either.',
  mistakes: [
    {
      id: 'slope-one',
      claim: 'dX',
      why: 'Only positive entries pass their change on; a negative entry is clamped at 0 and does not move.',
    },
    {
      id: 'relu-kept',
      claim: 'relu(X) .* dX',
      why: 'relu is not its own derivative: its slope is 1 or 0, not max(x, 0).',
    },
    {
      id: 'abs-slope',
      claim: 'sign(X) .* dX',
      why: 'sign(X) is the slope of |X|: negative entries would get −1 instead of 0.',
    },
  ],
});
