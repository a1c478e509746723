/**
 * Directional derivatives by central differences with Richardson extrapolation (Ridders'
 * method), returning an estimate of their own error that feeds the tolerance.
 *
 * The curve is g(t) = F(W + tV), vector-valued (all entries of F). Central differences have an
 * error series in h², h⁴, …; each Richardson column removes one term. The error estimate is, as in
 * Ridders (1982) and Numerical Recipes' dfridr, the larger distance from the chosen extrapolant
 * to its two parents in the tableau; it grows with rounding noise as h shrinks, so it measures both
 * truncation and cancellation. If the tableau never settles (the step was too large for the curve's
 * scale, as near a singular matrix), the search restarts with a much smaller first step.
 */

/** Step ratio between rows of the tableau. */
const CON = 2;
/** Rows of the tableau (each costs two evaluations). */
const NTAB = 7;
/** Stop when the error estimate grows by this factor: rounding has taken over. */
const SAFE = 2;
/** Each restart divides the first step by this. */
const RESTART_SHRINK = 64;
/** At most this many restarts (first step down to h0 / 64⁵ ≈ 1e-9·h0). */
const MAX_RESTARTS = 5;
/** A result is accepted without restarting when its error estimate is below this fraction of it. */
const SETTLED = 1e-6;

const U = Number.EPSILON;
/** The spacing of subnormal numbers: below 2⁻¹⁰²² a value is only known to this, absolutely. */
const ETA = Number.MIN_VALUE;

/** The estimate of g'(0) and what it cost. */
export interface FdResult {
  /** g'(0), entry by entry. */
  value: Float64Array;
  /**
   * Estimated absolute error (max over entries): the tableau's error estimate, never below the
   * rounding floor (u·max|g| + η)/h of the difference quotient itself (η: subnormal spacing).
   */
  err: number;
  /** The step at which the chosen estimate was formed. */
  h: number;
  /** Number of evaluations of g. */
  evals: number;
}

const maxAbs = (a: Float64Array): number => {
  let m = 0;
  for (const v of a) m = Math.max(m, Math.abs(v));
  return m;
};
const maxDiff = (a: Float64Array, b: Float64Array): number => {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
};
const finite = (a: Float64Array): boolean => a.every(Number.isFinite);

/**
 * A difference quotient at step h whose error is a series in h², h⁴, … (a central first difference,
 * a mixed second difference), with the rounding floor of the quotient itself at that step.
 */
type Quotient = (h: number) => { value: Float64Array; scale: number } | null;

/** The quotient of a first derivative: (g(h) − g(−h)) / 2h. */
function centralQuotient(g: (t: number) => Float64Array | null): Quotient {
  return (h) => {
    const gp = g(h),
      gm = g(-h);
    if (!gp || !gm || !finite(gp) || !finite(gm)) return null;
    const scale = Math.max(maxAbs(gp), maxAbs(gm));
    return { value: gp.map((v, k) => (v - gm[k]!) / (2 * h)), scale };
  };
}

/** One run of the tableau from the first step h. Returns null if g is not finite near 0. */
function tableau(q: Quotient, h: number, order: 1 | 2): (FdResult & { settled: boolean }) | null {
  let prev: Float64Array[] = [];
  let best: FdResult | null = null;
  let evals = 0;
  let gScale = 0;
  const per = order === 1 ? 2 : 4;
  for (let i = 0; i < NTAB; i++, h /= CON) {
    const r = q(h);
    evals += per;
    if (!r) {
      if (i === 0) return null;
      break;
    }
    gScale = Math.max(gScale, r.scale);
    const row: Float64Array[] = [r.value];
    // The rounding floor of the quotient: every value of g is known to u·|g| + η, and the quotient
    // divides a combination of them with weights adding up to 1/h (first order: ±1/2h twice) or
    // 1/h² (second order: ±1/4h² four times).
    const floor = (U * gScale + ETA) / h ** order;
    let fac = CON * CON;
    for (let j = 1; j <= i; j++, fac *= CON * CON) {
      const a = row[j - 1]!,
        b = prev[j - 1]!;
      const next = a.map((v, k) => (v * fac - b[k]!) / (fac - 1));
      row.push(next);
      const e = Math.max(maxDiff(next, a), maxDiff(next, prev[j - 1]!), floor);
      if (!best || e <= best.err) best = { value: next, err: e, h, evals: 0 };
    }
    // The estimate stops improving once rounding dominates: the diagonal drifts apart.
    if (i > 0 && best && maxDiff(row[i]!, prev[i - 1]!) >= SAFE * best.err) {
      break;
    }
    prev = row;
  }
  if (!best) return null;
  best.evals = evals;
  return { ...best, settled: best.err <= SETTLED * maxAbs(best.value) || best.err <= (64 * U * gScale) / best.h ** order };
}

/** Evaluations of g used by {@link noiseLevel}: t = jδ for j = -NOISE_HALF … NOISE_HALF. */
const NOISE_HALF = 3;
/** δ relative to the chosen step: small enough that g is linear to far below rounding there. */
const NOISE_SPACING = 1e-7;

/**
 * The rounding noise of g near 0, as in Moré & Wild, "Estimating computational noise" (2011):
 * at a spacing δ so small that g's smooth part is linear to far below rounding, the k-th
 * differences (k ≥ 2) of g(jδ) are pure noise, and for independent noise of standard deviation σ,
 * E[(Δᵏg)²] = σ²·C(2k, k). Returns the largest of the estimates for k = 2 … 2·NOISE_HALF, entry
 * by entry. Ridders' own error estimate misses this noise when two noisy extrapolants agree by
 * chance, and a simple u·|g| floor misses cancellation inside g (log of a number near 1, say).
 */
export function noiseLevel(g: (t: number) => Float64Array | null, delta: number): number | null {
  const pts: Float64Array[] = [];
  for (let j = -NOISE_HALF; j <= NOISE_HALF; j++) {
    const v = g(j * delta);
    if (!v || !finite(v)) return null;
    pts.push(v);
  }
  let sigma = 0;
  const width = pts[0]!.length;
  for (let e = 0; e < width; e++) {
    let diff = pts.map((p) => p[e]!);
    for (let k = 1; diff.length > 1; k++) {
      diff = diff.slice(1).map((v, i) => v - diff[i]!);
      if (k < 2) continue;
      const meanSq = diff.reduce((s, d) => s + d * d, 0) / diff.length;
      sigma = Math.max(sigma, Math.sqrt(meanSq / binomial(2 * k, k)));
    }
  }
  return sigma;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}

/**
 * Bound on the rounding error of an extrapolant formed at step h from noise of level σ: each
 * central difference carries (ε₊ − ε₋)/2h with |ε| ≤ 3σ, so at most 3σ/h, and the Richardson
 * weights of a column add up to less than 2 in absolute value (∏ (4ʲ+1)/(4ʲ−1) < 1.9).
 */
const NOISE_TO_ERROR = 6;

/**
 * First steps of the tableaux, relative to h0. The second (h0/100) is an independent estimate from
 * a disjoint range of steps: Ridders' error estimate is a heuristic that can be far too small when
 * the first step is near a feature of the curve (a softmax switching components, say), and the
 * distance between two independent estimates is an honest measure of the larger-step one's error.
 * The last two (1e-4, 1e-8) look for singular points much closer than the step; see below.
 */
const SMOOTH_LEVELS = [1, 1e-2];
const SINGULAR_LEVELS = [1, 1e-2, 1e-4, 1e-8];
/** The noise probe never moves the inputs by less than this (relative to h0): below it they do not change at all. */
const NOISE_FLOOR_SPACING = 1e-10;

/** Error relative to the value (∞ for a zero value with an error). */
const relErr = (r: FdResult): number => (r.err === 0 ? 0 : r.err / maxAbs(r.value));

/** Ridders from h, restarting with much smaller first steps while it does not settle. */
function settledTableau(q: Quotient, h: number, order: 1 | 2 = 1): FdResult | null {
  let best: FdResult | null = null;
  let evals = 0;
  for (let r = 0; r <= MAX_RESTARTS; r++, h /= RESTART_SHRINK) {
    const res = tableau(q, h, order);
    if (res) {
      evals += res.evals;
      // At second order the tableaux are compared by their error relative to their value, and a
      // settled one wins outright: near a singular point the large steps read C/h², small in
      // absolute terms (h is large) but wrong, while the estimate at a step below the distance to
      // the singularity is large and right. (First derivatives keep the smallest absolute error,
      // as the benchmark measured them.)
      if (order === 2) {
        if (res.settled) {
          best = res;
          break;
        }
        if (!best || relErr(res) < relErr(best)) best = res;
        continue;
      }
      if (!best || res.err < best.err) best = res;
      if (res.settled) break;
    } else evals += 2 * order;
  }
  if (best) best.evals = evals;
  return best;
}

/**
 * The estimate to report from tableaus at decreasing steps (smallest last), for first and second
 * derivatives alike: the smallest step is trusted, and larger steps refine it only while they agree
 * with it. Its error is cross-checked with the next smaller-step estimate: the true error of the
 * chosen one is at most their distance plus the other's error.
 */
function pickLevel<R extends { value: Float64Array; err: number }>(results: readonly R[]): { best: R; err: number } {
  let k = results.length - 1;
  for (let i = results.length - 2; i >= 0; i--) {
    const r = results[i]!;
    if (maxDiff(r.value, results[k]!.value) > FD_AGREE * (r.err + results[k]!.err)) break;
    if (r.err < results[k]!.err) k = i;
  }
  const best = results[k]!;
  const next = results[k + 1];
  return { best, err: next ? Math.max(best.err, maxDiff(best.value, next.value) + next.err) : best.err };
}

/**
 * Estimates g'(0) for a curve g through the point at t = 0, starting from step h0 (in units of
 * t; the caller scales the direction so that h0 is small relative to the point). Returns null
 * when g is not finite at any step tried (the point is outside the function's domain).
 *
 * Unless `smooth: true` (the expression has no singularity, kink or domain edge anywhere), a
 * singular point much closer than the step can make g look smooth and symmetric at every step of
 * one tableau (log|det(X + tV)| seen from far away is 2·log|t| + const: a "settled" derivative
 * near 0). So the tableau is also run from steps 1e4 and 1e8 times smaller; the smallest step is
 * trusted, and larger steps refine it only while they agree with it within their error estimates.
 */
export function directionalDerivative(g: (t: number) => Float64Array | null, h0: number, opts: { smooth?: boolean } = {}): FdResult | null {
  const levels = opts.smooth === true ? SMOOTH_LEVELS : SINGULAR_LEVELS;
  const results: FdResult[] = [];
  let evals = 0;
  for (const level of levels) {
    const r = settledTableau(centralQuotient(g), h0 * level);
    if (r) {
      evals += r.evals;
      results.push(r);
    }
  }
  if (results.length === 0) return null;
  const { best, err } = pickLevel(results);
  const sigma = noiseLevel(g, Math.max(best.h * NOISE_SPACING, h0 * NOISE_FLOOR_SPACING));
  evals += 2 * NOISE_HALF + 1;
  if (sigma === null) return null;
  return { ...best, err: Math.max(err, (NOISE_TO_ERROR * sigma) / best.h), evals };
}

/** Two estimates agree when they differ by at most this many times their summed error estimates. */
const FD_AGREE = 4;

/**
 * First steps of the second-order tableaux, relative to h0. Rounding grows as 1/h² here, so the
 * independent estimate that checks the chosen one comes from steps 10 times smaller (the rounding
 * of an estimate at h0/10 is 100 times that at h0, as for first derivatives at h0/100); a third
 * tableau from 100 times smaller steps is trusted over both when they disagree with it (a feature
 * of the curve between the steps). The tiny steps that first derivatives also try (1e-4, 1e-8) are
 * useless: an estimate at h0·1e-8 is noise. Nor are they needed. The mixed quotient below cancels
 * f(W) exactly, and near a singular point much closer than the step (log|det| seen from far away:
 * log|t| plus a constant along every line) it reads C/h², which quadruples at every halving and
 * never settles, so the search restarts from smaller steps.
 */
const SECOND_LEVELS = [1, 1e-1, 1e-2];

/**
 * The mixed second derivative ∂²/∂s∂t f(W + sU + tV) at 0, from the two curves
 * g₊(t) = f(W + t(U + V)) and g₋(t) = f(W + t(U − V)), by
 *
 *   m(h) = [g₊(h) + g₊(−h) − g₋(h) − g₋(−h)] / 4h²  = ∂²f[U, V] + O(h²),
 *
 * the four-point mixed difference f(W ± hU ± hV) (even in h, so Richardson applies as for central
 * differences). Its error estimate has the same parts as {@link directionalDerivative}'s, at the
 * second-order scale: Ridders' estimate, the distance to an independent estimate from 100 times
 * smaller steps, and the measured noise of g₊ and g₋: four values, each off by at most 3σ, with
 * weights 1/4h², give 3σ/h², and the Richardson weights add up to less than 2: 6σ/h².
 */
export function mixedSecondDerivative(gPlus: (t: number) => Float64Array | null, gMinus: (t: number) => Float64Array | null, h0: number): FdResult | null {
  const q: Quotient = (h) => {
    const a = gPlus(h),
      b = gPlus(-h),
      c = gMinus(h),
      d = gMinus(-h);
    if (!a || !b || !c || !d || !finite(a) || !finite(b) || !finite(c) || !finite(d)) return null;
    const scale = Math.max(maxAbs(a), maxAbs(b), maxAbs(c), maxAbs(d));
    return { value: a.map((v, k) => (v + b[k]! - c[k]! - d[k]!) / (4 * h * h)), scale };
  };
  const results: FdResult[] = [];
  let evals = 0;
  for (const level of SECOND_LEVELS) {
    const r = settledTableau(q, h0 * level, 2);
    if (r) {
      evals += r.evals;
      results.push(r);
    }
  }
  if (results.length === 0) return null;
  // Rounding matters more at second order (it grows as 1/h²), and Ridders' estimate can miss it
  // when two noisy extrapolants agree by chance: each level's error gets its measured noise term
  // before the levels are compared, not only the chosen one's.
  for (const r of results) {
    const delta = Math.max(r.h * NOISE_SPACING, h0 * NOISE_FLOOR_SPACING);
    const sp = noiseLevel(gPlus, delta),
      sm = noiseLevel(gMinus, delta);
    evals += 2 * (2 * NOISE_HALF + 1);
    if (sp === null || sm === null) return null;
    r.err = Math.max(r.err, (NOISE_TO_ERROR * Math.max(sp, sm)) / (r.h * r.h));
  }
  const { best, err } = pickLevel(results);
  return { ...best, err, evals };
}
