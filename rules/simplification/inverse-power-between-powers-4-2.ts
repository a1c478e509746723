import { defineRule } from '../schema.js';

/**
 * One instance of X^a X^(-k) X^b = X^(-1) (a + b = k - 1): the oracle evaluates whole-number matrix
 * powers only, so the identity is stated (and proven) for each k = 2..5 and each split a + b.
 */
export default defineRule({
  id: 'inverse-power-between-powers-4-2',
  title: 'An inverse power between powers: X^2*inv(X^4)*X = inv(X)',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{X}^{2}\mathbf{X}^{-4}\mathbf{X} = \mathbf{X}^{-1}`,
  lhs: 'X^2*inv(X^4)*X',
  rhs: 'inv(X)',
  shapes: { X: 'nxn' },
  assume: { X: ['invertible'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts): collects the powers in the gradient of det(X^4)" }],
  mistakes: [
    {
      id: 'exponents-not-subtracted',
      claim: 'inv(X^2)',
      why: 'Powers of one matrix commute, so the exponents add: 2 - 4 + 1 = -1, one inverse, not two.',
    },
  ],
});
