/**
 * The finite-difference engine on functions whose derivatives are known exactly: the estimate is
 * accurate, and its error estimate covers the actual error, also near singularities and at tiny
 * and huge magnitudes.
 */
import { describe, expect, test } from 'vitest';
import { directionalDerivative, mixedSecondDerivative, noiseLevel } from './fd.js';

const scalarCurve = (f: (t: number) => number) => (t: number) => Float64Array.of(f(t));

/** Checks value and error estimate against the exact derivative. */
function expectAccurate(f: (t: number) => number, exact: number, h0: number, relAcc: number) {
  const r = directionalDerivative(scalarCurve(f), h0)!;
  expect(r).not.toBeNull();
  const actual = Math.abs(r.value[0]! - exact);
  // The estimate is honest: the true error is within the error estimate (×4, the FD_SAFETY margin)...
  expect(actual).toBeLessThanOrEqual(4 * r.err + Number.MIN_VALUE);
  // ...and sharp: far below what loose checkers accept.
  expect(actual).toBeLessThanOrEqual(relAcc * Math.abs(exact));
  return r;
}

describe('directionalDerivative', () => {
  test('is exact up to rounding on a quadratic (central differences have no h² error there)', () => {
    expectAccurate((t) => 3 * (1 + t) ** 2 - 2 * (1 + t), 4, 0.1, 1e-14);
  });
  test('reaches ~1e-12 relative accuracy on smooth functions: sin, exp, log', () => {
    expectAccurate((t) => Math.sin(0.7 + t), Math.cos(0.7), 0.1, 1e-11);
    expectAccurate((t) => Math.exp(2 * (0.3 + t)), 2 * Math.exp(0.6), 0.1, 1e-11);
    expectAccurate((t) => Math.log(2 + t), 0.5, 0.1, 1e-11);
  });
  test('handles a pole close to the point (1/x at distance 1e-6): the step shrinks by restarts', () => {
    const x0 = 1e-6;
    expectAccurate((t) => 1 / (x0 + t), -1 / (x0 * x0), 0.1, 1e-6);
  });
  test('handles a domain edge: log(x) at x = 1e-4 with a first step of 0.1 that leaves the domain', () => {
    expectAccurate((t) => Math.log(1e-4 + t), 1e4, 0.1, 1e-8);
  });
  test('is scale invariant: tiny (1e-150) and huge (1e150) magnitudes', () => {
    expectAccurate((t) => 1e-150 * Math.sin(1 + t), 1e-150 * Math.cos(1), 0.1, 1e-11);
    expectAccurate((t) => 1e150 * Math.sin(1 + t), 1e150 * Math.cos(1), 0.1, 1e-11);
    // Step in units of a tiny variable: x = 1e-8 (1 + t).
    expectAccurate((t) => Math.sin(1e-8 * (1 + t)) ** 2, 2 * Math.sin(1e-8) * Math.cos(1e-8) * 1e-8, 0.1, 1e-10);
  });
  test('returns null where the function is nowhere finite near the point', () => {
    expect(
      directionalDerivative(
        scalarCurve(() => NaN),
        0.1,
      ),
    ).toBeNull();
  });
  test('works entry by entry on vector-valued curves', () => {
    const r = directionalDerivative((t) => Float64Array.of(Math.sin(t), Math.cos(t), t * t * t), 0.1)!;
    expect(Math.abs(r.value[0]! - 1)).toBeLessThan(1e-12);
    expect(Math.abs(r.value[1]!)).toBeLessThan(1e-12);
    expect(Math.abs(r.value[2]!)).toBeLessThan(1e-12);
  });
});

describe('noiseLevel', () => {
  test('measures injected noise within a small factor, and finds none in exact arithmetic', () => {
    // Deterministic pseudo-random noise of standard deviation σ on top of a smooth curve.
    const sigma = 1e-10;
    let state = 12345;
    const rand = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
    const noisy = (t: number) => Float64Array.of(Math.sin(1 + t) + sigma * Math.sqrt(3) * rand());
    const est = noiseLevel(noisy, 1e-9)!;
    expect(est).toBeGreaterThan(sigma / 5);
    expect(est).toBeLessThan(sigma * 5);
    expect(noiseLevel((t) => Float64Array.of(2 * t + 1), 0.25)).toBe(0);
  });
  test('covers cancellation inside f that Ridders alone missed (a regression: softmax loss near its minimum)', () => {
    // f(T) = -y'·log(softmax(T·x)) along V at the point below; the derivative, computed with
    // 50 digits (mpmath), is 0.0072971048650926468665… Ridders' own estimate was 3.7e-15 while the
    // actual error was 5.3e-14: the noise of f (≈ u, from log of a number near 1) was not seen.
    const T = [
        [-2, -2.25],
        [0, 0],
        [3.25, -1],
        [-0.25, -1.75],
      ],
      x = [-1, 3],
      y = [0, 1, 0, 0];
    const V = [
      [3.75, 3],
      [0.5, 0.5],
      [-1.75, 0.5],
      [4.75, 0.25],
    ];
    const f = (t: number) => {
      const z = T.map((row, i) => row.reduce((s, v, j) => s + (v + t * V[i]![j]!) * x[j]!, 0));
      const m = Math.max(...z);
      const lse = m + Math.log(z.reduce((s, v) => s + Math.exp(v - m), 0));
      return -z.reduce((s, v, i) => s + y[i]! * Math.log(Math.exp(v - lse)), 0);
    };
    const h0 = 0.06926745121613612;
    const r = directionalDerivative(scalarCurve(f), h0)!;
    // biome-ignore lint/correctness/noPrecisionLoss: the value as mpmath gives it; float64 keeps what it can
    const actual = Math.abs(r.value[0]! - 0.0072971048650926468665);
    expect(actual).toBeLessThanOrEqual(4 * r.err);
  });
});

describe('mixedSecondDerivative', () => {
  /** ∂²/∂s∂t f(a + s·u + t·v) at 0 for f of two variables, from the curves along u + v and u − v. */
  function expectMixed(f: (x: number, y: number) => number, a: [number, number], u: [number, number], v: [number, number], exact: number, h0: number, relAcc: number) {
    const along = (d: [number, number]) => (t: number) => Float64Array.of(f(a[0] + t * d[0], a[1] + t * d[1]));
    const r = mixedSecondDerivative(along([u[0] + v[0], u[1] + v[1]]), along([u[0] - v[0], u[1] - v[1]]), h0)!;
    expect(r).not.toBeNull();
    const actual = Math.abs(r.value[0]! - exact);
    // Honest (within the FD_SAFETY margin of 4) and sharp.
    expect(actual).toBeLessThanOrEqual(4 * r.err + Number.MIN_VALUE);
    expect(actual).toBeLessThanOrEqual(relAcc * Math.abs(exact));
    return r;
  }
  test('is exact up to rounding on a quadratic, and sees the off-diagonal entry, not the diagonal ones', () => {
    // f = x² + 3xy − 2y²: ∂²f/∂x∂y = 3 whatever the point.
    expectMixed((x, y) => x * x + 3 * x * y - 2 * y * y, [0.7, -1.2], [1, 0], [0, 1], 3, 0.1, 1e-12);
  });
  test('reaches ~1e-9 relative accuracy on smooth functions (sin·exp, log of a sum)', () => {
    expectMixed((x, y) => Math.sin(x) * Math.exp(y), [0.7, 0.3], [1, 0], [0, 1], Math.cos(0.7) * Math.exp(0.3), 0.1, 1e-9);
    // log(x + 2y): ∂²/∂s∂t along u = (1, 1), v = (1, −1) is −(1 + 2)(1 − 2)/(x + 2y)² = 3/(x + 2y)².
    expectMixed((x, y) => Math.log(x + 2 * y), [1, 0.5], [1, 1], [1, -1], 3 / 4, 0.1, 1e-9);
  });
  test('handles a pole close to the point (1/(x + y) at distance 1e-3): the step shrinks by restarts', () => {
    const d = 1e-3;
    expectMixed((x, y) => 1 / (x + y), [d, 0], [1, 0], [0, 1], 2 / d ** 3, 0.1, 1e-6);
  });
  test('is scale invariant: tiny (1e-150) and huge (1e150) magnitudes', () => {
    for (const c of [1e-150, 1e150]) expectMixed((x, y) => c * Math.sin(x) * Math.exp(y), [0.7, 0.3], [1, 0], [0, 1], c * Math.cos(0.7) * Math.exp(0.3), 0.1, 1e-9);
  });
  test('returns null where the function is nowhere finite near the point', () => {
    expect(
      mixedSecondDerivative(
        () => Float64Array.of(NaN),
        () => Float64Array.of(1),
        0.1,
      ),
    ).toBeNull();
  });
});
