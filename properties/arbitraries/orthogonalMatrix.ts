import fc from 'fast-check';
import { identity, inv, matmul, transpose, zip, type Mat } from '../engine/matrix.js';
import { denseMatrix } from './denseMatrix.js';

/**
 * An orthogonal n×n matrix by construction: the Cayley transform Q = (I − S)(I + S)⁻¹ of a skew
 * matrix S = (R − Rᵀ)/2. I + S is always invertible (S has imaginary eigenvalues) and its
 * condition number is at most 1 + ‖S‖, so Q is orthogonal to working precision.
 */
export function orthogonalMatrix(n: number): fc.Arbitrary<Mat> {
  return denseMatrix(n, n, { max: 2 }).map((r) => {
    const s = zip(r, transpose(r), (a, b) => (a - b) / 2);
    const i = identity(n);
    return matmul(zip(i, s, (a, b) => a - b), inv(zip(i, s, (a, b) => a + b)));
  });
}
