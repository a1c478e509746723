/** `checkRule(rule)`: one call checks a rule and all its mistakes, returning the evidence. */
import { checkClaim, freshSeed, type CheckOptions, type Evidence } from '../oracle/check.js';
import { equivalentClaim, mistakeClaim, ruleClaim } from '../../rules/claims.js';
import type { Rule } from '../../rules/schema.js';

/** What the oracle found for one mistake of a rule. */
export interface MistakeEvidence extends Evidence {
  id: string;
  claim: string;
  why: string;
  /** True when the oracle refuted it, as it must. */
  refuted: boolean;
  /**
   * How: `value` when two numbers were compared and disagreed (the finite difference and the
   * claim, or the two sides), `shape` when the claim's size alone was wrong (no number compared).
   * Absent when it was not refuted.
   */
  refutedBy?: 'value' | 'shape';
}

/** What the oracle found for one of a rule's `equivalent` spellings: it must hold like the claim. */
export interface EquivalentEvidence extends Evidence {
  claim: string;
}

/** What the oracle found for a rule: the fields `mcv verify --json` prints per rule. */
export interface RuleEvidence extends Evidence {
  id: string;
  status: 'verified' | 'refuted';
  mistakes: MistakeEvidence[];
  /** The rule's equivalent spellings, each checked like the claim (absent when it has none). */
  equivalents?: EquivalentEvidence[];
}

/** `value` when the counterexample compares two numbers, `shape` when a size alone refuted the claim. */
export function refutedBy(e: Evidence): 'value' | 'shape' | undefined {
  if (e.verdict !== 'refuted') return undefined;
  return e.counterexample?.expected !== undefined && e.counterexample.actual !== undefined ? 'value' : 'shape';
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
    const by = refutedBy(e);
    return { id: m.id, claim: m.claim, why: m.why, refuted: e.verdict === 'refuted', ...(by ? { refutedBy: by } : {}), ...e };
  });
  const equivalents = rule.equivalent?.map(
    (claim, k): EquivalentEvidence => ({
      claim,
      ...checkClaim(equivalentClaim(rule, claim), { ...opts, seed: deriveSeed(seed, `${rule.id}/equivalent/${k}`) }),
    }),
  );
  // A correct spelling refuted is a false alarm like the claim's own: the rule is not verified.
  const wrongSpelling = equivalents?.find((e) => e.verdict === 'refuted');
  const status = ev.verdict === 'verified' && wrongSpelling ? 'refuted' : ev.verdict;
  return { id: rule.id, status, mistakes, ...(equivalents ? { equivalents } : {}), ...ev };
}
