/**
 * The derivation checker: every line of a worked derivation is a claim for the oracle.
 *
 * - a rewrite of f is an identity with the line before it (the first with f itself);
 * - the first line of df is a differential claim: F = f, wrt [W], dF = the line (so it is compared
 *   with the finite difference of f along a random direction dW);
 * - every later line of df is an identity with the line before, dW being an extra variable of W's
 *   shape (drawn freely, like a direction: assumptions constrain the point, never dW);
 * - the gradient read off is the identity sum(G .* dW) = the last line, i.e. Tr(Gᵀ dW) = df.
 */
import { checkClaim, type CheckOptions, type Evidence } from '../oracle/check.js';
import { deriveSeed } from './checkRule.js';
import { freshSeed } from '../oracle/check.js';
import type { Derivation } from '../../rules/derivations/schema.js';
import { derivationChecks, type DerivationCheck } from '../../rules/derivations/claims.js';

export { derivationChecks, type DerivationCheck } from '../../rules/derivations/claims.js';

/** A check with what the oracle found. */
export interface CheckedLine extends DerivationCheck {
  evidence: Evidence;
}

/** What the oracle found for a whole derivation. */
export interface DerivationEvidence {
  id: string;
  seed: number;
  lines: CheckedLine[];
  /** True when every line was verified. */
  ok: boolean;
}

/**
 * Checks every line of a derivation. `seed` is the run's seed; each line derives its own from it
 * and `<id>/<name>`, so a line checked alone draws the cases it drew in the full run.
 */
export function checkDerivation(d: Derivation, opts: CheckOptions = {}): DerivationEvidence {
  const seed = opts.seed ?? freshSeed();
  const lines = derivationChecks(d).map((c) => ({ ...c, evidence: checkClaim(c.claim, { ...opts, seed: deriveSeed(seed, `${d.id}/${c.name}`) }) }));
  return { id: d.id, seed, lines, ok: lines.every((l) => l.evidence.verdict === 'verified') };
}
