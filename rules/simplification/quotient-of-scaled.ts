import { defineRule } from '../schema.js';

export default defineRule({
  id: 'quotient-of-scaled',
  title: 'A scalar factor out of a quotient',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`(a\mathbf{B})/c = a(\mathbf{B}/c)`,
  lhs: '(a*B)/c',
  rhs: 'a*(B/c)',
  shapes: { a: '1', B: 'mxn', c: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'lost',
      claim: 'B/c',
      why: 'The factor a stays.',
    },
  ],
});
