/** Every generator delivers what its assumption promises, by construction, on every draw. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import * as M from '../../engine/matrix.js';
import type { Mat } from '../../engine/matrix.js';
import { ASSUMPTIONS, type Assumption } from '../../engine/shapes.js';
import { ASSUMPTION_HOLDS, choleskyMinPivot } from './assumptionHolds.js';
import { forAssumptions } from './forAssumptions.js';
import { invertibleMatrix } from './invertibleMatrix.js';
import { orthogonalDefect } from './orthogonalMatrix.js';
import { spdMatrix } from './spdMatrix.js';

const n = fc.integer({ min: 1, max: 6 });
const isSymmetric = (a: Mat) => M.maxAbs(M.zip(a, M.transpose(a), (x, y) => x - y)) === 0;
/** ‖A‖∞·‖A⁻¹‖∞, the ∞-norm condition number. */
function condInf(a: Mat): number {
  const rowMax = (m: Mat) => Math.max(...M.toRows(m).map((r) => r.reduce((s, v) => s + Math.abs(v), 0)));
  return rowMax(a) * rowMax(M.inv(a));
}
/**
 * The Frobenius condition number ‖A‖_F·‖A⁻¹‖_F lies between κ₂ and n·κ₂ (each Frobenius norm is
 * between the 2-norm and √n times it): a deterministic check of an exact 2-norm condition number
 * that needs no eigenvalue iteration (power iteration converges slowly when σ₁ ≈ σ₂).
 */
const condF = (a: Mat) => M.frobenius(a) * M.frobenius(M.inv(a));

describe('generators keep their promises', () => {
  test.prop([n, fc.gen()])('invertible: diagonally dominant, ∞-norm condition number below 50', (k, g) => {
    const a = g(() => invertibleMatrix(k));
    expect(condInf(a)).toBeLessThan(50);
  });
  test.prop([n, fc.gen()])('symmetric and invertible together', (k, g) => {
    const a = g(() => forAssumptions(['symmetric', 'invertible'], k, k));
    expect(isSymmetric(a)).toBe(true);
    expect(condInf(a)).toBeLessThan(50);
  });
  test.prop([n, fc.gen()])('spd: symmetric, Cholesky pivots ≥ 1 (eigenvalues ≥ 1)', (k, g) => {
    const a = g(() => spdMatrix(k));
    expect(isSymmetric(a)).toBe(true);
    expect(choleskyMinPivot(a)).toBeGreaterThanOrEqual(1 - 1e-12);
  });
  test.prop([n, fc.gen()])('orthogonal: QᵀQ = I to working precision', (k, g) => {
    const q = g(() => forAssumptions(['orthogonal'], k, k));
    const e = M.zip(M.matmul(M.transpose(q), q), M.identity(k), (x, y) => x - y);
    expect(M.maxAbs(e)).toBeLessThan(1e-13);
  });
  test.prop([n, n, fc.gen()])('positive: every entry > 0', (r, c, g) => {
    const a = g(() => forAssumptions(['positive'], r, c));
    expect(Math.min(...a.data)).toBeGreaterThan(0);
  });
  test.prop([n, n, fc.gen()])('onehot-rows: each row has a single 1 and zeros (batch-first labels)', (r, c, g) => {
    const a = g(() => forAssumptions(['onehot-rows'], r, c));
    for (const row of M.toRows(a)) {
      expect(row.filter((v) => v === 1)).toHaveLength(1);
      expect(row.filter((v) => v !== 0 && v !== 1)).toHaveLength(0);
    }
  });
  test.prop([n, n, fc.gen()])('onehot: each column has a single 1 and zeros', (r, c, g) => {
    const a = g(() => forAssumptions(['onehot'], r, c));
    for (const col of M.toRows(M.transpose(a))) {
      expect(col.filter((v) => v === 1)).toHaveLength(1);
      expect(col.filter((v) => v !== 0 && v !== 1)).toHaveLength(0);
    }
  });
  test.prop([n, fc.gen()])('diagonal and invertible: zero off the diagonal, nonzero on it', (k, g) => {
    const a = g(() => forAssumptions(['diagonal', 'invertible'], k, k));
    for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) expect(a.data[i * k + j] !== 0).toBe(i === j);
  });
  test.prop([fc.integer({ min: 2, max: 5 }), fc.constantFrom(1e2, 1e6, 1e8), fc.gen()])('stress: invertible with an exact condition number κ (κ ≤ ‖A‖_F‖A⁻¹‖_F ≤ n·κ)', (k, kappa, g) => {
    const a = g(() => invertibleMatrix(k, { condition: kappa }));
    // inv(A) is accurate to about κ·u relative, so allow 1e-6 on the bounds.
    expect(condF(a)).toBeGreaterThanOrEqual(kappa * (1 - 1e-6));
    expect(condF(a)).toBeLessThanOrEqual(k * kappa * (1 + 1e-6));
  });
  test.prop([fc.integer({ min: 2, max: 5 }), fc.constantFrom(1e2, 1e6), fc.gen()])('stress: spd with an exact condition number κ', (k, kappa, g) => {
    const a = g(() => spdMatrix(k, { condition: kappa }));
    expect(isSymmetric(a)).toBe(true);
    expect(choleskyMinPivot(a)).toBeGreaterThan(0);
    expect(condF(a)).toBeGreaterThanOrEqual(kappa * (1 - 1e-6));
    expect(condF(a)).toBeLessThanOrEqual(k * kappa * (1 + 1e-6));
  });
  test.prop([fc.integer({ min: 2, max: 5 }), fc.constantFrom(1e2, 1e6, 1e8), fc.boolean(), fc.gen()])(
    'stress: positive invertible and positive spd keep every entry > 0 at an exact condition number κ',
    (k, kappa, definite, g) => {
      const a = g(() => (definite ? spdMatrix(k, { condition: kappa, positive: true }) : invertibleMatrix(k, { condition: kappa, positive: true })));
      expect(Math.min(...a.data)).toBeGreaterThan(0);
      if (definite) expect(choleskyMinPivot(a)).toBeGreaterThan(0);
      expect(condF(a)).toBeGreaterThanOrEqual(kappa * (1 - 1e-6));
      expect(condF(a)).toBeLessThanOrEqual(k * kappa * (1 + 1e-6));
    },
  );
  test('stress: symmetric invertible at an exact condition number is exactly symmetric', () => {
    for (const a of fc.sample(invertibleMatrix(4, { condition: 1e6, symmetric: true }), { seed: 1, numRuns: 20 })) expect(isSymmetric(a)).toBe(true);
  });
  test('orthogonalDefect bounds the distance to the nearest orthogonal matrix, and not loosely', () => {
    // diag(1 + ε, 1, 1) is ε from I, its nearest orthogonal matrix.
    const eps = 1e-10;
    const q = M.identity(3);
    q.data[0] = 1 + eps;
    const d = orthogonalDefect(q).data[0]!;
    expect(d).toBeGreaterThanOrEqual(eps);
    expect(d).toBeLessThan(3 * eps);
    expect(Math.max(...orthogonalDefect(M.identity(3)).data)).toBeLessThan(1e-15);
  });
  test('every assumption has a generator that keeps its promise (ASSUMPTION_HOLDS), at every size from 1 to 4', () => {
    for (const a of ASSUMPTIONS as readonly Assumption[])
      for (let k = 1; k <= 4; k++)
        for (const m of fc.sample(forAssumptions([a], k, k), { seed: k, numRuns: 8 })) expect(ASSUMPTION_HOLDS[a](m), `${a} at ${k}x${k}: ${JSON.stringify(M.toRows(m))}`).toBe(true);
  });
  test('and the promise checks can fail: a dense matrix is none of these', () => {
    const dense = M.fromRows([
      [1, 2],
      [3, -4],
    ]);
    for (const a of ASSUMPTIONS as readonly Assumption[]) if (a !== 'invertible') expect(ASSUMPTION_HOLDS[a](dense), a).toBe(false);
    expect(
      ASSUMPTION_HOLDS.invertible(
        M.fromRows([
          [1, 2],
          [2, 4],
        ]),
      ),
    ).toBe(false);
  });
});
