import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-difference',
  title: 'Trace of a difference',
  area: 'notes-trace',
  kind: 'identity',
  latex: String.raw`\mathrm{Tr}(\mathbf{X} - \mathbf{Y}) = \mathrm{Tr}(\mathbf{X}) - \mathrm{Tr}(\mathbf{Y})`,
  lhs: 'trace(X - Y)',
  rhs: 'trace(X) - trace(Y)',
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
      id: 'sign-lost',
      claim: 'trace(X) + trace(Y)',
      why: 'The minus sign applies to the whole trace of Y.',
    },
  ],
});
