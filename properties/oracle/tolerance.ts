/**
 * The tolerances of the oracle, in one place. Nothing here is tuned until green: each term is a
 * bound or an estimate of a known error, and the site prints these values with their reasons.
 *
 * A comparison of a finite difference with a claim passes when
 *
 *   |finite difference − claim| ≤ FD_SAFETY · fdError + ROUNDING_SAFETY · roundingBound
 *
 * - `fdError` is the largest of: Ridders' error estimate from the Richardson tableau (truncation),
 *   the measured rounding noise of f near the point divided by the step (engine/fd.ts), and the
 *   running error bound of f divided by the step;
 * - `roundingBound` is the running error bound of the claim (engine/bounds.ts): a first-order
 *   bound built from magnitudes that cannot cancel (|A||B| for a product, |a| + |b| for a
 *   difference, |X⁻¹|·|X|·|X⁻¹| for an inverse), so it widens exactly where cancellation or
 *   conditioning demands it and nowhere else.
 * An identity passes when |lhs − rhs| ≤ ROUNDING_SAFETY · (bound of lhs + bound of rhs), entry by
 * entry.
 */

/** Unit roundoff of float64 (2⁻⁵³). */
export const U = Number.EPSILON / 2;

/**
 * Ridders' error estimate is the distance between successive extrapolants: an estimate of the
 * order of the error, not a bound. Steps halve and errors fall at least as h², so the next term is
 * at most a quarter of the one measured and the true error within 4/3 of the estimate once the
 * tableau has settled; a factor 4 leaves room for the estimate's own noise.
 */
export const FD_SAFETY = 4;

/**
 * The running error bounds are first order: they drop products of two rounding errors, relative
 * size below n·u ≈ 1e-15 here. A factor 2 covers those terms many times over.
 */
export const ROUNDING_SAFETY = 2;

/**
 * First finite-difference step, relative to the point: the direction is scaled so that a step of
 * 1 would move the variable by its own norm. Richardson extrapolation then halves it.
 */
export const FIRST_STEP = 0.1;

/**
 * First step of a Hessian's mixed second difference, relative to the point. Rounding moves a
 * second difference by about u·|f|/h², against u·|f|/h for a first difference, so the same
 * relative accuracy needs a larger step: 4 times FIRST_STEP divides the rounding by 16. Richardson
 * extrapolation removes the larger truncation error (h², h⁴, … terms), and the restarts shrink the
 * step where the curve does not allow it (a singular point within reach).
 */
export const SECOND_STEP = 0.4;

/**
 * The largest move of the argument of exp, sigmoid, softmax, sin, … (see `scale: 'own'` in
 * engine/ops/) over a Hessian's first step: the Taylor series of sigmoid, softmax and
 * log-sum-exp converge within π of any real argument, tanh's within π/2 (their nearest complex
 * singularities), exp's, sin's and cos's everywhere, so a move of 1 keeps the Richardson tableau
 * inside the region where its error series holds (tan, whose real poles can be near, is also
 * non-smooth: its restarts shrink the step).
 */
export const SECOND_STEP_CAP = 1;

/** Named defaults, as the site and `mcv verify --json` report them. */
export const TOLERANCES = {
  unitRoundoff: U,
  fdSafety: FD_SAFETY,
  roundingSafety: ROUNDING_SAFETY,
  firstStep: FIRST_STEP,
  secondStep: SECOND_STEP,
  secondStepCap: SECOND_STEP_CAP,
} as const;

/** The tolerance of one comparison; see the module comment. */
export function tolerance(fdError: number, roundingBound: number): number {
  return FD_SAFETY * fdError + ROUNDING_SAFETY * roundingBound;
}
