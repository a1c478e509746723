import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-divide-cancels',
  title: 'A Hadamard quotient times its divisor',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}\oslash\mathbf{B})\odot\mathbf{B} = \mathbf{A}`,
  lhs: '(A ./ B) .* B',
  rhs: 'A',
  shapes: { A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'squared',
      claim: 'A .* B',
      why: 'B divides and multiplies each entry once.',
    },
  ],
});
