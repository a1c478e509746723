import { defineRule } from '../schema.js';

export default defineRule({
  id: 'transpose-of-symmetric',
  title: 'Transpose of a symmetric matrix',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{S}^\top = \mathbf{S}`,
  lhs: "S'",
  rhs: 'S',
  shapes: { S: 'nxn' },
  assume: { S: ['symmetric'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'assumed-without-symmetry',
      claim: 'S',
      why: 'Only a symmetric S equals its transpose.',
      assume: { S: ['invertible'] },
    },
  ],
});
