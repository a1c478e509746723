// Your own properties, on the oracle's matrices: spd, orthogonal, invertible at a chosen condition number, …
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { spdMatrix } from 'matrix-calculus-verified/arbitraries';

/** The matrix under test: a Cholesky factorization, A = L·Lᵀ. */
function cholesky(A: number[][]): number[][] {
  const L = A.map(() => A.map(() => 0));
  for (let j = 0; j < A.length; j++)
    for (let i = j; i < A.length; i++) {
      let s = A[i]![j]!;
      for (let k = 0; k < j; k++) s -= L[i]![k]! * L[j]![k]!;
      L[i]![j] = i === j ? Math.sqrt(s) : s / L[j]![j]!;
    }
  return L;
}

test('L·Lᵀ gives back A, for spd matrices up to condition number 1e8', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 1, max: 6 }).chain((n) => spdMatrix(n, { condition: 1e8 })),
      (A) => {
        const L = cholesky(A);
        A.forEach((row, i) => row.forEach((a, j) => expect(L[i]!.reduce((s, l, k) => s + l * L[j]![k]!, 0)).toBeCloseTo(a, 12)));
      },
    ),
    { seed: 1 },
  );
});
