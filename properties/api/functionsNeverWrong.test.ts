/**
 * The promise of the function checks (functions.ts): a wrong gradient is never verified, even
 * when f or grad draws fresh randomness per call or is NaN at some points, and a right one is not
 * refuted, even in float32 or through a ReLU's kink. Each planted case runs on 20 seeds.
 */
import { mulberry32 } from '../oracle/arbitraries/largeMatrix.js';
import { describe, expect, test } from 'vitest';
import { checkFunctionGradient, NondeterminismError } from './functions.js';

const SEEDS = Array.from({ length: 20 }, (_, i) => 1000 + i);

/** The verdict, or the name of the error the check threw (a wrong gradient must never read 'verified'). */
function outcome(run: () => { verdict: string }): string {
  try {
    return run().verdict;
  } catch (err) {
    return (err as Error).name;
  }
}

/** A small deterministic generator, for masks that are the same on every call. */
const seeded = mulberry32;

type V = { W: number[][]; x: number[] };
const shape = { W: 'kxd', x: 'd' } as const;
const matVec = (W: number[][], x: number[]) => W.map((r) => r.reduce((s, w, j) => s + w * x[j]!, 0));
/** A dropout mask of length k (keep probability ½, kept units scaled by 2), from `rand`. */
const mask = (k: number, rand: () => number) => Array.from({ length: k }, () => (rand() < 0.5 ? 0 : 2));
/** loss = ½‖m ⊙ tanh(Wx)‖² and its gradient, for a given mask m. */
const loss = (v: V, m: number[]) => 0.5 * matVec(v.W, v.x).reduce((s, z, i) => s + (m[i]! * Math.tanh(z)) ** 2, 0);
const grad = (v: V, m: number[]) =>
  matVec(v.W, v.x).map((z, i) => {
    const a = Math.tanh(z);
    return v.x.map((xj) => m[i]! * m[i]! * a * (1 - a * a) * xj);
  });

describe('planted randomness is caught: never verified, on 20 seeds each', () => {
  test('a backward pass that draws a fresh dropout mask (the forward pass uses a seeded one)', () => {
    const f = (v: V) => loss(v, mask(v.W.length, seeded(42)));
    const g = (v: V) => grad(v, mask(v.W.length, Math.random));
    for (const seed of SEEDS)
      expect(
        outcome(() => checkFunctionGradient({ f, grad: g, wrt: 'W', shape, seed })),
        `seed ${seed}`,
      ).toBe('NondeterminismError');
  });

  test('grad = 2x + a random ±0.5', () => {
    const f = ({ x }: { x: number[] }) => x.reduce((s, v) => s + v * v, 0);
    const g = ({ x }: { x: number[] }) => x.map((v) => 2 * v + (Math.random() - 0.5));
    for (const seed of SEEDS)
      expect(
        outcome(() => checkFunctionGradient({ f, grad: g, wrt: 'x', shape: { x: 'n' }, seed })),
        `seed ${seed}`,
      ).toBe('NondeterminismError');
  });

  test('Math.random dropout in f, with gradients of 0×, 1× and 100× the mask-free one', () => {
    const f = (v: V) => loss(v, mask(v.W.length, Math.random));
    const ones = (v: V) => v.W.map(() => 1);
    for (const factor of [0, 1, 100])
      for (const seed of SEEDS) {
        const g = (v: V) => grad(v, ones(v)).map((r) => r.map((e) => factor * e));
        expect(
          outcome(() => checkFunctionGradient({ f, grad: g, wrt: 'W', shape, seed })),
          `factor ${factor}, seed ${seed}`,
        ).toBe('NondeterminismError');
      }
  });

  test('the error names the function, the point and the likely causes', () => {
    const f = ({ x }: { x: number[] }) => x.reduce((s, v) => s + v * v, 0);
    expect(() => checkFunctionGradient({ f, grad: ({ x }) => x.map((v) => 2 * v + Math.random()), wrt: 'x', shape: { x: 'n' }, seed: 1 })).toThrow(NondeterminismError);
    expect(() => checkFunctionGradient({ f, grad: ({ x }) => x.map((v) => 2 * v + Math.random()), wrt: 'x', shape: { x: 'n' }, seed: 1 })).toThrow(
      /^grad is not deterministic: called twice at the same point it returned .* and then .*, at x = .*dropout, an unseeded random \(Math\.random\), or state kept between calls/,
    );
  });
});

describe('NaN where f is finite is a refutation, on 20 seeds', () => {
  test('a gradient of ‖x‖² that is NaN exactly where some xᵢ = 0', () => {
    const f = ({ x }: { x: number[] }) => x.reduce((s, v) => s + v * v, 0);
    const g = ({ x }: { x: number[] }) => x.map((v) => (2 * v * v) / v); // 0/0 at v = 0
    for (const seed of SEEDS) {
      const ev = checkFunctionGradient({ f, grad: g, wrt: 'x', shape: { x: 'n' }, seed });
      expect(ev.verdict, `seed ${seed}`).toBe('refuted');
      expect(ev.counterexample!.message).toMatch(/^grad is NaN( at entry \(\d,1\))? where f is finite/);
    }
  });
});

/** float32 arithmetic, as a Float32Array-based library computes. */
const f32 = Math.fround;

describe('no false alarm on float32 code or on a ReLU, on 20 seeds', () => {
  test('a tanh layer computed in float32, its gradient in float32', () => {
    const f = (v: V) => {
      let s = 0;
      for (const r of v.W) {
        let z = 0;
        for (let j = 0; j < r.length; j++) z = f32(z + f32(f32(r[j]!) * f32(v.x[j]!)));
        s = f32(s + f32(0.5 * f32(Math.tanh(z)) ** 2));
      }
      return s;
    };
    const g = (v: V) =>
      v.W.map((r) => {
        let z = 0;
        for (let j = 0; j < r.length; j++) z = f32(z + f32(f32(r[j]!) * f32(v.x[j]!)));
        const a = f32(Math.tanh(z));
        const dz = f32(a * f32(1 - f32(a * a)));
        return v.x.map((xj) => f32(dz * f32(xj)));
      });
    for (const seed of SEEDS) {
      const ev = checkFunctionGradient({ f, grad: g, wrt: 'W', shape, seed, cases: 50 });
      expect(ev.verdict, `seed ${seed}: ${ev.reason}`).toBe('verified');
    }
  });

  test('a ReLU layer: loss = ½‖relu(Wx) − y‖², through the kink', () => {
    type R = { W: number[][]; x: number[]; y: number[] };
    const relu = (z: number) => Math.max(z, 0);
    const f = ({ W, x, y }: R) => 0.5 * matVec(W, x).reduce((s, z, i) => s + (relu(z) - y[i]!) ** 2, 0);
    const g = ({ W, x, y }: R) => matVec(W, x).map((z, i) => x.map((xj) => (z > 0 ? relu(z) - y[i]! : 0) * xj));
    for (const seed of SEEDS) {
      const ev = checkFunctionGradient({ f, grad: g, wrt: 'W', shape: { W: 'kxd', x: 'd', y: 'k' }, seed, cases: 50 });
      expect(ev.verdict, `seed ${seed}: ${ev.reason}`).toBe('verified');
    }
  });
});
