import { defineRule } from '../schema.js';

export default defineRule({
  id: 'scalar-times-quotient',
  title: 'A scalar times a quotient',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`a\,\frac{\mathbf{c}}{b} = \frac{a\mathbf{c}}{b}`,
  lhs: 'a*(c/b)',
  rhs: '(a*c)/b',
  shapes: { a: '1', b: '1', c: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'inverted',
      claim: 'a*b/c',
      why: 'Only c is divided by b.',
      shapes: { c: '1' },
    },
  ],
});
