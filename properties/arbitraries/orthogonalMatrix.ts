import fc from 'fast-check';
import { identity, inv, matmul, transpose, zip, type Mat } from '../engine/matrix.js';
import { denseMatrix } from './denseMatrix.js';

/**
 * An orthogonal n×n matrix by construction: the Cayley transform Q = (I − S)(I + S)⁻¹ of a skew
 * matrix S = (R − Rᵀ)/2. I + S is always invertible (S has imaginary eigenvalues) and its
 * condition number is at most 1 + ‖S‖, so Q is orthogonal to working precision. The Cayley
 * transform only reaches rotations (det Q = +1), so half of the draws flip the sign of the first
 * column: reflections are orthogonal too (and the 1×1 orthogonal matrices are exactly ±1).
 */
export function orthogonalMatrix(n: number): fc.Arbitrary<Mat> {
  return fc.tuple(denseMatrix(n, n, { max: 2 }), fc.boolean()).map(([r, reflect]) => {
    const s = zip(r, transpose(r), (a, b) => (a - b) / 2);
    const i = identity(n);
    const q = matmul(zip(i, s, (a, b) => a - b), inv(zip(i, s, (a, b) => a + b)));
    if (reflect) for (let k = 0; k < n; k++) q.data[k * n] = -q.data[k * n]!;
    return q;
  });
}
