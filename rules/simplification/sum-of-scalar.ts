import { defineRule } from '../schema.js';

export default defineRule({
  id: 'sum-of-scalar',
  title: 'Sum of the entries of a scalar',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\textstyle\sum a = a`,
  lhs: 'sum(a)',
  rhs: 'a',
  shapes: { a: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'doubled',
      claim: '2*a',
      why: 'A 1×1 matrix has one entry.',
    },
  ],
});
