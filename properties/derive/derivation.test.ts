/**
 * Every line of every derivation (the notes' worked exercises), a test of its own: a wrong line
 * fails the suite with the shrunk counterexample. MCV_SEED=<seed> replays a run.
 */
import { describe, expect, test } from 'vitest';
import { DERIVATIONS } from '../../rules/derivations/index.js';
import { DerivationError, validateDerivations } from '../../rules/derivations/validate.js';
import type { Derivation } from '../../rules/derivations/schema.js';
import { RULES } from '../../rules/index.js';
import { checkClaim } from '../oracle/check.js';
import { deriveSeed } from './checkRule.js';
import { checkDerivation, derivationChecks } from './derivation.js';
import { runCases, runSeed } from '../oracle/seed.js';

const seed = runSeed();
const cases = runCases();

for (const d of DERIVATIONS) {
  describe(`derivation ${d.id}`, () => {
    for (const c of derivationChecks(d)) {
      test(`derivation ${d.id} ${c.name}`, () => {
        const ev = checkClaim(c.claim, { seed: deriveSeed(seed, `${d.id}/${c.name}`), cases });
        expect(
          ev.verdict,
          `derivation ${d.id}: ${c.name} is wrong: ${ev.reason}\ncounterexample: ${JSON.stringify(ev.counterexample)}\nreplay: MCV_SEED=${seed} npx vitest run -t '${d.id} ${c.name}'`,
        ).toBe('verified');
        expect(ev.cases).toBe(cases);
      });
    }
  });
}

describe('the derivation checker', () => {
  const ls = DERIVATIONS.find((d) => d.id === 'least-squares')!;
  const wrongLine = (d: Derivation, index: number, df: string): Derivation => ({ ...d, steps: d.steps.map((s, i) => (i === index ? { ...s, df } : s)) as Derivation['steps'] });

  test('a wrong line of df (the factor 2 dropped) is refuted, and the lines before it still hold', () => {
    const i = ls.steps.findIndex((s) => 'df' in s && s.df.startsWith('2*'));
    const ev = checkDerivation(wrongLine(ls, i, "(X*theta - y)'*X*dtheta"), { seed, cases: 30 });
    const bad = ev.lines.filter((l) => l.evidence.verdict === 'refuted').map((l) => l.name);
    expect(ev.ok).toBe(false);
    expect(bad).toContain(`step ${i + 1} follows from step ${i}`);
    expect(ev.lines.filter((l) => l.line <= i).every((l) => l.evidence.verdict === 'verified')).toBe(true);
    const refuted = ev.lines.find((l) => l.line === i + 1)!.evidence;
    expect(refuted.counterexample?.labels).toEqual(['lhs', 'rhs']);
  });

  test('a wrong first line of df is refuted against the finite difference of f', () => {
    const i = ls.steps.findIndex((s) => 'df' in s);
    const ev = checkDerivation(wrongLine(ls, i, "(X*theta - y)'*(X*dtheta)"), { seed, cases: 30 });
    const line = ev.lines.find((l) => l.line === i + 1)!;
    expect(line.name).toBe(`step ${i + 1} is the differential of f`);
    expect(line.evidence.verdict).toBe('refuted');
  });

  test('a gradient read off with a missing transpose is refuted', () => {
    const ev = checkDerivation({ ...ls, gradient: { ...ls.gradient, G: "2*(X*theta - y)'*X" } }, { seed, cases: 30 });
    expect(ev.lines.at(-1)!.what).toBe('gradient');
    expect(ev.lines.at(-1)!.evidence.verdict).toBe('refuted');
  });

  test('a step that uses an assumption fails without it (yᵀ1 = 1 needs a one-hot y)', () => {
    const sr = DERIVATIONS.find((d) => d.id === 'softmax-regression')!;
    const ev = checkDerivation({ ...sr, assume: {} }, { seed, cases: 50 });
    expect(ev.lines.find((l) => l.name === 'step 2 follows from step 1')!.evidence.verdict).toBe('refuted');
  });

  test('the registry rejects a line that names no rule, an unknown rule, or a malformed expression', () => {
    const raw = { ...ls, id: 'x' };
    const msg = (d: unknown) => {
      try {
        validateDerivations([d], RULES);
        return '';
      } catch (e) {
        expect(e).toBeInstanceOf(DerivationError);
        return (e as Error).message;
      }
    };
    expect(msg({ ...raw, steps: [{ df: "a'*dX*b", by: [] }] })).toMatch(/derivation "x": field steps.0: say what justifies/);
    expect(msg({ ...raw, steps: [{ df: "2*X'*dtheta", by: ['no-such-rule'] }] })).toMatch(/steps.0.by: no rule has the id "no-such-rule"/);
    expect(msg({ ...raw, steps: [{ df: "2*X'*dtheta +", by: ['diff-sum'] }] })).toMatch(/field steps.0: .*cannot parse/);
    expect(msg({ ...raw, steps: [{ f: 'X*theta', by: ['diff-sum'] }] })).toMatch(/no line of df/);
  });
});
