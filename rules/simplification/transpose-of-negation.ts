import { defineRule } from '../schema.js';

export default defineRule({
  id: 'transpose-of-negation',
  title: 'Transpose of a negation',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(-\mathbf{A})^\top = -\mathbf{A}^\top`,
  lhs: "(-A)'",
  rhs: "-A'",
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'sign-lost',
      claim: "A'",
      why: 'The minus sign stays.',
    },
  ],
});
