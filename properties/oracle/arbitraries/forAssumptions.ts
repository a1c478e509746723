import type fc from 'fast-check';
import type { Mat } from '../../engine/matrix.js';
import { scale } from '../../engine/matrix.js';
import type { Assumption } from '../../engine/shapes.js';
import { denseMatrix } from './denseMatrix.js';
import { diagonalMatrix } from './diagonalMatrix.js';
import { invertibleMatrix } from './invertibleMatrix.js';
import { onehotMatrix } from './onehotMatrix.js';
import { onehotRowsMatrix } from './onehotRowsMatrix.js';
import { orthogonalDefect, orthogonalMatrix } from './orthogonalMatrix.js';
import { positiveMatrix } from './positiveMatrix.js';
import { spdMatrix } from './spdMatrix.js';
import { symmetricMatrix } from './symmetricMatrix.js';

/** Stress options applied to every generated point (the benchmark uses them). */
export interface PointConstraints {
  /** Exact condition number for invertible and spd matrices (default: well conditioned). */
  condition?: number;
  /** Multiply every generated value (but one-hot, by columns or rows, and orthogonal ones) by this. @defaultValue 1 */
  scale?: number;
}

/**
 * The generator for a variable of the given size carrying every assumption in `kinds` (the
 * caller has checked they fit the shape with checkAssumptions). Every combination the checker
 * accepts has a construction here: nothing is filtered.
 */
export function forAssumptions(kinds: readonly Assumption[], rows: number, cols: number, c: PointConstraints = {}): fc.Arbitrary<Mat> {
  const has = (k: Assumption) => kinds.includes(k);
  const n = rows;
  let arb: fc.Arbitrary<Mat>;
  if (has('onehot')) return onehotMatrix(rows, cols);
  if (has('onehot-rows')) return onehotRowsMatrix(rows, cols);
  if (has('orthogonal')) return orthogonalMatrix(n);
  if (has('diagonal')) arb = diagonalMatrix(n, { entries: has('spd') || has('positive') ? 'positive' : has('invertible') ? 'nonzero' : 'any' });
  else if (has('spd')) arb = spdMatrix(n, { positive: has('positive'), condition: c.condition });
  else if (has('invertible')) arb = invertibleMatrix(n, { symmetric: has('symmetric'), positive: has('positive'), condition: c.condition });
  else if (has('symmetric')) arb = symmetricMatrix(n, { positive: has('positive') });
  else if (has('positive')) arb = positiveMatrix(rows, cols);
  else arb = denseMatrix(rows, cols);
  const s = c.scale ?? 1;
  return s === 1 ? arb : arb.map((m) => scale(m, s));
}

/**
 * The error with which a generated value stands for a matrix that has its assumptions exactly,
 * entry by entry, or undefined when it has them exactly. Only orthogonality cannot be had in
 * floating point: the other generators build exact symmetry (the same rounded sum on both sides of
 * the diagonal), exact one-hot and diagonal patterns, and positive definiteness and invertibility
 * with a margin, which rounding cannot break. The oracle adds this error to the bounds, so an
 * identity that holds under the assumption (QᵀQ = I) holds for the generated value within them.
 */
export function assumptionError(kinds: readonly Assumption[], value: Mat): Mat | undefined {
  return kinds.includes('orthogonal') ? orthogonalDefect(value) : undefined;
}
