import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-sum',
  title: 'Trace of a sum',
  area: 'notes-trace',
  kind: 'identity',
  latex: String.raw`\mathrm{Tr}(\mathbf{X} + \mathbf{Y}) = \mathrm{Tr}(\mathbf{X}) + \mathrm{Tr}(\mathbf{Y})`,
  lhs: 'trace(X + Y)',
  rhs: 'trace(X) + trace(Y)',
  shapes: {
    X: 'nxn',
    Y: 'nxn',
  },
  sources: [
    {
      work: 'notes',
      where: 'Trace rules (4)',
    },
  ],
  mistakes: [
    {
      id: 'multiplicative',
      claim: 'trace(X)*trace(Y)',
      why: 'The trace is additive, not multiplicative.',
    },
  ],
});
