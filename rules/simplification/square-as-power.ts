import { defineRule } from '../schema.js';

export default defineRule({
  id: 'square-as-power',
  title: 'A square matrix times itself',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}\mathbf{A} = \mathbf{A}^2`,
  lhs: 'A*A',
  rhs: 'A^2',
  shapes: { A: 'nxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'hadamard',
      claim: 'A .* A',
      why: 'A² is the matrix product, not the entrywise square.',
    },
  ],
});
