import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-of-scalar',
  title: 'Trace of a scalar',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\operatorname{tr}(a) = a`,
  lhs: 'trace(a)',
  rhs: 'a',
  shapes: { a: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'doubled',
      claim: '2*a',
      why: 'The trace of a 1×1 matrix is its entry.',
    },
  ],
});
