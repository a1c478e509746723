import { defineRule } from '../schema.js';

export default defineRule({
  id: 'multiply-by-one',
  title: 'Multiplying by one',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`1\cdot\mathbf{A} = \mathbf{A}`,
  lhs: '1*A',
  rhs: 'A',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'doubled',
      claim: '2*A',
      why: 'One times A is A.',
    },
  ],
});
