/**
 * The oracle over the catalogue: every rule holds and every mistake is refuted, each a test of its
 * own. A failure prints the rule, the seed and the counterexample; MCV_SEED=<seed> replays it.
 */
import { describe, expect, test } from 'vitest';
import { mistakeClaim } from '../../rules/claims.js';
import { RULES } from '../../rules/index.js';
import { AREAS, type Mistake, type Rule } from '../../rules/schema.js';
import type { Counterexample } from '../oracle/check.js';
import { checkRule, type RuleEvidence } from './checkRule.js';
import { ShapeError } from '../engine/errors.js';
import { compile } from '../engine/expr.js';
import * as M from '../engine/matrix.js';
import { parkMiller } from '../engine/parkMiller.js';
import { parseShape, resolveShape, shapeLetters } from '../engine/shapes.js';
import { runCases, runSeed } from '../oracle/seed.js';

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
/**
 * Whether a mistake's claim has the wrong shape at the sizes of its counterexample, found here by
 * evaluating it (not by reading the evidence): `shape` when it cannot be evaluated or its size is
 * not the one the kind of claim needs (W's for a gradient or a map H[dW], n×n for a Hessian matrix,
 * F's or the left side's otherwise), `value` when its size is right.
 */
function shapeVerdict(rule: Rule, mistake: Mistake, cx: Counterexample): 'shape' | 'value' {
  const c = mistakeClaim(rule, mistake);
  const shapes = Object.fromEntries(Object.entries(c.shapes).map(([k, v]) => [k, parseShape(v, k)]));
  const letters = new Set(Object.values(shapes).flatMap(shapeLetters));
  const draw = parkMiller(1);
  const scope: Record<string, M.Mat> = {};
  for (const l of letters) scope[l] = M.scalar(cx.dims[l]!);
  for (const [k, s] of Object.entries(shapes)) {
    const [r, cols] = resolveShape(s, cx.dims);
    // Only the sizes matter here; identity plus a little noise keeps inv and logdet defined.
    scope[k] = M.zip(M.identity(r, cols), M.mat(r, cols), (x) => x + 0.1 * draw());
  }
  const wrt = c.wrt ?? [];
  for (const w of wrt) scope[`d${w}`] = scope[w]!;
  const known = new Set(Object.keys(scope));
  const opts = { known, dims: letters } as const;
  let want: [number, number];
  const w = wrt[0];
  if (c.kind === 'gradient') want = [scope[w!]!.rows, scope[w!]!.cols];
  else if (c.kind === 'hessian') {
    const n = scope[w!]!.rows;
    // Without dW the claim is the n×n matrix with H[dW] = H*dW (a scalar would broadcast there).
    want = new RegExp(`\\bd${w}\\b`).test(c.claim) ? [n, scope[w!]!.cols] : [n, n];
  } else {
    const subject = compile(c.expr, { field: 'f', ...opts }).evaluate(scope);
    want = [subject.rows, subject.cols];
  }
  try {
    const v = compile(c.claim, { field: 'claim', ...opts }).evaluate(scope);
    return v.rows === want[0] && v.cols === want[1] ? 'value' : 'shape';
  } catch (err) {
    if (err instanceof ShapeError) return 'shape';
    throw err;
  }
}

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
          // How it was refuted agrees with the claim's shape, evaluated here on its own.
          expect(ev.refutedBy, ev.counterexample?.message).toBe(shapeVerdict(rule, m, ev.counterexample!));
          if (ev.refutedBy === 'value') {
            const cx = ev.counterexample!;
            expect([Number.isFinite(cx.expected), Number.isFinite(cx.actual)]).toEqual([true, true]);
            expect(cx.error!, cx.message).toBeGreaterThan(cx.tolerance!);
          }
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
