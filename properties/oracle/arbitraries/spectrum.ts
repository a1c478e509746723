import fc from 'fast-check';

/**
 * n magnitudes spanning [1/condition, 1] exactly: the largest is 1, the smallest 1/condition, the
 * others spread log-uniformly between them. A matrix U·diag(σ)·Vᵀ with orthogonal U, V then has
 * condition number `condition` by construction.
 */
export function spectrum(n: number, condition: number): fc.Arbitrary<number[]> {
  return fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: Math.max(0, n - 2), maxLength: Math.max(0, n - 2) }).map((mid) => {
    if (n === 1) return [1];
    const logK = Math.log(condition);
    return [1, ...mid.map((u) => Math.exp(-u * logK)), 1 / condition];
  });
}
