import { defineRule } from '../schema.js';

export default defineRule({
  id: 'self-times-inverse',
  title: 'A matrix times its inverse',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}\mathbf{A}^{-1} = \mathbf{I}`,
  lhs: 'A*inv(A)',
  rhs: 'eye(n)',
  shapes: { A: 'nxn' },
  assume: { A: ['invertible'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'transposed-inverse',
      claim: "A*inv(A')",
      why: 'The inverse of the transpose is not the inverse.',
    },
  ],
});
