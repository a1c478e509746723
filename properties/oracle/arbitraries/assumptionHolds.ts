import * as M from '../../engine/matrix.js';
import type { Mat } from '../../engine/matrix.js';
import type { Assumption } from '../../engine/shapes.js';

const symmetric = (a: Mat) => a.rows === a.cols && M.maxAbs(M.zip(a, M.transpose(a), (x, y) => x - y)) === 0;

/** A single 1 and zeros elsewhere. */
const oneHot = (v: readonly number[]) => v.filter((x) => x === 1).length === 1 && v.every((x) => x === 0 || x === 1);

/**
 * The smallest pivot of the Cholesky factorization of a symmetric A (the factorization stops at the
 * first pivot ≤ 0, which it returns, or NaN): > 0 exactly when A is positive definite to rounding.
 */
export function choleskyMinPivot(a: Mat): number {
  const k = a.rows;
  const l = new Float64Array(k * k);
  let min = Infinity;
  for (let j = 0; j < k; j++) {
    let d = a.data[j * k + j]!;
    for (let p = 0; p < j; p++) d -= l[j * k + p]! ** 2;
    min = Math.min(min, d);
    if (!(d > 0)) return d;
    l[j * k + j] = Math.sqrt(d);
    for (let i = j + 1; i < k; i++) {
      let s = a.data[i * k + j]!;
      for (let p = 0; p < j; p++) s -= l[i * k + p]! * l[j * k + p]!;
      l[i * k + j] = s / l[j * k + j]!;
    }
  }
  return min;
}

/**
 * Whether a value has an assumption: what each generator promises, checked on the value itself
 * (the tests hold every generator, and every combination the catalogue uses, to it). The record
 * is complete by its type, so a new assumption cannot be added without saying what it means here.
 */
export const ASSUMPTION_HOLDS: Readonly<Record<Assumption, (m: Mat) => boolean>> = {
  invertible: (m) => m.rows === m.cols && !M.luFactor(m).singular && Number.isFinite(M.logAbsDet(m)),
  symmetric,
  spd: (m) => symmetric(m) && choleskyMinPivot(m) > 0,
  positive: (m) => m.data.every((x) => x > 0),
  onehot: (m) => M.toRows(M.transpose(m)).every(oneHot),
  'onehot-rows': (m) => M.toRows(m).every(oneHot),
  // Orthogonal to working precision: no float matrix is exactly (the oracle counts the defect).
  orthogonal: (m) => m.rows === m.cols && M.maxAbs(M.zip(M.matmul(M.transpose(m), m), M.identity(m.rows), (x, y) => x - y)) < 1e-13,
  diagonal: (m) => m.rows === m.cols && m.data.every((x, k) => x === 0 || Math.floor(k / m.cols) === k % m.cols),
};
