import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-transpose',
  title: 'Trace of a transpose',
  area: 'notes-trace',
  kind: 'identity',
  latex: String.raw`\mathrm{Tr}(\mathbf{X}^\top) = \mathrm{Tr}(\mathbf{X})`,
  lhs: "trace(X')",
  rhs: 'trace(X)',
  shapes: {
    X: 'nxn',
  },
  sources: [
    {
      work: 'notes',
      where: 'Trace rules (3)',
    },
  ],
  mistakes: [
    {
      id: 'sum-of-all-entries',
      claim: 'sum(X)',
      why: 'The trace sums the diagonal only, not every entry (that is 1ᵀX1).',
    },
    {
      id: 'sign',
      claim: '-trace(X)',
      why: 'Transposition keeps the diagonal, so the trace is unchanged, not negated.',
    },
  ],
});
