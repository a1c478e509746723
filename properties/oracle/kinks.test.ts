/** A refutation on a kink of f says so; one elsewhere does not. */
import { describe, expect, test } from 'vitest';
import { checkClaim } from './check.js';
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
});
