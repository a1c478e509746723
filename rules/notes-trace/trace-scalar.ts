import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-scalar',
  title: 'A scalar is its own trace',
  area: 'notes-trace',
  kind: 'identity',
  latex: String.raw`a = \mathrm{Tr}(a)\quad\text{for a scalar } a,\ \text{e.g. } \mathbf{a}^\top\mathbf{X}\mathbf{b} = \mathrm{Tr}(\mathbf{a}^\top\mathbf{X}\mathbf{b})`,
  lhs: "a'*X*b",
  rhs: "trace(a'*X*b)",
  shapes: {
    a: 'm',
    X: 'mxn',
    b: 'n',
  },
  sources: [
    {
      work: 'notes',
      where: 'Trace rules (1)',
    },
  ],
  explanation: 'The step that starts every derivation: a scalar $df$ equals $\\mathrm{Tr}(df)$, and inside the trace the cyclic rule may move factors.',
  mistakes: [
    {
      id: 'cycled-wrong-way',
      claim: "trace(a*b'*X)",
      why: 'Moving a to the back gives Tr(X b aᵀ) (or Tr(b aᵀ X)); Tr(a bᵀ X) = bᵀXa is another number (and needs square X).',
      shapes: {
        a: 'n',
        X: 'nxn',
      },
    },
    {
      id: 'trace-of-factor',
      claim: "trace(X)*a'*b",
      why: 'The trace of a product is not the trace of one factor times the rest.',
      shapes: {
        a: 'n',
        X: 'nxn',
      },
    },
  ],
});
