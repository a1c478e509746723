import { defineRule } from '../schema.js';

export default defineRule({
  id: 'negation-of-negation',
  title: 'Double negation',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`-(-\mathbf{A}) = \mathbf{A}`,
  lhs: '-(-A)',
  rhs: 'A',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'sign-kept',
      claim: '-A',
      why: 'Two minus signs cancel.',
    },
  ],
});
