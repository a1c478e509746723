/** Validation of the derivations: every message names the derivation and the field, and says how to fix it. */
import { prepare } from '../../properties/oracle/check.js';
import { InputError } from '../../properties/engine/errors.js';
import { derivationChecks } from './claims.js';
import type { Rule } from '../schema.js';
import { derivationSchema, differentialName, type Derivation } from './schema.js';

/** A derivation object that cannot be used. */
export class DerivationError extends Error {
  override readonly name = 'DerivationError';
}

/** Validates derivation objects against the rule registry; returns them typed. */
export function validateDerivations(input: readonly unknown[], rules: readonly Rule[]): Derivation[] {
  const ruleIds = new Set(rules.map((r) => r.id));
  const ids = new Set<string>();
  return input.map((raw, i) => {
    const rawId = (raw as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' ? `derivation "${rawId}"` : `derivation #${i + 1} of the registry`;
    const parsed = derivationSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new DerivationError(`${name}: field ${issue.path.join('.') || '(the object)'}: ${issue.message}`);
    }
    const d = parsed.data;
    if (ids.has(d.id)) throw new DerivationError(`${name}: the id is used twice; ids must be unique (rename one file and its id)`);
    ids.add(d.id);
    if (!(d.wrt in d.shapes)) throw new DerivationError(`${name}: field wrt: "${d.wrt}" has no shape; add it to shapes`);
    if (differentialName(d.wrt) in d.shapes)
      throw new DerivationError(`${name}: field shapes: "${differentialName(d.wrt)}" is the differential of ${d.wrt} in df lines, so no variable may have that name`);
    let seenDf = false;
    d.steps.forEach((s, k) => {
      const where = `${name}: field steps.${k}`;
      if ('df' in s) seenDf = true;
      else if (seenDf) throw new DerivationError(`${where}: a rewrite of f comes after a line of df; put the rewrites of f first`);
      if (s.by.length === 0 && !s.because) throw new DerivationError(`${where}: say what justifies the line: name the rules it applies in \`by\`, or explain it in \`because\``);
      for (const r of s.by) if (!ruleIds.has(r)) throw new DerivationError(`${where}.by: no rule has the id "${r}" (mcv list shows them all)`);
    });
    if (!seenDf) throw new DerivationError(`${name}: field steps: there is no line of df; write at least one, in terms of ${differentialName(d.wrt)}`);
    for (const r of d.gradient.by) if (!ruleIds.has(r)) throw new DerivationError(`${name}: field gradient.by: no rule has the id "${r}"`);
    if (d.proves !== undefined) {
      const rule = rules.find((r) => r.id === d.proves);
      if (!rule) throw new DerivationError(`${name}: field proves: no rule has the id "${d.proves}"`);
      if (rule.kind !== 'gradient' || rule.wrt !== d.wrt) throw new DerivationError(`${name}: field proves: rule "${d.proves}" is not a gradient with respect to ${d.wrt}`);
    }
    for (const c of derivationChecks(d)) {
      try {
        prepare(c.claim);
      } catch (e) {
        if (e instanceof InputError) throw new DerivationError(`${name}: ${c.what === 'gradient' ? 'field gradient' : `field steps.${c.line - 1}`}: ${e.message}`);
        throw e;
      }
    }
    return d;
  });
}
