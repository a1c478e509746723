import { defineRule } from '../schema.js';

export default defineRule({
  id: 'identity-squared',
  title: 'The identity squared',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{I}^2 = \mathbf{I}`,
  lhs: 'eye(n)^2',
  rhs: 'eye(n)',
  shapes: { A: 'nxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'doubled',
      claim: '2*eye(n)',
      why: 'The identity times itself is the identity.',
    },
  ],
});
