import { defineRule } from '../schema.js';

export default defineRule({
  id: 'multiply-by-zero',
  title: 'Multiplying by zero',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`0\cdot\mathbf{A} = \mathbf{0}`,
  lhs: '0*A',
  rhs: 'zeros(m, n)',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'kept',
      claim: 'A',
      why: 'Zero times anything is the zero matrix.',
    },
  ],
});
