import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diff-elementwise-log',
  title: 'Differential of elementwise log',
  area: 'notes-differentials',
  kind: 'differential',
  latex: String.raw`d\log(\mathbf{X}) = d\mathbf{X} \oslash \mathbf{X}\quad (\mathbf{X} > 0)`,
  F: 'log(X)',
  wrt: ['X'],
  dF: 'dX ./ X',
  shapes: {
    X: 'mxn',
  },
  assume: {
    X: ['positive'],
  },
  sources: [
    {
      work: 'notes',
      where: 'Differential rules (5), σ = log (used in Exercise 2)',
    },
    {
      work: 'standard',
    },
  ],
  equivalent: ['(1 ./ X) .* dX', 'X.^(-1) .* dX'],
  mistakes: [
    {
      id: 'matrix-inverse',
      claim: 'inv(X)*dX',
      why: 'The entrywise reciprocal 1/Xᵢⱼ is not the matrix inverse.',
    },
    {
      id: 'times-instead-of-divide',
      claim: 'X .* dX',
      why: 'log′(x) = 1/x: dividing by X, not multiplying.',
    },
    {
      id: 'reciprocal-squared',
      claim: 'dX ./ square(X)',
      why: 'That is −d(1/x); log′(x) = 1/x.',
    },
    {
      id: 'log-kept',
      claim: 'log(X) .* dX',
      why: 'Only exp is its own derivative; log′(x) = 1/x.',
    },
  ],
});
