import { defineRule } from '../schema.js';

export default defineRule({
  id: 'tanh-from-sinh-cosh',
  title: 'tanh as sinh over cosh, entry by entry',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\sinh(\mathbf{A})\oslash\cosh(\mathbf{A}) = \tanh(\mathbf{A})`,
  lhs: 'sinh(A) ./ cosh(A)',
  rhs: 'tanh(A)',
  shapes: { A: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  explanation: 'The gradient of the log-cosh loss, Σ log cosh(rᵢ), is tanh(r) entry by entry.',
  mistakes: [
    {
      id: 'inverted',
      claim: '1 ./ tanh(A)',
      why: 'sinh/cosh is tanh; cosh/sinh is its reciprocal, coth.',
    },
  ],
});
