import { defineRule } from '../schema.js';

export default defineRule({
  id: 'negation-into-product',
  title: 'A minus sign moves into a product',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`-(\mathbf{A}\mathbf{B}) = (-\mathbf{A})\mathbf{B}`,
  lhs: '-(A*B)',
  rhs: '(-A)*B',
  shapes: { A: 'mxn', B: 'nxp' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'sign-lost',
      claim: 'A*B',
      why: 'The minus sign stays with the product.',
    },
  ],
});
