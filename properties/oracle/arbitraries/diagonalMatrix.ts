import fc from 'fast-check';
import { mat, type Mat } from '../../engine/matrix.js';
import { entry, positiveEntry, type EntryConstraints } from './entry.js';

/** Which diagonal entries {@link diagonalMatrix} may draw. */
export interface DiagonalConstraints extends EntryConstraints {
  /** `positive`: all > 0 (so spd); `nonzero`: invertible; `any`: zeros allowed. @defaultValue 'any' */
  entries?: 'any' | 'nonzero' | 'positive';
}

/** A diagonal n×n matrix. */
export function diagonalMatrix(n: number, constraints: DiagonalConstraints = {}): fc.Arbitrary<Mat> {
  const kind = constraints.entries ?? 'any';
  const e = kind === 'positive' ? positiveEntry(constraints) : kind === 'nonzero' ? fc.tuple(positiveEntry(constraints), fc.boolean()).map(([v, neg]) => (neg ? -v : v)) : entry(constraints);
  return fc.array(e, { minLength: n, maxLength: n }).map((d) => {
    const m = mat(n, n);
    d.forEach((v, i) => (m.data[i * n + i] = v));
    return m;
  });
}
