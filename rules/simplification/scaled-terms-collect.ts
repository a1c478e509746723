import { defineRule } from '../schema.js';

export default defineRule({
  id: 'scaled-terms-collect',
  title: 'Like terms collect',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`a\mathbf{C}+b\mathbf{C} = (a+b)\mathbf{C}`,
  lhs: 'a*C + b*C',
  rhs: '(a + b)*C',
  shapes: { a: '1', b: '1', C: 'mxn' },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts)" }],
  mistakes: [
    {
      id: 'coefficients-multiplied',
      claim: 'a*b*C',
      why: 'The coefficients of like terms add.',
    },
  ],
});
