/** Validation of the registry: every message names the rule and the field, and says how to fix it. */
import { prepare } from '../properties/oracle/check.js';
import { InputError } from '../properties/engine/errors.js';
import { equivalentClaim, mistakeClaim, ruleClaim } from './claims.js';
import { ruleSchema, type Rule } from './schema.js';

/** A rule object that cannot be used. */
export class RuleError extends Error {
  override readonly name = 'RuleError';
}

/** Validates rule objects (shape of the data, expressions, links); returns them typed. */
export function validateRules(input: readonly unknown[]): Rule[] {
  const rules: Rule[] = [];
  const ids = new Set<string>();
  input.forEach((raw, i) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' ? `rule "${rawId}"` : `rule #${i + 1} of the registry`;
    const parsed = ruleSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.length ? issue.path.join('.') : '(the object)';
      throw new RuleError(`${name}: field ${field}: ${issue.message}`);
    }
    const rule = parsed.data;
    if (ids.has(rule.id)) throw new RuleError(`${name}: the id is used twice; ids must be unique (rename one file and its id)`);
    ids.add(rule.id);
    const mistakeIds = new Set<string>();
    for (const m of rule.mistakes) {
      if (mistakeIds.has(m.id)) throw new RuleError(`${name}: field mistakes: the mistake id "${m.id}" is used twice`);
      mistakeIds.add(m.id);
    }
    try {
      prepare(ruleClaim(rule));
    } catch (e) {
      if (e instanceof InputError) throw new RuleError(`${name}: ${e.message}`);
      throw e;
    }
    for (const m of rule.mistakes) {
      for (const v of Object.keys(m.shapes ?? {}))
        if (!(v in rule.shapes))
          throw new RuleError(`${name}: field mistakes.${m.id}.shapes: "${v}" is not a variable of the rule; a mistake may only change the shapes of ${Object.keys(rule.shapes).join(', ')}`);
      try {
        prepare(mistakeClaim(rule, m));
      } catch (e) {
        if (e instanceof InputError) throw new RuleError(`${name}: field mistakes.${m.id}: ${e.message}`);
        throw e;
      }
    }
    for (const [k, claim] of (rule.equivalent ?? []).entries()) {
      try {
        prepare(equivalentClaim(rule, claim));
      } catch (e) {
        if (e instanceof InputError) throw new RuleError(`${name}: field equivalent.${k}: ${e.message}`);
        throw e;
      }
    }
    rules.push(rule);
  });
  for (const r of rules) for (const d of r.derivedFrom ?? []) if (!ids.has(d)) throw new RuleError(`rule "${r.id}": field derivedFrom: no rule has the id "${d}"`);
  return rules;
}
