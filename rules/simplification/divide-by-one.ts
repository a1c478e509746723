import { defineRule } from '../schema.js';

export default defineRule({
  id: 'divide-by-one',
  title: 'Division by one',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}/1 = \mathbf{A}`,
  lhs: 'A/1',
  rhs: 'A',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'doubled',
      claim: '2*A',
      why: 'Dividing by 1 changes nothing.',
    },
  ],
});
