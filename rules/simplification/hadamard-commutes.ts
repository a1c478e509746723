import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-commutes',
  title: 'The Hadamard product commutes',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}\odot\mathbf{B} = \mathbf{B}\odot\mathbf{A}`,
  lhs: 'A .* B',
  rhs: 'B .* A',
  shapes: { A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'matrix-product',
      claim: 'A*B',
      why: 'The Hadamard product is entry by entry; the matrix product is not.',
      shapes: { A: 'nxn', B: 'nxn' },
    },
  ],
});
