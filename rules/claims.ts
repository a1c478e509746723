/** Rule objects as claims for the oracle: the one place that maps rule fields to a check. */
import type { ClaimInput } from '../properties/oracle/check.js';
import type { Mistake, Rule } from './schema.js';

/** The rule's own claim. */
export function ruleClaim(rule: Rule): ClaimInput {
  const common = { shapes: rule.shapes, assume: rule.assume ?? {} };
  switch (rule.kind) {
    case 'gradient':
      return { kind: 'gradient', expr: rule.f, claim: rule.G, wrt: [rule.wrt], ...common };
    case 'differential':
      return { kind: 'differential', expr: rule.F, claim: rule.dF, wrt: rule.wrt, ...common };
    case 'identity':
      return { kind: 'identity', expr: rule.lhs, claim: rule.rhs, ...common };
    case 'hessian':
      return { kind: 'hessian', expr: rule.f, claim: rule.H, wrt: [rule.wrt], ...(rule.G !== undefined ? { gradient: rule.G } : {}), ...common };
  }
}

/** A mistake: the rule with its claim (and, if given, its assumptions and some shapes) replaced. */
export function mistakeClaim(rule: Rule, mistake: Mistake): ClaimInput {
  const c = ruleClaim(rule);
  return { ...c, claim: mistake.claim, assume: mistake.assume ?? c.assume, ...(mistake.shapes ? { shapes: { ...c.shapes, ...mistake.shapes } } : {}) };
}

/** The claimed expression of a rule (G, dF, rhs or H). */
export function claimOf(rule: Rule): string {
  return rule.kind === 'gradient' ? rule.G : rule.kind === 'differential' ? rule.dF : rule.kind === 'hessian' ? rule.H : rule.rhs;
}

/** The expression the claim is about (f, F or lhs). */
export function subjectOf(rule: Rule): string {
  return rule.kind === 'gradient' || rule.kind === 'hessian' ? rule.f : rule.kind === 'differential' ? rule.F : rule.lhs;
}

/** The variables differentiated (empty for an identity). */
export function wrtOf(rule: Rule): string[] {
  return rule.kind === 'gradient' || rule.kind === 'hessian' ? [rule.wrt] : rule.kind === 'differential' ? [...rule.wrt] : [];
}

/** A correct rewriting of the claim (one of the rule's `equivalent` spellings), as a claim. */
export function equivalentClaim(rule: Rule, claim: string): ClaimInput {
  return { ...ruleClaim(rule), claim };
}
