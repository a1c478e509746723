import type fc from 'fast-check';
import { transpose, zip, type Mat } from '../../engine/matrix.js';
import { denseMatrix } from './denseMatrix.js';
import { positiveEntry, type EntryConstraints } from './entry.js';

/** A symmetric n×n matrix, (R + Rᵀ)/2; with `positive`, every entry is > 0 as well. */
export function symmetricMatrix(n: number, constraints: EntryConstraints & { positive?: boolean } = {}): fc.Arbitrary<Mat> {
  const base = constraints.positive ? denseMatrix(n, n, constraints, positiveEntry(constraints)) : denseMatrix(n, n, constraints);
  return base.map((r) => zip(r, transpose(r), (a, b) => (a + b) / 2));
}
