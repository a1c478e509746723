import { defineRule } from '../schema.js';

export default defineRule({
  id: 'term-and-scaled-term',
  title: 'A term and a multiple of it collect',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{C}+b\mathbf{C} = (1+b)\mathbf{C}`,
  lhs: 'C + b*C',
  rhs: '(1 + b)*C',
  shapes: { b: '1', C: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'one-lost',
      claim: 'b*C',
      why: 'C counts once more: 1 + b.',
    },
  ],
});
