import { defineRule } from '../schema.js';

export default defineRule({
  id: 'scalar-factor-commutes',
  title: 'A scalar factor commutes',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`a\mathbf{B} = \mathbf{B}a`,
  lhs: 'a*B',
  rhs: 'B*a',
  shapes: { a: '1', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'transposed',
      claim: "a*B'",
      why: 'Moving a scalar does not transpose the matrix.',
      shapes: { B: 'nxn' },
    },
  ],
});
