import { defineRule } from '../schema.js';

export default defineRule({
  id: 'det-of-inverse',
  title: 'Determinant of an inverse',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\det(\mathbf{A}^{-1}) = 1/\det(\mathbf{A})`,
  lhs: 'det(inv(A))',
  rhs: '1/det(A)',
  shapes: { A: 'nxn' },
  assume: { A: ['invertible'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'same',
      claim: 'det(A)',
      why: 'The determinant of the inverse is the reciprocal.',
    },
  ],
});
