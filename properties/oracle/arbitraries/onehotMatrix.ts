import fc from 'fast-check';
import { mat, type Mat } from '../../engine/matrix.js';

/** A rows×cols matrix whose every column is one-hot (a single 1); a column vector when cols = 1. */
export function onehotMatrix(rows: number, cols: number): fc.Arbitrary<Mat> {
  return fc.array(fc.integer({ min: 0, max: rows - 1 }), { minLength: cols, maxLength: cols }).map((hot) => {
    const m = mat(rows, cols);
    hot.forEach((i, j) => (m.data[i * cols + j] = 1));
    return m;
  });
}
