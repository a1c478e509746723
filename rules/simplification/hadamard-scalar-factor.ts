import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-scalar-factor',
  title: 'A scalar factor out of a Hadamard product',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(a\mathbf{B})\odot\mathbf{C} = a(\mathbf{B}\odot\mathbf{C})`,
  lhs: '(a*B) .* C',
  rhs: 'a*(B .* C)',
  shapes: { a: '1', B: 'mxn', C: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'scalar-dropped',
      claim: 'B .* C',
      why: 'The scalar factor stays.',
    },
  ],
});
