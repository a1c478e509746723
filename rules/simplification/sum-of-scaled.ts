import { defineRule } from '../schema.js';

export default defineRule({
  id: 'sum-of-scaled',
  title: 'A scalar factor comes out of a sum',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\operatorname{sum}(a\mathbf{X}) = a\,\operatorname{sum}(\mathbf{X})`,
  lhs: 'sum(a*X)',
  rhs: 'a*sum(X)',
  shapes: { a: '1', X: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation: 'The sum of all entries is linear: a scalar factor multiplies it.',
  mistakes: [
    {
      id: 'wrong',
      claim: 'sum(X)',
      why: 'The factor multiplies every entry, so it multiplies the sum.',
    },
  ],
});
