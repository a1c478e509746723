import { defineRule } from '../schema.js';

export default defineRule({
  id: 'orthogonal-scalar-square',
  title: 'A 1×1 orthogonal matrix squared',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`y^2 = 1 \quad (y = \pm 1)`,
  lhs: 'y^2',
  rhs: '1',
  shapes: { y: '1' },
  assume: { y: ['orthogonal'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'kept',
      claim: 'y',
      why: 'A 1×1 orthogonal matrix is ±1, so its square is 1.',
    },
  ],
});
