import fc from 'fast-check';

/** Options shared by the matrix generators. */
export interface EntryConstraints {
  /**
   * Largest entry magnitude.
   * @defaultValue 5
   */
  max?: number;
}

/**
 * One matrix entry: a multiple of 1/4 in [-max, max]. Quarters are exact in binary, read well in
 * a counterexample, and shrink towards 0 and small whole numbers.
 */
export function entry({ max = 5 }: EntryConstraints = {}): fc.Arbitrary<number> {
  const k = Math.round(4 * max);
  return fc.integer({ min: -k, max: k }).map((i) => i / 4);
}

/** A strictly positive entry: a multiple of 1/4 in [1/4, max]. */
export function positiveEntry({ max = 5 }: EntryConstraints = {}): fc.Arbitrary<number> {
  return fc.integer({ min: 1, max: Math.round(4 * max) }).map((i) => i / 4);
}
