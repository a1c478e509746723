import { defineRule } from '../schema.js';

export default defineRule({
  id: 'ones-column-times-row',
  title: 'A column of ones times a row of ones',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{1}_{m\times 1}\,\mathbf{1}_{1\times n} = \mathbf{1}_{m\times n}`,
  lhs: 'ones(m)*ones(1, n)',
  rhs: 'ones(m, n)',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation: 'The reverse pass through a sum down the columns (`sum(Z, 1)`, `logsumexp(Z, 1)`) spreads a row of ones over the m rows as this outer product.',
  mistakes: [
    {
      id: 'identity',
      claim: 'eye(m, n)',
      why: 'Every entry of the outer product is 1.',
    },
  ],
});
