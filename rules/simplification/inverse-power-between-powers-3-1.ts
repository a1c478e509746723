import { defineRule } from '../schema.js';

/**
 * One instance of X^a X^(-k) X^b = X^(-1) (a + b = k - 1): the oracle evaluates whole-number matrix
 * powers only, so the identity is stated (and proven) for each k = 2..5 and each split a + b.
 */
export default defineRule({
  id: 'inverse-power-between-powers-3-1',
  title: 'An inverse power between powers: X*inv(X^3)*X = inv(X)',
  area: 'simplification',
  kind: 'identity',
  latex: String.raw`\mathbf{X}\mathbf{X}^{-3}\mathbf{X} = \mathbf{X}^{-1}`,
  lhs: 'X*inv(X^3)*X',
  rhs: 'inv(X)',
  shapes: { X: 'nxn' },
  assume: { X: ['invertible'] },
  sources: [{ work: 'standard', where: "a rewrite of mcv derive's simplifier (properties/derive/rewrites.ts): collects the powers in the gradient of det(X^3)" }],
  mistakes: [
    {
      id: 'exponents-not-subtracted',
      claim: 'inv(X^2)',
      why: 'Powers of one matrix commute, so the exponents add: 1 - 3 + 1 = -1, one inverse, not two.',
    },
  ],
});
