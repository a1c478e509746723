import { defineRule } from '../schema.js';

export default defineRule({
  id: 'negated-quotient',
  title: 'A minus sign out of a quotient',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(-\mathbf{A})/b = -(\mathbf{A}/b)`,
  lhs: '(-A)/b',
  rhs: '-(A/b)',
  shapes: { A: 'mxn', b: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'sign-lost',
      claim: 'A/b',
      why: 'The minus sign stays.',
    },
  ],
});
