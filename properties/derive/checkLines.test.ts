/** checkLines: a derivation's lines checked together, a refuted one reported as its own check reproduces it. */
import { describe, expect, test } from 'vitest';
import { checkClaim, type ClaimInput } from '../oracle/check.js';
import { checkLines } from './derive.js';

const seed = 20261206;
const shapes = { x: 'n', A: 'nxn' };
const withDx = { ...shapes, dx: 'n' };
// The lines of the derivation of x'*A*x: df, the trace form, G read off, G as a gradient claim.
const lines = (G: string) =>
  (
    [
      { kind: 'differential', expr: "x'*A*x", claim: "dx'*A*x + x'*A*dx", wrt: ['x'], shapes },
      { kind: 'identity', expr: "dx'*A*x + x'*A*dx", claim: "trace(((A + A')*x)'*dx)", shapes: withDx },
      { kind: 'identity', expr: "trace(((A + A')*x)'*dx)", claim: `sum((${G}) .* dx)`, shapes: withDx },
      { kind: 'gradient', expr: "x'*A*x", claim: G, wrt: ['x'], shapes },
    ] satisfies ClaimInput[]
  ).map((claim, i) => ({ line: i + 1, name: `line ${i + 1}`, claim: claim as ClaimInput, seed: seed + i }));

describe('checkLines', () => {
  test('every line right: nothing refuted', () => {
    expect(checkLines(lines("(A + A')*x"), seed, { cases: 40 }, Date.now() + 60_000)).toBeUndefined();
  });
  test('a wrong gradient: the first line that fails, with its own seed and the evidence its own check gives', () => {
    const ls = lines('2*A*x');
    const r = checkLines(ls, seed, { cases: 40 }, Date.now() + 60_000);
    expect(r?.line).toBe(3);
    expect(r?.seed).toBe(seed + 2);
    expect(r?.evidence).toEqual(checkClaim(ls[2]!.claim, { seed: seed + 2, cases: 40 }));
  });
});
