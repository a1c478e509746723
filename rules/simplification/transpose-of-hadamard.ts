import { defineRule } from '../schema.js';

export default defineRule({
  id: 'transpose-of-hadamard',
  title: 'Transpose of a Hadamard product',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}\odot\mathbf{B})^\top = \mathbf{A}^\top\odot\mathbf{B}^\top`,
  lhs: "(A .* B)'",
  rhs: "A' .* B'",
  shapes: { A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'transpose-dropped',
      claim: 'A .* B',
      why: 'Entry (i,j) of the left side is AⱼᵢBⱼᵢ.',
      shapes: { A: 'nxn', B: 'nxn' },
    },
  ],
});
