import { defineRule } from '../schema.js';

export default defineRule({
  id: 'identity-left',
  title: 'The identity on the left',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{I}\mathbf{A} = \mathbf{A}`,
  lhs: 'eye(m)*A',
  rhs: 'A',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'transposed',
      claim: "A'",
      why: 'The identity changes nothing, least of all the orientation.',
      shapes: { A: 'mxm' },
    },
  ],
});
