import { describe, expect, test } from 'vitest';
import { InputError } from '../engine/errors.js';
import { kinkAt } from './functionKinks.js';
import { checkFunctionGradient } from '../api/functions.js';

describe('kinkAt: one-sided slopes that differ at every step', () => {
  test('|t| at 0 is a kink; t² and a line are not; a kink away from 0 is not seen at 0', () => {
    expect(kinkAt(Math.abs, 1e-6)).toBe(true);
    expect(kinkAt((t) => Math.max(0, t - 0), 1e-6)).toBe(true);
    expect(kinkAt((t) => t * t, 1e-6)).toBe(false);
    expect(kinkAt((t) => 3 * t + 1, 1e-6)).toBe(false);
    expect(kinkAt((t) => Math.abs(t - 1), 1e-6)).toBe(false);
    expect(kinkAt((t) => Math.exp(50 * t), 1e-3)).toBe(false);
  });
  test('no value, no kink', () => expect(kinkAt((t) => (t === 0 ? 0 : null), 1e-6)).toBe(false));
});

type V = { x: number[]; a: number[] };
const norm = (v: number[]) => Math.sqrt(v.reduce((s, t) => s + t * t, 0));
const diff = ({ x, a }: V) => x.map((t, i) => t - a[i]!);
const distance = { f: (v: V) => norm(diff(v)), shape: { x: 'n', a: 'n' }, wrt: 'x' } as const;

describe('checkFunctionGradient on ‖x − a‖ (the Cookbook’s (129)), whose gradient is NaN at its kink x = a', () => {
  const unit = (v: V) => {
    const d = diff(v);
    return d.map((t) => t / norm(d));
  };
  // Before: the first case drew x, a and dx from one seed (x = a = dx) and refuted this at every seed.
  test.each([1, 2, 3, 42])('the right gradient is verified (seed %i)', (seed) => {
    expect(checkFunctionGradient({ ...distance, grad: unit, seed, cases: 30 } as never).verdict).toBe('verified');
  });
  test('only points on the kink: bad input that says so, not a verdict', () => {
    expect(() => checkFunctionGradient({ ...distance, grad: unit, seed: 1, cases: 0, at: { x: [1, 2], a: [1, 2] } } as never)).toThrow(InputError);
    expect(() => checkFunctionGradient({ ...distance, grad: unit, seed: 1, cases: 0, at: { x: [1, 2], a: [1, 2] } } as never)).toThrow(/kink along dx/);
  });
  test('a wrong gradient is still refuted', () => {
    expect(checkFunctionGradient({ ...distance, grad: (v: V) => diff(v), seed: 1, cases: 30 } as never).verdict).toBe('refuted');
  });
  test('NaN where f is smooth is still a refutation: ‖x − a‖² with 2(x − a)·‖x − a‖/‖x − a‖ at x = a', () => {
    const r = checkFunctionGradient({
      f: (v: V) => norm(diff(v)) ** 2,
      grad: (v: V) => diff(v).map((t) => (2 * t * norm(diff(v))) / norm(diff(v))),
      shape: { x: 'n', a: 'n' },
      wrt: 'x',
      seed: 1,
      cases: 0,
      at: { x: [1, 2], a: [1, 2] },
    } as never);
    expect(r.verdict).toBe('refuted');
    expect(r.reason).toMatch(/grad is NaN .* where f is finite/);
  });
});
