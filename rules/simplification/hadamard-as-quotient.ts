import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-as-quotient',
  title: 'Hadamard product with a reciprocal',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(1\oslash\mathbf{B})\odot\mathbf{A} = \mathbf{A}\oslash\mathbf{B}`,
  lhs: '(1 ./ B) .* A',
  rhs: 'A ./ B',
  shapes: { A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'inverted',
      claim: 'B ./ A',
      why: 'A is divided by B, not the other way round.',
    },
  ],
});
