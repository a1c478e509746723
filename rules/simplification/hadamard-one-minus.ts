import { defineRule } from '../schema.js';

export default defineRule({
  id: 'hadamard-one-minus',
  title: 'A Hadamard product with one minus a matrix',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{A}\odot(1-\mathbf{B}) = \mathbf{A}-\mathbf{A}\odot\mathbf{B}`,
  lhs: 'A .* (1 - B)',
  rhs: 'A - A .* B',
  shapes: { A: 'mxn', B: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'one-kept',
      claim: '1 - A .* B',
      why: 'The 1 is multiplied by A too.',
    },
  ],
});
