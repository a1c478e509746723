import fc from 'fast-check';
import { mat, type Mat } from '../../engine/matrix.js';
import { conditionedMatrix } from './conditionedMatrix.js';
import { entry, positiveEntry, type EntryConstraints } from './entry.js';

/** Options of {@link invertibleMatrix}. */
export interface InvertibleConstraints extends EntryConstraints {
  /** Also symmetric. @defaultValue false */
  symmetric?: boolean;
  /** Every entry > 0 as well. @defaultValue false */
  positive?: boolean;
  /**
   * Exact 2-norm condition number, built as U·diag(±σ)·Vᵀ (stress tests; see conditionedMatrix,
   * which keeps `symmetric` and `positive`). When absent the matrix
   * is strictly diagonally dominant with readable entries and a condition number below ~50.
   */
  condition?: number;
}

/**
 * An invertible n×n matrix by construction. The default is strictly diagonally dominant: each
 * diagonal entry is ±(sum of the row's other magnitudes + a margin ≥ 1), so ‖A⁻¹‖∞ ≤ 1 and the
 * determinant's sign varies from case to case.
 */
export function invertibleMatrix(n: number, constraints: InvertibleConstraints = {}): fc.Arbitrary<Mat> {
  if (constraints.condition !== undefined) return conditionedMatrix(n, constraints.condition, { symmetric: constraints.symmetric, positive: constraints.positive });
  const off = constraints.positive ? positiveEntry(constraints) : entry(constraints);
  return fc
    .tuple(fc.array(off, { minLength: n * n, maxLength: n * n }), fc.array(fc.integer({ min: 4, max: 12 }), { minLength: n, maxLength: n }), fc.array(fc.boolean(), { minLength: n, maxLength: n }))
    .map(([r, margins, neg]) => {
      const a = mat(n, n, r);
      if (constraints.symmetric) for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) a.data[i * n + j] = a.data[j * n + i]!;
      for (let i = 0; i < n; i++) {
        let s = 0;
        for (let j = 0; j < n; j++) if (j !== i) s += Math.abs(a.data[i * n + j]!);
        // Positive matrices keep a positive diagonal; otherwise the sign varies.
        const sign = neg[i] && !constraints.positive ? -1 : 1;
        a.data[i * n + i] = sign * (s + margins[i]! / 4);
      }
      return a;
    });
}
