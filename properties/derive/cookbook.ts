/**
 * The Matrix Cookbook's chapter 2 checked (rules/cookbook/chapter2.ts): the status of each
 * equation is computed here by the oracle, never typed. Used by `mcv cookbook`, the site's page
 * "The Matrix Cookbook, checked" and the tests.
 *
 * - `proven`: the claim as printed holds (with the assumptions the text states);
 * - `needs an assumption`: refuted as printed, proven with an assumption the text does not state;
 * - `wrong as printed`: refuted as printed, and a corrected form is proven;
 * - `not expressible`: mcv's syntax cannot state it (the entry says why).
 * A refuted equation whose corrected form (or extra assumption) does not hold either is a fault of
 * the data, reported as `unresolved` so that the build and the tests stop on it.
 */
import { checkClaim, type CheckOptions, type ClaimInput, type Evidence } from '../oracle/check.js';
import { deriveSeed } from './checkRule.js';
import type { CookbookEquation } from '../../rules/cookbook/chapter2.js';

export type CookbookStatus = 'proven' | 'wrong as printed' | 'needs an assumption' | 'not expressible';

/** One equation with what the oracle found. */
export interface CookbookResult {
  equation: string;
  status: CookbookStatus | 'unresolved';
  /** The claim as printed, in mcv's syntax (absent when not expressible). */
  claim?: string;
  /** What the claim is about (f, F or lhs) and its kind. */
  expr?: string;
  kind?: ClaimInput['kind'];
  /** The variables differentiated. */
  wrt?: string[];
  /** The corrected form, proven (wrong as printed). */
  corrected?: string;
  /** The assumption the text does not state (needs an assumption), as `X=spd`. */
  assumption?: string;
  /** Why not expressible, or why unresolved. */
  reason?: string;
  /** The convention of a section 2.8 equation (the independent entries of a symmetric matrix). */
  convention?: 'entries';
  /** The evidence: of the claim as printed; of the corrected (or assumed) form when there is one. */
  evidence?: Evidence;
  fixed?: Evidence;
  input?: ClaimInput;
  fixedInput?: ClaimInput;
}

const assumptionText = (a: Readonly<Record<string, readonly string[]>>): string =>
  Object.entries(a)
    .map(([k, v]) => `${k}=${v.join(',')}`)
    .join(' ');

/** The claim with an extra assumption merged in. */
function withAssumption(c: ClaimInput, extra: Readonly<Record<string, readonly string[]>>): ClaimInput {
  const assume: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(c.assume ?? {})) assume[k] = typeof v === 'string' ? v.split(',') : [...v];
  for (const [k, v] of Object.entries(extra)) assume[k] = [...new Set([...(assume[k] ?? []).filter((x) => x !== 'invertible' || !v.includes('spd')), ...v])];
  return { ...c, assume };
}

/** Checks one equation; `seed` is the run's seed (each check derives its own from it). */
export function checkEquation(eq: CookbookEquation, opts: CheckOptions & { seed: number }): CookbookResult {
  const base = { equation: eq.equation };
  if (!eq.claim) return { ...base, status: 'not expressible', reason: eq.reason ?? 'no claim given' };
  const c = eq.claim;
  const common = { ...base, claim: c.claim, expr: c.expr, kind: c.kind, ...(c.wrt ? { wrt: [...c.wrt] } : {}), input: c, ...(c.convention === 'entries' ? { convention: 'entries' as const } : {}) };
  const run = (input: ClaimInput, key: string) => checkClaim(input, { ...opts, seed: deriveSeed(opts.seed, `cookbook/${eq.equation}/${key}`) });
  const evidence = run(c, 'printed');
  if (evidence.verdict === 'verified') return { ...common, status: 'proven', evidence };
  if (eq.assumption) {
    const fixedInput = withAssumption(c, eq.assumption);
    const fixed = run(fixedInput, 'assumption');
    const assumption = assumptionText(eq.assumption);
    if (fixed.verdict === 'verified') return { ...common, status: 'needs an assumption', assumption, evidence, fixed, fixedInput };
    return { ...common, status: 'unresolved', assumption, evidence, fixed, fixedInput, reason: `refuted as printed, and with ${assumption} too: ${fixed.reason}` };
  }
  if (eq.corrected) {
    const fixedInput = { ...c, claim: eq.corrected };
    const fixed = run(fixedInput, 'corrected');
    if (fixed.verdict === 'verified') return { ...common, status: 'wrong as printed', corrected: eq.corrected, evidence, fixed, fixedInput };
    return { ...common, status: 'unresolved', corrected: eq.corrected, evidence, fixed, fixedInput, reason: `refuted as printed, and the corrected form too: ${fixed.reason}` };
  }
  return { ...common, status: 'unresolved', evidence, reason: `refuted as printed, with no corrected form or assumption in the data: ${evidence.reason}` };
}

/** Checks every equation of the chapter, in the book's order. */
export function checkCookbook(equations: readonly CookbookEquation[], opts: CheckOptions & { seed: number }): CookbookResult[] {
  return equations.map((eq) => checkEquation(eq, opts));
}

/** The JSON of `mcv cookbook --json`: one object per equation. */
export function cookbookJson(r: CookbookResult): Record<string, unknown> {
  return {
    equation: r.equation,
    status: r.status,
    ...(r.claim !== undefined ? { claim: r.claim } : {}),
    ...(r.expr !== undefined ? { expr: r.expr, kind: r.kind } : {}),
    ...(r.wrt ? { wrt: r.wrt.join(',') } : {}),
    ...(r.convention ? { convention: r.convention } : {}),
    ...(r.corrected !== undefined ? { corrected: r.corrected } : {}),
    ...(r.assumption !== undefined ? { assumption: r.assumption } : {}),
    ...(r.reason !== undefined ? { reason: r.reason } : r.status === 'wrong as printed' || r.status === 'needs an assumption' ? { reason: r.evidence?.reason } : {}),
    ...(r.evidence ? { cases: r.evidence.cases, seed: r.evidence.seed } : {}),
  };
}
