import { defineRule } from '../schema.js';

export default defineRule({
  id: 'inverse-of-inverse',
  title: 'Inverse of an inverse',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}^{-1})^{-1} = \mathbf{A}`,
  lhs: 'inv(inv(A))',
  rhs: 'A',
  shapes: { A: 'nxn' },
  assume: { A: ['invertible'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'one-inverse-left',
      claim: 'inv(A)',
      why: 'Two inverses cancel.',
    },
  ],
});
