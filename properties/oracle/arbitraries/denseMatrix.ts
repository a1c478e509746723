import fc from 'fast-check';
import { mat, type Mat } from '../../engine/matrix.js';
import { entry, type EntryConstraints } from './entry.js';

/** A rows×cols matrix with independent entries from `entries` (default: {@link entry}). */
export function denseMatrix(rows: number, cols: number, constraints: EntryConstraints = {}, entries: fc.Arbitrary<number> = entry(constraints)): fc.Arbitrary<Mat> {
  const n = rows * cols;
  return fc.array(entries, { minLength: n, maxLength: n }).map((d) => mat(rows, cols, d));
}
