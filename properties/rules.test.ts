/**
 * The oracle over the catalogue: every rule holds and every mistake is refuted, each a test of its
 * own. A failure prints the rule, the seed and the counterexample; MCV_SEED=<seed> replays it.
 */
import { describe, expect, test } from 'vitest';
import { RULES } from '../rules/index.js';
import { AREAS } from '../rules/schema.js';
import { checkRule, type RuleEvidence } from './checkRule.js';
import { runCases, runSeed } from './seed.js';

const seed = runSeed();
const cases = runCases();
const evidence = new Map<string, RuleEvidence>();
// Verdicts only: shrinking a counterexample (half of the oracle's time here) is for people to read,
// so it is done again, with shrinking, only for a rule that fails.
const check = (id: string) => {
  if (!evidence.has(id)) evidence.set(id, checkRule(RULES.find((r) => r.id === id)!, { seed, cases, shrink: false }));
  return evidence.get(id)!;
};
const shrunk = (id: string) => checkRule(RULES.find((r) => r.id === id)!, { seed, cases });
const replay = (id: string) => `replay: MCV_SEED=${seed} npx vitest run -t '${id}'  or  npx mcv verify --rule ${id} --seed ${seed}`;

for (const area of Object.keys(AREAS)) {
  const rules = RULES.filter((r) => r.area === area);
  if (rules.length === 0) continue;
  describe(`area ${area}`, () => {
    for (const rule of rules) {
      test(`rule ${rule.id} holds`, () => {
        let ev = check(rule.id);
        if (ev.verdict !== 'verified') ev = shrunk(rule.id);
        expect(ev.verdict, `rule ${rule.id} was refuted: ${ev.reason}\ncounterexample: ${JSON.stringify(ev.counterexample)}\n${replay(rule.id)}`).toBe('verified');
        expect(ev.cases).toBe(cases);
      });
      for (const m of rule.mistakes) {
        test(`mistake ${rule.id}/${m.id} refuted`, () => {
          const ev = check(rule.id).mistakes.find((x) => x.id === m.id)!;
          expect(ev.refuted, `mistake ${rule.id}/${m.id} ("${m.claim}") was not refuted in ${ev.cases} cases\n${replay(rule.id)}`).toBe(true);
          // The refutation comes with a counterexample that names what disagrees, and says how.
          expect(ev.counterexample?.message).toBeTruthy();
          expect(ev.refutedBy).toBe(ev.counterexample?.expected === undefined ? 'shape' : 'value');
        });
      }
      test(`rule ${rule.id}: the numbers catch at least one mistake (refuted by value, not by its shape alone)`, () => {
        const byValue = check(rule.id)
          .mistakes.filter((x) => x.refutedBy === 'value')
          .map((x) => x.id);
        expect(byValue, `every mistake of ${rule.id} is refuted by its shape alone: add one the numbers must catch (or give one shapes of its own)`).not.toEqual([]);
      });
      for (const [k, claim] of (rule.equivalent ?? []).entries()) {
        test(`equivalent ${rule.id}: ${claim} holds`, () => {
          const ev = check(rule.id).equivalents![k]!;
          expect(ev.claim).toBe(claim);
          expect(ev.verdict, `the equivalent spelling "${claim}" of ${rule.id} was refuted: ${ev.reason}\n${replay(rule.id)}`).toBe('verified');
          expect(ev.cases).toBe(cases);
        });
      }
    }
  });
}
