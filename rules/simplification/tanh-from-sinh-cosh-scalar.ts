import { defineRule } from '../schema.js';

export default defineRule({
  id: 'tanh-from-sinh-cosh-scalar',
  title: 'tanh as sinh over cosh',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\frac{\sinh a}{\cosh a} = \tanh a`,
  lhs: 'sinh(a)/cosh(a)',
  rhs: 'tanh(a)',
  shapes: { a: '1' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'inverted',
      claim: '1/tanh(a)',
      why: 'sinh/cosh is tanh; cosh/sinh is its reciprocal, coth.',
    },
  ],
});
