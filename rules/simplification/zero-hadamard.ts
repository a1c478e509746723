import { defineRule } from '../schema.js';

export default defineRule({
  id: 'zero-hadamard',
  title: 'Hadamard product with zero',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{0}\odot\mathbf{A} = \mathbf{0}`,
  lhs: 'zeros(m, n) .* A',
  rhs: 'zeros(m, n)',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'kept',
      claim: 'A',
      why: 'Every entry is multiplied by 0.',
    },
  ],
});
