import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diag-of-diag-vector',
  title: 'The diagonal of a diagonal matrix',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\operatorname{diag}(\operatorname{Diag}(\mathbf{v})) = \mathbf{v}`,
  lhs: 'diag(diag(v))',
  rhs: 'v',
  shapes: { v: 'n' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'summed',
      claim: 'sum(v)*ones(n)',
      why: 'diag(v) keeps each entry of v on the diagonal.',
    },
  ],
});
