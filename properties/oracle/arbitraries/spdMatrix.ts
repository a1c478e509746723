import fc from 'fast-check';
import { identity, matmul, transpose, zip, type Mat } from '../../engine/matrix.js';
import { conditionedMatrix } from './conditionedMatrix.js';
import { denseMatrix } from './denseMatrix.js';
import { positiveEntry, type EntryConstraints } from './entry.js';

/** Options of {@link spdMatrix}. */
export interface SpdConstraints extends EntryConstraints {
  /** Every entry > 0 as well. @defaultValue false */
  positive?: boolean;
  /** Exact condition number, built as Q·diag(λ)·Qᵀ (stress tests; see conditionedMatrix). */
  condition?: number;
}

/**
 * A symmetric positive definite n×n matrix by construction: BᵀB + m·I with B's entries in
 * [-2, 2] and m ≥ 1, so every eigenvalue is ≥ 1 and the condition number stays below
 * (‖B‖² + 1) ≤ 1 + 4n² (65 for n = 4).
 */
export function spdMatrix(n: number, constraints: SpdConstraints = {}): fc.Arbitrary<Mat> {
  if (constraints.condition !== undefined) return conditionedMatrix(n, constraints.condition, { definite: true, positive: constraints.positive });
  const c = { max: 2, ...constraints };
  const b = constraints.positive ? denseMatrix(n, n, c, positiveEntry(c)) : denseMatrix(n, n, c);
  return fc.tuple(b, fc.integer({ min: 4, max: 12 })).map(([bm, m]) => {
    const a = matmul(transpose(bm), bm);
    return zip(a, identity(n), (x, i) => x + (i * m) / 4);
  });
}
