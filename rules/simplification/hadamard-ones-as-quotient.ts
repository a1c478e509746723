import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-ones-as-quotient',
  title: 'Hadamard product with a reciprocal written with ones',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{1}\mathbf{1}^\top\oslash\mathbf{B})\odot\mathbf{A} = \mathbf{A}\oslash\mathbf{B}`,
  lhs: '(ones(m, n) ./ B) .* A',
  rhs: 'A ./ B',
  shapes: { A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation:
    'The reverse pass through an entrywise log or division leaves the reciprocal as `ones(m, n) ./ B` (the differential of log(B) is dB ./ B); multiplied entry by entry by A, it is A ./ B.',
  mistakes: [
    {
      id: 'inverted',
      claim: 'B ./ A',
      why: 'A is divided by B, not the other way round.',
    },
  ],
});
