import { defineRule } from '../schema.js';

export default defineRule({
  id: 'identity-right',
  title: 'The identity on the right',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}\mathbf{I} = \mathbf{A}`,
  lhs: 'A*eye(n)',
  rhs: 'A',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'transposed',
      claim: "A'",
      why: 'The identity changes nothing, least of all the orientation.',
      shapes: { A: 'nxn' },
    },
  ],
});
