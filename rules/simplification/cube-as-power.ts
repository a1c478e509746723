import { defineRule } from '../schema.js';

export default defineRule({
  id: 'cube-as-power',
  title: 'A square times the matrix',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}^2\mathbf{A} = \mathbf{A}^3`,
  lhs: 'A^2*A',
  rhs: 'A^3',
  shapes: { A: 'nxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'hadamard',
      claim: 'A .* A .* A',
      why: 'A³ is the matrix product, not the entrywise cube.',
    },
  ],
});
