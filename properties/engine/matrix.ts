/**
 * Dense float64 matrices and the numerical kernels the evaluator needs.
 *
 * Every value in an expression is a `Mat`; a scalar is a 1x1 matrix and a column vector an nx1
 * one, so shapes are always two numbers and "a 1x1 result is a scalar" needs no special type.
 */

/** A dense row-major matrix of float64 entries. */
export interface Mat {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/**
 * Small matrices are cut from shared slabs. V8 keeps a typed array's entries on its heap only up
 * to 64 bytes (8 doubles); a larger one gets a backing store of its own, which is slow to make
 * and to collect, and the checks make millions of small matrices (every operation of every case).
 * A view into a slab is an ordinary object. A fresh slab is zero-filled and no part of it is
 * handed out twice, so a new matrix is zero as before. A slab is freed when no matrix cut from it
 * is alive; slabs are small (64 KB) so a long-lived matrix keeps little else alive.
 */
const SLAB_ENTRIES = 8192;
const FROM_SLAB_MAX = 1024;
let slab = new Float64Array(SLAB_ENTRIES);
let slabUsed = 0;

function zeroed(n: number): Float64Array {
  if (n <= 8 || n > FROM_SLAB_MAX) return new Float64Array(n);
  if (slabUsed + n > SLAB_ENTRIES) {
    slab = new Float64Array(SLAB_ENTRIES);
    slabUsed = 0;
  }
  const d = slab.subarray(slabUsed, slabUsed + n);
  slabUsed += n;
  return d;
}

/** Creates a matrix, zero-filled unless `data` is given (row-major). */
export function mat(rows: number, cols: number, data?: ArrayLike<number>): Mat {
  const d = zeroed(rows * cols);
  if (data) d.set(data);
  return { rows, cols, data: d };
}

/** A 1x1 matrix. */
export function scalar(v: number): Mat {
  return mat(1, 1, [v]);
}

/** Builds a matrix from nested rows, e.g. `fromRows([[1, 2], [3, 4]])`. */
export function fromRows(rows: readonly (readonly number[])[]): Mat {
  const r = rows.length;
  const c = r === 0 ? 0 : rows[0]!.length;
  const m = mat(r, c);
  for (let i = 0; i < r; i++) for (let j = 0; j < c; j++) m.data[i * c + j] = rows[i]![j]!;
  return m;
}

/** Nested rows of a matrix (for JSON output and display). */
export function toRows(m: Mat): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(m.data.subarray(i * m.cols, (i + 1) * m.cols)));
  return out;
}

export const isScalar = (m: Mat): boolean => m.rows === 1 && m.cols === 1;
export const shapeText = (m: Mat): string => `${m.rows}x${m.cols}`;

export function identity(n: number, m = n): Mat {
  const r = mat(n, m);
  for (let i = 0; i < Math.min(n, m); i++) r.data[i * m + i] = 1;
  return r;
}

export function transpose(a: Mat): Mat {
  const r = mat(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) r.data[j * a.rows + i] = a.data[i * a.cols + j]!;
  return r;
}

export function map(a: Mat, f: (x: number) => number): Mat {
  const r = mat(a.rows, a.cols);
  for (let i = 0; i < a.data.length; i++) r.data[i] = f(a.data[i]!);
  return r;
}

/**
 * Entrywise combination of two matrices, broadcast as NumPy and MATLAB do: each size equal, or 1
 * on one side (a scalar, a row 1×n or a column m×1 against an m×n matrix). Callers check the
 * shapes with {@link broadcastable}.
 */
export function zip(a: Mat, b: Mat, f: (x: number, y: number) => number): Mat {
  if (isScalar(a) && !isScalar(b)) return map(b, (y) => f(a.data[0]!, y));
  if (isScalar(b) && !isScalar(a)) return map(a, (x) => f(x, b.data[0]!));
  if (a.rows === b.rows && a.cols === b.cols) {
    const r = mat(a.rows, a.cols);
    for (let i = 0; i < a.data.length; i++) r.data[i] = f(a.data[i]!, b.data[i]!);
    return r;
  }
  const rows = Math.max(a.rows, b.rows),
    cols = Math.max(a.cols, b.cols);
  const r = mat(rows, cols);
  // A size of 1 repeats its single row or column: index 0 there.
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < cols; j++) r.data[i * cols + j] = f(a.data[(a.rows === 1 ? 0 : i) * a.cols + (a.cols === 1 ? 0 : j)]!, b.data[(b.rows === 1 ? 0 : i) * b.cols + (b.cols === 1 ? 0 : j)]!);
  return r;
}

/** Whether two shapes broadcast: each size equal, or 1 on one side. */
export function broadcastable(a: Mat, b: Mat): boolean {
  return (a.rows === b.rows || a.rows === 1 || b.rows === 1) && (a.cols === b.cols || a.cols === 1 || b.cols === 1);
}

export function matmul(a: Mat, b: Mat): Mat {
  const n = a.rows,
    k = a.cols,
    m = b.cols;
  const r = mat(n, m);
  const A = a.data,
    B = b.data,
    R = r.data;
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) {
      const aip = A[i * k + p]!;
      if (aip === 0) continue;
      for (let j = 0; j < m; j++) R[i * m + j]! += aip * B[p * m + j]!;
    }
  }
  return r;
}

export function kron(a: Mat, b: Mat): Mat {
  const r = mat(a.rows * b.rows, a.cols * b.cols);
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < a.cols; j++) {
      const aij = a.data[i * a.cols + j]!;
      for (let p = 0; p < b.rows; p++) for (let q = 0; q < b.cols; q++) r.data[(i * b.rows + p) * r.cols + (j * b.cols + q)] = aij * b.data[p * b.cols + q]!;
    }
  return r;
}

/** LU factorisation with partial pivoting: PA = LU, packed in one matrix. */
export interface LU {
  lu: Float64Array;
  n: number;
  perm: Int32Array;
  /** +1 or -1: the sign of the permutation. */
  sign: number;
  /** True when a pivot is exactly zero (the matrix is singular in floating point). */
  singular: boolean;
}

export function luFactor(a: Mat): LU {
  const n = a.rows;
  const lu = Float64Array.from(a.data);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  let sign = 1;
  let singular = false;
  for (let k = 0; k < n; k++) {
    let p = k;
    let max = Math.abs(lu[k * n + k]!);
    for (let i = k + 1; i < n; i++) {
      const v = Math.abs(lu[i * n + k]!);
      if (v > max) {
        max = v;
        p = i;
      }
    }
    if (max === 0) {
      singular = true;
      continue;
    }
    if (p !== k) {
      for (let j = 0; j < n; j++) {
        const t = lu[k * n + j]!;
        lu[k * n + j] = lu[p * n + j]!;
        lu[p * n + j] = t;
      }
      const t = perm[k]!;
      perm[k] = perm[p]!;
      perm[p] = t;
      sign = -sign;
    }
    const pivot = lu[k * n + k]!;
    for (let i = k + 1; i < n; i++) {
      const f = (lu[i * n + k]! /= pivot);
      if (f === 0) continue;
      for (let j = k + 1; j < n; j++) lu[i * n + j]! -= f * lu[k * n + j]!;
    }
  }
  return { lu, n, perm, sign, singular };
}

/** Solves A X = B for X given A's LU factors. */
export function luSolve(f: LU, b: Mat): Mat {
  const { lu, n, perm } = f;
  const m = b.cols;
  const x = mat(n, m);
  for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) x.data[i * m + j] = b.data[perm[i]! * m + j]!;
  for (let j = 0; j < m; j++) {
    for (let i = 0; i < n; i++) {
      let s = x.data[i * m + j]!;
      for (let k = 0; k < i; k++) s -= lu[i * n + k]! * x.data[k * m + j]!;
      x.data[i * m + j] = s;
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = x.data[i * m + j]!;
      for (let k = i + 1; k < n; k++) s -= lu[i * n + k]! * x.data[k * m + j]!;
      x.data[i * m + j] = s / lu[i * n + i]!;
    }
  }
  return x;
}

export function det(a: Mat): number {
  const f = luFactor(a);
  if (f.singular) return 0;
  let d = f.sign;
  for (let i = 0; i < f.n; i++) d *= f.lu[i * f.n + i]!;
  return d;
}

/** log|det A|, summed from the LU pivots so it neither overflows nor underflows. */
export function logAbsDet(a: Mat): number {
  const f = luFactor(a);
  if (f.singular) return -Infinity;
  let s = 0;
  for (let i = 0; i < f.n; i++) s += Math.log(Math.abs(f.lu[i * f.n + i]!));
  return s;
}

/** The inverse; entries are non-finite when the matrix is singular. */
export function inv(a: Mat): Mat {
  const f = luFactor(a);
  if (f.singular) return map(a, () => NaN);
  return luSolve(f, identity(a.rows));
}

export function frobenius(a: Mat): number {
  // Scaled sum of squares: no overflow or underflow at extreme magnitudes.
  let scale = 0;
  for (const v of a.data) scale = Math.max(scale, Math.abs(v));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let s = 0;
  for (const v of a.data) s += (v / scale) ** 2;
  return scale * Math.sqrt(s);
}

export function maxAbs(a: Mat): number {
  let m = 0;
  for (const v of a.data) {
    const x = Math.abs(v);
    if (x > m || Number.isNaN(x)) m = x;
  }
  return m;
}

/** Sum of entrywise products, i.e. Tr(Aᵀ B). */
export function inner(a: Mat, b: Mat): number {
  let s = 0;
  for (let i = 0; i < a.data.length; i++) s += a.data[i]! * b.data[i]!;
  return s;
}

export function allFinite(a: Mat): boolean {
  for (const v of a.data) if (!Number.isFinite(v)) return false;
  return true;
}

/** a + t·b (a new matrix). */
export function axpy(a: Mat, t: number, b: Mat): Mat {
  const r = mat(a.rows, a.cols);
  for (let i = 0; i < a.data.length; i++) r.data[i] = a.data[i]! + t * b.data[i]!;
  return r;
}

export function scale(a: Mat, t: number): Mat {
  return map(a, (x) => x * t);
}

/**
 * The spectral norm ‖A‖₂ (the largest singular value, mathjs's norm(A,2)) and a bound on the
 * error of the value returned, by one-sided Jacobi (Hestenes): plane rotations of pairs of columns
 * of B (A, or Aᵀ when A is wide) until every pair is orthogonal to working precision; the singular
 * values are then the column norms. The bound, relative to ‖B‖_F =: s (B is scaled by 1/s first):
 * - the r rotations, each applied in floating point, give W = (B + ΔB)Q with Q orthogonal and
 *   ‖ΔB‖_F ≤ r·8u (Higham, "Accuracy and Stability", Lemma 19.8, with c = 8), plus u from the
 *   scaling; σ₁ moves by at most ‖ΔB‖₂ (Weyl);
 * - WᵀW = D + F with D its diagonal: λmax(WᵀW) is within ‖F‖_F of max Dᵢ (Weyl), F measured at the
 *   end (so the bound holds whether or not the sweeps converged), and the computed inner products
 *   err by at most γₘ‖wᵢ‖‖wⱼ‖; a change δ in σ² is at most δ/σ in σ;
 * - the square root and the scaling back, 3u relative.
 */
export function spectralNorm(a: Mat): { value: number; error: number } {
  const b = a.rows >= a.cols ? a : transpose(a);
  const m = b.rows,
    n = b.cols;
  const s = frobenius(b);
  if (s === 0 || !Number.isFinite(s)) return { value: s, error: 0 };
  const U = Number.EPSILON / 2;
  const cols = Array.from({ length: n }, (_, j) => Float64Array.from({ length: m }, (_, i) => b.data[i * n + j]! / s));
  const dot = (x: Float64Array, y: Float64Array) => {
    let t = 0;
    for (let i = 0; i < m; i++) t += x[i]! * y[i]!;
    return t;
  };
  const tol = m * U;
  let rotations = 0;
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++)
      for (let q = p + 1; q < n; q++) {
        const cp = cols[p]!,
          cq = cols[q]!;
        const alpha = dot(cp, cp),
          beta = dot(cq, cq),
          gamma = dot(cp, cq);
        if (Math.abs(gamma) <= tol * Math.sqrt(alpha * beta)) continue;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t),
          sn = c * t;
        for (let i = 0; i < m; i++) {
          const x = cp[i]!,
            y = cq[i]!;
          cp[i] = c * x - sn * y;
          cq[i] = sn * x + c * y;
        }
        rotations++;
        rotated = true;
      }
    if (!rotated) break;
  }
  const norms = cols.map((c) => Math.sqrt(dot(c, c)));
  const sigma = Math.max(...norms);
  let off = 0;
  for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += 2 * dot(cols[p]!, cols[q]!) ** 2;
  const sumNorms = norms.reduce((x, y) => x + y, 0);
  const gammaM = (m * U) / (1 - m * U);
  const squareError = Math.sqrt(off) + gammaM * sumNorms * sumNorms;
  const error = (rotations * 8 * U + U) * 1 + (sigma > 0 ? squareError / sigma : Math.sqrt(squareError)) + 3 * U * sigma;
  return { value: sigma * s, error: error * s };
}
