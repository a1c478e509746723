/**
 * Running error bounds: for an expression at a point, a first-order bound, entry by entry, on the
 * rounding error of its float64 value (Wilkinson's running error analysis, as in Higham,
 * "Accuracy and Stability of Numerical Algorithms", ch. 3).
 *
 * Each node yields its value v and a bound e ≥ |fl(v) − v|, propagated with the node's
 * derivative plus the node's own rounding:
 *   a ± b      e = ea + eb + u|v|
 *   a .* b     e = |a|eb + ea|b| + u|v|
 *   A * B      e = |A|eB + eA|B| + k·u·|A||B|        (k = inner size)
 *   σ(x)       e = |σ'(x)|ex + u|v|                 (elementwise functions)
 *   inv(X)     e = |X⁻¹|(eX + γ₃ₙ|L||U|)|X⁻¹|        (LU backward error, γ₃ₙ|L||U|)
 *   det, logdet, trace, sum, norm, softmax, … likewise from their differentials.
 * Each operation computes its bound beside its value, in one pass (`evaluate` in ops/<name>.ts),
 * so the value whose error is bounded is the value compared; the shared pieces are ops/rounding.ts.
 * Unlike a relative tolerance this cannot be fooled by cancellation: in p − y with p ≈ y ≈ 1 the
 * bound is u·(|p| + |y|) although p − y is tiny, and near a singular X the |X⁻¹|…|X⁻¹| factor grows
 * with the condition number. The tolerances of the oracle are built on it.
 */
import type { Expr, Scope } from './expr.js';
import type { Mat } from './matrix.js';

export { ETA, U } from './ops/rounding.js';

/**
 * The value and the running error bound of a compiled expression at a point. `inputErrors` bounds
 * the error already in some variables (zero when absent: the point's values are exact).
 */
export function evaluateWithBound(expr: Expr, scope: Scope, inputErrors: Readonly<Record<string, Mat>> = {}): { v: Mat; e: Mat } {
  return expr.evaluateWithBound(scope, inputErrors);
}
