import { defineRule } from '../schema.js';

export default defineRule({
  id: 'add-associative',
  title: 'Addition associates',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(\mathbf{A}+\mathbf{B})+\mathbf{C} = \mathbf{A}+(\mathbf{B}+\mathbf{C})`,
  lhs: '(A + B) + C',
  rhs: 'A + (B + C)',
  shapes: { A: 'mxn', B: 'mxn', C: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'sign-lost',
      claim: 'A + (B - C)',
      why: 'Regrouping a sum changes no sign.',
    },
  ],
});
