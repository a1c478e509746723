import { defineRule } from '../schema.js';

export default defineRule({
  id: 'product-associative',
  title: 'Matrix products associate',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}\mathbf{B})\mathbf{C} = \mathbf{A}(\mathbf{B}\mathbf{C})`,
  lhs: '(A*B)*C',
  rhs: 'A*(B*C)',
  shapes: { A: 'mxn', B: 'nxp', C: 'pxq' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'order-changed',
      claim: 'A*(C*B)',
      why: 'Associativity regroups; it never reorders.',
      shapes: { A: 'nxn', B: 'nxn', C: 'nxn' },
    },
  ],
});
