import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-quotient',
  title: 'Differential of an entrywise quotient',
  area: 'differentials',
  kind: 'differential',
  latex: String.raw`d(\mathbf{X}\oslash\mathbf{Y}) = d\mathbf{X}\oslash\mathbf{Y} - (\mathbf{X}\odot d\mathbf{Y})\oslash\mathbf{Y}^{\circ 2}`,
  F: 'X ./ Y',
  wrt: ['X', 'Y'],
  dF: 'dX ./ Y - (X .* dY) ./ Y.^2',
  shapes: {
    X: 'mxn',
    Y: 'mxn',
  },
  assume: {
    Y: ['positive'],
  },
  sources: [
    {
      work: 'standard',
    },
  ],
  explanation: 'The quotient rule entry by entry.',
  mistakes: [
    {
      id: 'quotient-of-differentials',
      claim: 'dX ./ dY',
      why: 'The differential of a quotient is not the quotient of the differentials.',
    },
  ],
});
