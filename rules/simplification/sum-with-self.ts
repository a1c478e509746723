import { defineRule } from '../schema.js';

export default defineRule({
  id: 'sum-with-self',
  title: 'A matrix added to itself',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}+\mathbf{A} = 2\mathbf{A}`,
  lhs: 'A + A',
  rhs: '2*A',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'squared',
      claim: 'A .* A',
      why: 'A + A doubles A; it does not square it.',
    },
  ],
});
