/** Several claims on the same random cases (checkClaimsTogether): a derivation's lines, each with its own comparison. */
import { describe, expect, test } from 'vitest';
import { checkClaimsTogether, type ClaimInput } from './check.js';

const seed = 20261206;
const shapes = { x: 'n', A: 'nxn' };
const withDx = { ...shapes, dx: 'n' };
// The lines of the derivation of x'*A*x: df, the trace form, G read off, G as a gradient claim.
const lines = (G = "(A + A')*x"): ClaimInput[] => [
  { kind: 'differential', expr: "x'*A*x", claim: "dx'*A*x + x'*A*dx", wrt: ['x'], shapes },
  { kind: 'identity', expr: "dx'*A*x + x'*A*dx", claim: "trace(((A + A')*x)'*dx)", shapes: withDx },
  { kind: 'identity', expr: "trace(((A + A')*x)'*dx)", claim: `sum((${G}) .* dx)`, shapes: withDx },
  { kind: 'gradient', expr: "x'*A*x", claim: G, wrt: ['x'], shapes },
];

describe('claims checked together on shared cases', () => {
  test('a correct derivation: every line verified on the same number of cases, each with its own largest error', () => {
    const r = checkClaimsTogether(lines(), { seed, cases: 40 });
    expect(r.verdict).toBe('verified');
    if (r.verdict !== 'verified') return;
    expect(r.evidence).toHaveLength(4);
    for (const e of r.evidence) {
      expect(e.verdict).toBe('verified');
      expect(e.cases).toBe(40);
      expect(e.maxError).toBeLessThanOrEqual(1);
    }
    // The same seed draws the same cases: the same evidence.
    expect(checkClaimsTogether(lines(), { seed, cases: 40 })).toEqual(r);
  });

  test('a wrong gradient is refuted as the line that fails, by the value of that line', () => {
    // 2*A*x is wrong for a general A: both the read-off line and the gradient claim fail; the read-off comes first.
    const r = checkClaimsTogether(lines('2*A*x'), { seed, cases: 40 });
    expect(r.verdict).toBe('refuted');
    if (r.verdict !== 'refuted') return;
    expect(r.index).toBe(2);
    expect(r.evidence.counterexample?.labels).toEqual(['lhs', 'rhs']);
  });

  test('claims that do not fit one set of cases (another variable differentiated, a variable of one claim only) are left to be checked separately', () => {
    const other: ClaimInput = { kind: 'gradient', expr: "x'*A*x", claim: "A'*x + A*x", wrt: ['A'], shapes };
    expect(checkClaimsTogether([lines()[0]!, other], { seed, cases: 10 }).verdict).toBe('separately');
    // An identity with a variable that is neither a variable of the others nor their dW.
    const extra: ClaimInput = { kind: 'identity', expr: 'trace(B)', claim: "trace(B')", shapes: { ...shapes, B: 'nxn' } };
    expect(checkClaimsTogether([lines()[0]!, extra], { seed, cases: 10 }).verdict).toBe('separately');
  });

  test('a claim that is bad input, or refuted by its shape alone, is left to its own check (which says so, as checkClaim does)', () => {
    const [df, , , g] = lines();
    expect(checkClaimsTogether([df!, { ...g!, claim: '(A + A)*x +' }], { seed, cases: 10 }).verdict).toBe('separately');
    expect(checkClaimsTogether([df!, { ...g!, claim: "x'" }], { seed, cases: 10 }).verdict).toBe('separately');
  });
});
