/**
 * The rounding model the operations' running error bounds are built from (Higham, "Accuracy and
 * Stability of Numerical Algorithms", ch. 3): fl(x op y) = (x op y)(1 + δ) + η, |δ| ≤ u, |η| ≤ η₀,
 * and the bounds of the products and LU-based functions several operations share.
 */
import * as M from '../matrix.js';
import type { Mat } from '../matrix.js';
import type { EvalContext, VE } from './types.js';

/** The unit roundoff of float64. */
export const U = Number.EPSILON / 2;
/**
 * Underflow: below 2⁻¹⁰²² results are subnormal and rounding to the nearest multiple of 2⁻¹⁰⁷⁴
 * errs by up to half of it in absolute terms, however small the value (Higham's model
 * fl(x op y) = (x op y)(1 + δ) + η, |η| ≤ 2⁻¹⁰⁷⁵). Invisible at ordinary sizes, it is the whole
 * error of a density of 1e-318.
 */
export const ETA = Number.MIN_VALUE / 2;

/** A value and its bound, both present. */
export type Bounded = { v: Mat; e: Mat };

export const abs = (m: Mat): Mat => M.map(m, Math.abs);
export const add = (...ms: Mat[]): Mat => ms.reduce((a, b) => M.zip(a, b, (x, y) => x + y));
/** The rounding of a computed value: k·(u|v| + η) entry by entry. */
export const round = (v: Mat, k = 1): Mat => M.map(v, (x) => k * (U * Math.abs(x) + ETA));
export const zeros = (m: Mat): Mat => M.mat(m.rows, m.cols);
/** The bound of an argument (call only when `c.bound`). */
export const err = (x: VE): Mat => x.e!;
/** `v`, with the bound `e()` computed only when the evaluation asks for bounds. */
export const result = (c: EvalContext, v: Mat, e: () => Mat): VE => (c.bound ? { v, e: e() } : { v });
/** An operation that only moves entries (transpose, diag): the same move applied to the bound. */
export const moved = (c: EvalContext, x: VE, f: (m: Mat) => Mat): VE => (c.bound ? { v: f(x.v), e: f(err(x)) } : { v: f(x.v) });

/** The product A·B (either may be 1×1) and its bound |A|eB + eA|B| + k·u·|A||B|. */
export function matmulBounded(a: Bounded, b: Bounded): Bounded {
  if (M.isScalar(a.v) || M.isScalar(b.v)) {
    const v = M.zip(a.v, b.v, (x, y) => x * y);
    return {
      v,
      e: add(
        M.zip(abs(a.v), b.e, (x, y) => x * y),
        M.zip(a.e, abs(b.v), (x, y) => x * y),
        round(v),
      ),
    };
  }
  const v = M.matmul(a.v, b.v);
  const k = a.v.cols;
  // Each of the k products may underflow too.
  const e = add(
    M.matmul(abs(a.v), b.e),
    M.matmul(a.e, abs(b.v)),
    M.scale(M.matmul(abs(a.v), abs(b.v)), k * U),
    M.map(round(v), (x) => x + k * ETA),
  );
  return { v, e };
}

/**
 * |L||U| of X's LU factorisation with partial pivoting, in X's row order: Gaussian elimination's
 * backward error is |ΔX| ≤ γ₃ₙ|L||U| (Higham, Thm 9.3; for inverses and determinants from the
 * factors, §14.3), and with pivoting |L||U| is nonzero where X is zero, so n·u|X| is not a bound.
 */
function luMagnitude(x: Mat): Mat {
  const f = M.luFactor(x);
  const n = f.n;
  const l = M.mat(n, n),
    u = M.mat(n, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const v = Math.abs(f.lu[i * n + j]!);
      if (j < i) l.data[i * n + j] = v;
      else u.data[i * n + j] = v;
      if (j === i) l.data[i * n + i] = 1;
    }
  const lu = M.matmul(l, u);
  const out = M.mat(n, n);
  for (let i = 0; i < n; i++) out.data.set(lu.data.subarray(i * n, (i + 1) * n), f.perm[i]! * n);
  return out;
}

/** The perturbation of X that the LU-based functions see: X's own bound plus the backward error γ₃ₙ|L||U|. */
export const luPerturbation = (x: Bounded): Mat => add(x.e, M.scale(luMagnitude(x.v), 3 * x.v.rows * U));

/** X⁻¹ and its bound |X⁻¹|(eX + γ₃ₙ|L||U|)|X⁻¹| + u|X⁻¹|. */
export function invBounded(x: Bounded): Bounded {
  const v = M.inv(x.v);
  const ai = abs(v);
  return { v, e: add(M.matmul(M.matmul(ai, luPerturbation(x)), ai), round(v)) };
}

/** Σ |X⁻ᵀ| ∘ (eX + γ₃ₙ|L||U|): the first-order change of log|det X| under the perturbation bound. */
export function logdetSpread(x: Bounded): number {
  const ai = abs(M.transpose(M.inv(x.v)));
  return M.inner(ai, luPerturbation(x));
}

/**
 * A bound on |det(X + Δ) − det X| for every |Δ| ≤ E entrywise, from Hadamard's inequality
 * |det A| ≤ Π‖aₖ‖₂ (aₖ the rows of A): replacing the rows one at a time,
 *   det(X + Δ) − det X = Σᵢ det(x₁ + δ₁, …, xᵢ₋₁ + δᵢ₋₁, δᵢ, xᵢ₊₁, …, xₙ),
 * so it is at most Σᵢ ‖Eᵢ‖₂ Πₖ≠ᵢ (‖xₖ‖₂ + ‖Eₖ‖₂). Not first order: it holds for any size of Δ,
 * and needs no inverse, so it is finite at a singular X.
 */
export function hadamardSpread(x: Mat, e: Mat): number {
  const n = x.rows;
  const rowNorm = (m: Mat, i: number) => M.frobenius(M.mat(1, n, m.data.subarray(i * n, (i + 1) * n)));
  const xr = Array.from({ length: n }, (_, i) => rowNorm(x, i));
  const er = Array.from({ length: n }, (_, i) => rowNorm(e, i));
  let total = 0;
  for (let i = 0; i < n; i++) {
    let p = er[i]!;
    for (let k = 0; k < n; k++) if (k !== i) p *= xr[k]! + er[k]!;
    total += p;
  }
  // The norms and the products round by (2n + 2)u relative at most.
  return total * (1 + (2 * n + 2) * U);
}

/** Both present (call only when `c.bound`). */
export const bounded = (x: VE): Bounded => ({ v: x.v, e: err(x) });
