import { defineRule } from '../schema.js';

export default defineRule({
  id: 'inverse-times-self',
  title: 'An inverse times its matrix',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}^{-1}\mathbf{A} = \mathbf{I}`,
  lhs: 'inv(A)*A',
  rhs: 'eye(n)',
  shapes: { A: 'nxn' },
  assume: { A: ['invertible'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'transposed-inverse',
      claim: "inv(A')*A",
      why: 'The inverse of the transpose is not the inverse.',
    },
  ],
});
