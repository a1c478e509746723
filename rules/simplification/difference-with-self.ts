import { defineRule } from '../schema.js';

export default defineRule({
  id: 'difference-with-self',
  title: 'A matrix minus itself',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}-\mathbf{A} = \mathbf{0}`,
  lhs: 'A - A',
  rhs: 'zeros(m, n)',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'doubled',
      claim: '2*A',
      why: 'A − A is zero.',
    },
  ],
});
