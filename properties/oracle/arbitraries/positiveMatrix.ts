import type fc from 'fast-check';
import type { Mat } from '../../engine/matrix.js';
import { denseMatrix } from './denseMatrix.js';
import { positiveEntry, type EntryConstraints } from './entry.js';

/** A matrix whose entries are all > 0 (at least 1/4, so logs and square roots stay tame). */
export function positiveMatrix(rows: number, cols: number, constraints: EntryConstraints = {}): fc.Arbitrary<Mat> {
  return denseMatrix(rows, cols, constraints, positiveEntry(constraints));
}
