import { defineRule } from '../schema.js';

export default defineRule({
  id: 'diag-of-transpose',
  title: 'The diagonal of a transpose',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\operatorname{diag}(\mathbf{A}^\top) = \operatorname{diag}(\mathbf{A})`,
  lhs: "diag(A')",
  rhs: 'diag(A)',
  shapes: { A: 'nxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'summed',
      claim: 'sum(A)*ones(n)',
      why: 'Transposing keeps the diagonal where it is.',
    },
  ],
});
