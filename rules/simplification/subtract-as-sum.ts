import { defineRule } from '../schema.js';

export default defineRule({
  id: 'subtract-as-sum',
  title: 'A difference is a sum with the negation',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}-\mathbf{B} = \mathbf{A}+(-\mathbf{B})`,
  lhs: 'A - B',
  rhs: 'A + -B',
  shapes: { A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'sign-lost',
      claim: 'A + B',
      why: 'Subtracting B adds −B.',
    },
  ],
});
