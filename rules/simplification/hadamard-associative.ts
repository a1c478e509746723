import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-associative',
  title: 'The Hadamard product associates',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}\odot\mathbf{B})\odot\mathbf{C} = \mathbf{A}\odot(\mathbf{B}\odot\mathbf{C})`,
  lhs: '(A .* B) .* C',
  rhs: 'A .* (B .* C)',
  shapes: { A: 'mxn', B: 'mxn', C: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'matrix-product',
      claim: 'A .* (B*C)',
      why: 'Mixing the two products changes the value.',
      shapes: { A: 'nxn', B: 'nxn', C: 'nxn' },
    },
  ],
});
