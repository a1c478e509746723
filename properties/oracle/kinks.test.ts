/** A refutation on a kink of f says so; one elsewhere does not. */
import { describe, expect, test } from 'vitest';
import { checkClaim, offKinkShrinking } from './check.js';
import { runSeed } from './seed.js';

const seed = runSeed();

describe('a counterexample on a kink', () => {
  test('relu(X) refuted where an entry of X is 0 names relu and its kink', () => {
    // sign(relu(X)) is relu′ everywhere but at 0, where it gives 0 and the symmetric difference ½.
    const ev = checkClaim({ kind: 'differential', expr: 'relu(X)', claim: 'sign(relu(X)) .* dX', wrt: ['X'], shapes: { X: 'mxn' } }, { seed, cases: 100 });
    expect(ev.verdict, `MCV_SEED=${seed}`).toBe('refuted');
    // The claim is right at every point off the kink, so every counterexample has an entry 0.
    expect(Object.values(ev.counterexample!.values).some((rows) => rows.flat().includes(0))).toBe(true);
    expect(ev.reason, `MCV_SEED=${seed}`).toMatch(/on a kink of f.*`relu\(X\)`/);
  });
  test('max(A, B) refuted where A = B names max; a refutation of exp, which has no kink, says nothing of kinks', () => {
    const ev = checkClaim({ kind: 'differential', expr: 'max(A, B)', claim: 'dA + dB', wrt: ['A', 'B'], shapes: { A: '1', B: '1' } }, { seed, cases: 100 });
    expect(ev.verdict, `MCV_SEED=${seed}`).toBe('refuted');
    const { A, B } = ev.counterexample!.values;
    if (A![0]![0] === B![0]![0]) expect(ev.reason, `MCV_SEED=${seed}`).toMatch(/on a kink of f.*`max\(A, B\)`/);
    else expect(ev.reason).not.toMatch(/kink/);
    const smooth = checkClaim({ kind: 'differential', expr: 'exp(X)', claim: 'dX', wrt: ['X'], shapes: { X: 'mxn' } }, { seed, cases: 100 });
    expect(smooth.verdict).toBe('refuted');
    expect(smooth.reason).not.toMatch(/kink/);
  });
  test('after a failure off the kinks, shrunk candidates on a kink do not count as failures; after one on a kink, they do', () => {
    // Cases are numbers; a case fails when negative; it is on a kink when it is 0 or -1.
    const outcome = (x: number) => ({ kind: x < 0 || x === 0 ? 'fail' : 'pass' });
    const onKink = (x: number) => x === 0 || x === -1;
    const offFirst = offKinkShrinking(outcome, onKink);
    expect([-5, -1, 0, -2, 3].map((x) => offFirst(x).kind)).toEqual(['fail', 'discard', 'discard', 'fail', 'pass']);
    const kinkFirst = offKinkShrinking(outcome, onKink);
    expect([-1, -5, 0, 3].map((x) => kinkFirst(x).kind)).toEqual(['fail', 'fail', 'fail', 'pass']);
  });
  test('a claim wrong away from the kinks is refuted, and a counterexample with no zero entry says nothing of kinks', () => {
    for (const [expr, claim, shapes] of [
      ['relu(X)', 'dX', { X: 'mxn' }],
      ['sum(abs(x))', "ones(n)'*dx", { x: 'n' }],
      ['max(A, B)', 'dA', { A: '2x2', B: '2x2' }],
    ] as const) {
      const ev = checkClaim({ kind: 'differential', expr, claim, wrt: Object.keys(shapes), shapes }, { seed, cases: 100 });
      expect(ev.verdict, `${expr}, MCV_SEED=${seed}`).toBe('refuted');
      const zero = Object.values(ev.counterexample!.values).some((rows) => rows.flat().includes(0));
      if (!zero && expr !== 'max(A, B)') expect(ev.reason, `${expr}, MCV_SEED=${seed}`).not.toMatch(/kink/);
    }
  });
});
