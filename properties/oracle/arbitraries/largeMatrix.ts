import fc from 'fast-check';
import { mat, type Mat } from '../../engine/matrix.js';

/**
 * Matrices with more entries than this are drawn by {@link largeMatrix}: fast-check's arrays
 * draw (and keep shrink state for) every entry, which takes seconds for 10⁶ entries, and shrinking
 * them entry by entry takes as many candidates as there are entries.
 */
export const LARGE_ENTRIES = 1024;

/** Options of {@link largeMatrix}. */
export interface LargeMatrixConstraints {
  /** Entries in [1/4, 5] instead of [-5, 5]. @defaultValue false */
  positive?: boolean;
  /** Mirror the upper triangle (rows must equal cols). @defaultValue false */
  symmetric?: boolean;
}

/**
 * A large rows×cols matrix with entries as {@link entry} draws them (multiples of 1/4 in [-5, 5],
 * or [1/4, 5] when positive), filled from one 32-bit seed that fast-check draws: as fast as a
 * loop, reproducible from the check's seed, and not shrunk (a large counterexample is printed as a
 * summary; its numbers are in the evidence).
 */
export function largeMatrix(rows: number, cols: number, c: LargeMatrixConstraints = {}): fc.Arbitrary<Mat> {
  return fc.noShrink(fc.integer()).map((seed) => {
    const next = mulberry32(seed);
    const m = mat(rows, cols);
    const d = m.data;
    const draw = c.positive ? () => (1 + Math.floor(next() * 20)) / 4 : () => (Math.floor(next() * 41) - 20) / 4;
    if (c.symmetric) {
      for (let i = 0; i < rows; i++)
        for (let j = i; j < cols; j++) {
          const v = draw();
          d[i * cols + j] = v;
          d[j * cols + i] = v;
        }
    } else for (let k = 0; k < d.length; k++) d[k] = draw();
    return m;
  });
}

/** A small, fast generator of uniform numbers in [0, 1) from a 32-bit seed (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
