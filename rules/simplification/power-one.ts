import { defineRule } from '../schema.js';

export default defineRule({
  id: 'power-one',
  title: 'A first power',
  area: 'simplification',
  kind: 'identity',
  latex: 'a^1 = a',
  lhs: 'a^1',
  rhs: 'a',
  shapes: { a: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'squared',
      claim: 'a^2',
      why: 'The first power is the number itself.',
    },
  ],
});
