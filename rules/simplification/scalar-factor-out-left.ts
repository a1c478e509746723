import { defineRule } from '../schema.js';

export default defineRule({
  id: 'scalar-factor-out-left',
  title: 'A scalar factor out of a product on the left',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(a\mathbf{B})\mathbf{C} = a(\mathbf{B}\mathbf{C})`,
  lhs: '(a*B)*C',
  rhs: 'a*(B*C)',
  shapes: { a: '1', B: 'mxn', C: 'nxp' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'scalar-dropped',
      claim: 'B*C',
      why: 'The scalar factor stays in the product.',
    },
  ],
});
