import type fc from 'fast-check';
import { type Mat, transpose } from '../../engine/matrix.js';
import { onehotMatrix } from './onehotMatrix.js';

/**
 * A rows×cols matrix whose every row is one-hot (a single 1): batch-first labels, one sample per
 * row and one class per column, as `--assume Y=onehot-rows` promises; a row vector when rows = 1.
 */
export function onehotRowsMatrix(rows: number, cols: number): fc.Arbitrary<Mat> {
  return onehotMatrix(cols, rows).map(transpose);
}
