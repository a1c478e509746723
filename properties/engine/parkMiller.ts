/**
 * The Park–Miller "minimal standard" generator (multiplier 48271, modulus 2³¹ − 1): a fixed
 * stream of numbers for tests that need many deterministic values without fast-check's machinery.
 */
export function parkMiller(seed: number): () => number {
  // The state must lie in 1 … 2³¹ − 2: 0 (or a multiple of the modulus) would stay 0 forever.
  let state = ((Math.floor(Math.abs(seed)) % 2147483646) + 2147483646) % 2147483646 || 1;
  /** The next number, uniform in (0, 1). */
  return () => (state = (state * 48271) % 2147483647) / 2147483647;
}
