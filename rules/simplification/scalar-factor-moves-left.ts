import { defineRule } from '../schema.js';

export default defineRule({
  id: 'scalar-factor-moves-left',
  title: 'A scalar factor moves out of a product',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}(b\mathbf{C}) = b(\mathbf{A}\mathbf{C})`,
  lhs: 'A*(b*C)',
  rhs: 'b*(A*C)',
  shapes: { A: 'mxn', b: '1', C: 'nxp' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'scalar-dropped',
      claim: 'A*C',
      why: 'The scalar factor stays in the product.',
    },
  ],
});
