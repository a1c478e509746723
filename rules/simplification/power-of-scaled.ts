import { defineRule } from '../schema.js';

export default defineRule({
  id: 'power-of-scaled',
  title: 'Square of a scalar multiple',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(a\mathbf{B})^2 = a^2\mathbf{B}^2`,
  lhs: '(a*B)^2',
  rhs: 'a^2*B^2',
  shapes: { a: '1', B: 'nxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'scalar-once',
      claim: 'a*B^2',
      why: 'Both factors are squared.',
    },
  ],
});
