/** `checkRule(rule)`: one call checks a rule and all its mistakes, returning the evidence. */
import { checkClaim, freshSeed, type CheckOptions, type Evidence } from './check.js';
import { mistakeClaim, ruleClaim } from '../rules/claims.js';
import type { Rule } from '../rules/schema.js';

/** What the oracle found for one mistake of a rule. */
export interface MistakeEvidence extends Evidence {
  id: string;
  claim: string;
  why: string;
  /** True when the oracle refuted it, as it must. */
  refuted: boolean;
}

/** What the oracle found for a rule: the fields `mcv verify --json` prints per rule. */
export interface RuleEvidence extends Evidence {
  id: string;
  status: 'verified' | 'refuted';
  mistakes: MistakeEvidence[];
}

/**
 * The seed of one check within a run: derived from the run's seed and the rule (and mistake) id,
 * so that a rule checked alone draws exactly the cases it drew in the full run.
 */
export function deriveSeed(seed: number, key: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h | 0;
}

/** Checks the rule and refutes each mistake; `seed` is the run's seed (drawn when absent). */
export function checkRule(rule: Rule, opts: CheckOptions = {}): RuleEvidence {
  const seed = opts.seed ?? freshSeed();
  // The catalogue's checks are small; a generous limit keeps a loaded CI machine from cutting them.
  opts = { timeLimitMs: 120_000, ...opts };
  const ev = checkClaim(ruleClaim(rule), { ...opts, seed: deriveSeed(seed, rule.id) });
  const mistakes = rule.mistakes.map((m): MistakeEvidence => {
    const e = checkClaim(mistakeClaim(rule, m), { ...opts, seed: deriveSeed(seed, `${rule.id}/${m.id}`) });
    return { id: m.id, claim: m.claim, why: m.why, refuted: e.verdict === 'refuted', ...e };
  });
  return { id: rule.id, status: ev.verdict, mistakes, ...ev };
}
