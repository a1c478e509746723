import { defineRule } from '../schema.js';

export default defineRule({
  id: 'trace-of-scaled',
  title: 'A scalar factor out of a trace',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\operatorname{tr}(a\mathbf{B}) = a\operatorname{tr}(\mathbf{B})`,
  lhs: 'trace(a*B)',
  rhs: 'a*trace(B)',
  shapes: { a: '1', B: 'nxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'scalar-dropped',
      claim: 'trace(B)',
      why: 'The trace is linear: the factor stays.',
    },
  ],
});
