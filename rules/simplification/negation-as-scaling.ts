import { defineRule } from '../schema.js';

export default defineRule({
  id: 'negation-as-scaling',
  title: 'Negation is scaling by −1',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`-\mathbf{A} = (-1)\mathbf{A}`,
  lhs: '-A',
  rhs: '-1*A',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'sign-lost',
      claim: 'A',
      why: '−A is (−1)A.',
    },
  ],
});
