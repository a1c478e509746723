/**
 * The registry: every rule file is registered, ids are file names, areas are folders, and a
 * malformed rule is rejected with a message naming the rule and the field.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ASSUMPTION_HOLDS } from '../properties/oracle/arbitraries/assumptionHolds.js';
import { forAssumptions } from '../properties/oracle/arbitraries/forAssumptions.js';
import type { Assumption } from '../properties/engine/shapes.js';
import { RAW_RULES, RULES } from './index.js';
import { AREAS } from './schema.js';
import { RuleError, validateRules } from './validate.js';

const here = new URL('.', import.meta.url).pathname;
const ruleFiles = readdirSync(here)
  .filter((d) => statSync(join(here, d)).isDirectory() && d in AREAS)
  .flatMap((area) =>
    readdirSync(join(here, area))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => ({ area, id: f.replace(/\.ts$/, '') })),
  );

describe('registry', () => {
  test('every rule file under rules/<area>/ is registered, with id = file name and area = folder', () => {
    const registered = new Set(RULES.map((r) => `${r.area}/${r.id}`));
    for (const f of ruleFiles) expect(registered, `rules/${f.area}/${f.id}.ts is not listed in rules/index.ts`).toContain(`${f.area}/${f.id}`);
    expect(RULES).toHaveLength(ruleFiles.length);
  });
  // Unique ids are checked at import (validateRules; the duplicate-id test below shows it).
  test('the notes come first', () => {
    const firstOther = RULES.findIndex((r) => !AREAS[r.area].fromNotes);
    if (firstOther >= 0) expect(RULES.slice(firstOther).every((r) => !AREAS[r.area].fromNotes)).toBe(true);
  });
  test('every combination of assumptions used by a rule or a mistake has a generator that keeps every promise of it', () => {
    const combos = new Set(RULES.flatMap((r) => [r.assume ?? {}, ...r.mistakes.map((m) => m.assume ?? {})]).flatMap((a) => Object.values(a).map((k) => [...k].sort().join(','))));
    for (const combo of combos) {
      const kinds = combo.split(',') as Assumption[];
      for (const m of fc.sample(forAssumptions(kinds, 3, 3), { seed: 1, numRuns: 10 })) for (const k of kinds) expect(ASSUMPTION_HOLDS[k](m), `${combo}: ${k}`).toBe(true);
    }
  });
});

describe('a malformed rule is rejected with a message naming the rule and the field', () => {
  const good = RAW_RULES[0];
  const bad = (patch: Record<string, unknown>) => () => validateRules([{ ...good, ...patch }]);
  test('a missing field', () => {
    expect(bad({ title: undefined })).toThrow(RuleError);
    expect(bad({ title: undefined })).toThrow(/rule "grad-linear": field title/);
  });
  test('an id that is not kebab-case', () => {
    expect(bad({ id: 'Grad_Linear' })).toThrow(/rule "Grad_Linear": field id: must be kebab-case/);
  });
  test('a mistake without a reason', () => {
    expect(bad({ mistakes: [{ id: 'x', claim: 'c', why: '' }] })).toThrow(/field mistakes\.0\.why/);
  });
  test('an expression that does not parse, naming the mistake', () => {
    expect(bad({ mistakes: [{ id: 'broken', claim: "c'*(", why: 'a deliberately broken claim' }] })).toThrow(/rule "grad-linear": field mistakes\.broken: claim: cannot parse/);
  });
  test('an assumption that cannot hold for the shape', () => {
    expect(bad({ assume: { c: ['spd'] } })).toThrow(/rule "grad-linear".*spd cannot hold for the shape n/);
  });
  test('an unknown assumption', () => {
    expect(bad({ assume: { c: ['tiny'] } })).toThrow(/rule "grad-linear": field assume\.c\.0/);
  });
  test('a rule without mistakes', () => {
    expect(bad({ mistakes: [] })).toThrow(/rule "grad-linear": field mistakes: must list at least one realistic mistake/);
  });
  test("a mistake's shapes naming a variable the rule does not have", () => {
    expect(bad({ mistakes: [{ id: 'x', claim: 'c', why: 'a deliberately odd mistake', shapes: { Z: 'nxn' } }] })).toThrow(/field mistakes\.x\.shapes: "Z" is not a variable of the rule/);
  });
  test('an equivalent spelling that does not parse, naming it', () => {
    expect(bad({ equivalent: ['c +'] })).toThrow(/rule "grad-linear": field equivalent\.0: claim: cannot parse/);
  });
  test('a link to a rule that does not exist', () => {
    expect(bad({ derivedFrom: ['no-such-rule'] })).toThrow(/field derivedFrom: no rule has the id "no-such-rule"/);
  });
  test('a duplicate id', () => {
    expect(() => validateRules([good, good])).toThrow(/the id is used twice/);
  });
});
