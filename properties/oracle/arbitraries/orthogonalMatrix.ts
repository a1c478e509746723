import fc from 'fast-check';
import { identity, inv, map, mat, matmul, transpose, zip, type Mat } from '../../engine/matrix.js';
import { denseMatrix } from './denseMatrix.js';

/**
 * An orthogonal n×n matrix by construction: the Cayley transform Q = (I − S)(I + S)⁻¹ of a skew
 * matrix S = (R − Rᵀ)/2. I + S is always invertible (S has imaginary eigenvalues) and its
 * condition number is at most 1 + ‖S‖, so Q is orthogonal to working precision: only to working
 * precision, which {@link orthogonalDefect} measures. The Cayley transform only reaches rotations
 * (det Q = +1), so half of the draws flip the sign of the first column: reflections are orthogonal
 * too (and the 1×1 orthogonal matrices are exactly ±1).
 */
export function orthogonalMatrix(n: number): fc.Arbitrary<Mat> {
  return fc.tuple(denseMatrix(n, n, { max: 2 }), fc.boolean()).map(([r, reflect]) => {
    const s = zip(r, transpose(r), (a, b) => (a - b) / 2);
    const i = identity(n);
    const q = matmul(
      zip(i, s, (a, b) => a - b),
      inv(zip(i, s, (a, b) => a + b)),
    );
    if (reflect) for (let k = 0; k < n; k++) q.data[k * n] = -q.data[k * n]!;
    return q;
  });
}

const U = Number.EPSILON / 2;

/**
 * How far a float matrix Q is from the orthogonal matrix it stands for, entry by entry: a bound
 * δ on every |Q − Q₀|ᵢⱼ, where Q₀ is the nearest orthogonal matrix (the polar factor of Q), as an
 * n×n matrix of δ's. The oracle treats Q as Q₀ known to within this error, so identities that
 * hold for Q₀ (QᵀQ = I, Q⁻¹ = Qᵀ) are not refuted by Q's rounding.
 *
 * With σᵢ the singular values of Q, ‖Q − Q₀‖₂ = maxᵢ |σᵢ − 1| = maxᵢ |σᵢ² − 1|/(σᵢ + 1) ≤ ‖QᵀQ − I‖₂,
 * and every entry of a matrix is at most its 2-norm. ‖QᵀQ − I‖₂ ≤ ‖QᵀQ − I‖_F, measured from the
 * computed C = fl(QᵀQ), whose own error is at most γₙ|Qᵀ||Q| entrywise (Higham, Thm 3.5); the
 * factor 1 + 4n²u covers the rounding of the sums of squares and of the square root.
 */
export function orthogonalDefect(q: Mat): Mat {
  const n = q.rows;
  const c = matmul(transpose(q), q);
  const a = map(q, Math.abs);
  const mag = matmul(transpose(a), a);
  const gamma = (n * U) / (1 - n * U);
  let ss = 0,
    mm = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const k = i * n + j;
      ss += (c.data[k]! - (i === j ? 1 : 0)) ** 2;
      mm += mag.data[k]! ** 2;
    }
  const delta = (Math.sqrt(ss) + gamma * Math.sqrt(mm)) * (1 + 4 * n * n * U);
  return map(mat(n, n), () => delta);
}
