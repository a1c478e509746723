import { defineRule } from '../schema.js';

export default defineRule({
  id: 'left-distributive-difference',
  title: 'A common left factor of a difference',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}\mathbf{B}-\mathbf{A}\mathbf{C} = \mathbf{A}(\mathbf{B}-\mathbf{C})`,
  lhs: 'A*B - A*C',
  rhs: 'A*(B - C)',
  shapes: { A: 'mxn', B: 'nxp', C: 'nxp' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'sign-lost',
      claim: 'A*(B + C)',
      why: 'The minus sign goes inside with C.',
    },
  ],
});
