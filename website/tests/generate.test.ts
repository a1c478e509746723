/**
 * The page generator, without a browser: it refuses to write a site the oracle disagrees with,
 * its reproduce commands reproduce, and every rule and derivation gets its page.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { deriveSeed } from '../../properties/derive/checkRule.js';
import { runCases, runSeed } from '../../properties/oracle/seed.js';
import { DERIVATIONS } from '../../rules/derivations/index.js';
import { mistakeClaim, ruleClaim } from '../../rules/claims.js';
import { RULES, ruleById } from '../../rules/index.js';
import type { Rule } from '../../rules/schema.js';
import { mcvCommand } from '../../scripts/site/data.js';
import { GenerateError, measure, readMethodTemplate, renderPages } from '../../scripts/site/generate.js';
import { exercisePage } from '../../scripts/site/exercisePages.js';
import { methodPage } from '../../scripts/site/methodPage.js';
import { QUICK_SHEET, quickSheetPage, unknownQuickSheetRules } from '../../scripts/site/quickSheet.js';
import { rulePage } from '../../scripts/site/rulePage.js';
import { ROOT } from '../../scripts/browser.js';

const seed = runSeed();
let built = false;
const cyclic = ruleById('trace-cyclic')! as Extract<Rule, { kind: 'identity' }>;

describe('the page generator', () => {
  test('refuses to generate when a rule is refuted, naming the rule and its counterexample', () => {
    const wrong: Rule = { ...cyclic, id: 'wrong-rule', rhs: '2*trace(Y*X)' };
    expect(() => measure({ rules: [wrong], derivations: [], seed, cases: 20 })).toThrow(GenerateError);
    expect(() => measure({ rules: [wrong], derivations: [], seed, cases: 20 })).toThrow(/rule wrong-rule is REFUTED: lhs = .* but rhs = [\s\S]*replay: npx mcv verify --rule wrong-rule/);
  });

  test('refuses to generate when a mistake is not refuted', () => {
    const lenient: Rule = { ...cyclic, id: 'lenient', mistakes: [{ id: 'not-a-mistake', claim: cyclic.rhs, why: 'It is the rule itself, so it holds.' }] };
    expect(() => measure({ rules: [lenient], derivations: [], seed, cases: 20 })).toThrow(/mistake lenient\/not-a-mistake .* was NOT refuted/);
  });

  test('refuses to generate when an equivalent spelling is refuted, naming it', () => {
    const wrongSpelling: Rule = { ...cyclic, id: 'wrong-spelling', equivalent: ['trace(Y*X) + 1'] };
    expect(() => measure({ rules: [wrongSpelling], derivations: [], seed, cases: 20 })).toThrow(/rule wrong-spelling: the equivalent spelling "trace\(Y\*X\) \+ 1" is REFUTED/);
  });

  test('a rule page says how each mistake was refuted, at which sizes, and shows the equivalent spellings with their verdicts', () => {
    const ids = ['grad-bilinear-matrix', 'trace-cyclic'];
    const data = measure({ rules: RULES.filter((r) => ids.includes(r.id)), derivations: [], seed, cases: 10 });
    const bilinear = rulePage(ruleById('grad-bilinear-matrix')!, data);
    expect(bilinear).toContain('**Refuted by its shape alone: no number needed to be compared**'); // b*a' is n×m
    expect(bilinear).toContain('**Refuted by value: the numbers disagree**'); // (a'*X*b)*a*b'
    expect(bilinear).toContain('### Equivalent spellings');
    expect(bilinear).toContain("| `(b*a')'` | ✓ held in 10 random cases |");
    const cyclicPage = rulePage(cyclic, data);
    // transpose-one, trace(X*Y'), is checked at square shapes, where only the numbers can tell.
    expect(cyclicPage).toMatch(/Checked at \$[^$]*X[^$]*\$ of shape \$n \\times n\$, \$[^$]*Y[^$]*\$ of shape \$n \\times n\$, where the sizes fit/);
    expect(cyclicPage).not.toContain('by its shape alone');
  });

  test('refuses to generate when a line of a derivation is wrong', () => {
    const d = DERIVATIONS.find((x) => x.id === 'bilinear-form')!;
    const broken = { ...d, steps: [d.steps[0]!, { df: "2*trace(b*a'*dX)", by: ['trace-cyclic'] }] } as typeof d;
    expect(() => measure({ rules: [], derivations: [broken], seed, cases: 20 })).toThrow(/derivation bilinear-form: step 2 follows from step 1 is WRONG/);
  });

  test('writes a page per rule and per exercise, the catalogue, the method, and the reliability page when given', () => {
    const rules = RULES.filter((r) => r.area.startsWith('notes-'));
    const data = measure({ rules, derivations: DERIVATIONS, seed, cases: 10 });
    const files = renderPages(data, { methodTemplate: readMethodTemplate(ROOT), reliability: '# How reliable is the oracle?\n\nVery.' });
    for (const r of rules) expect(files.has(`docs/rules/${r.id}.md`), r.id).toBe(true);
    for (const d of DERIVATIONS) expect(files.has(`docs/generated/exercises/${d.id}.md`), d.id).toBe(true);
    expect(files.get('docs/generated/reliability.md')).toMatch(/^---\ntitle: "How reliable is the oracle\?"\nslug: \/guide\/reliability\n---/);
    expect(files.get('docs/generated/sidebars.json')).toContain('"generated/reliability"');
    expect(files.get('docs/generated/sidebars.json'), 'the guide links Deriving a gradient').toContain('"guide/derive"');
    const catalogue = files.get('docs/generated/catalogue.md')!;
    expect(catalogue.split('\n').filter((l) => l.startsWith('| [')).length).toBe(rules.length);
    const without = renderPages(data, { methodTemplate: readMethodTemplate(ROOT) });
    expect(without.has('docs/generated/reliability.md')).toBe(false);
    expect(without.get('docs/generated/sidebars.json')).not.toContain('reliability');
  });

  test('the two-page sheet: every formula is the statement of a catalogue rule, linked to its page, stamped with the build; an unknown id stops it', () => {
    expect(unknownQuickSheetRules({ rules: RULES }), 'ids in scripts/site/quickSheet.ts that name no rule').toEqual([]);
    const ids = QUICK_SHEET.flatMap((s) => s.rules);
    expect(new Set(ids).size, 'a rule listed twice').toBe(ids.length);
    const rules = RULES.filter((r) => ids.includes(r.id));
    const data = measure({ rules, derivations: [], seed, cases: 20 });
    const page = quickSheetPage(data, { date: '2026-12-06', commit: 'abc1234' });
    expect(page).toMatch(/^---\ntitle: "The two-page sheet"\nslug: "\/quick-sheet"\n/);
    expect(page).toContain(`All ${ids.length} formulas verified on random matrices (20 cases each) when built on **2026-12-06** from commit **abc1234**, seed ${seed}.`);
    for (const r of rules) {
      expect(page, r.id).toContain(`](/rules/${r.id})`);
      expect(page, r.id).toContain(`$$\n${r.latex.trim()}\n$$`);
    }
    for (const s of QUICK_SHEET) expect(page).toContain(`## ${s.title}\n`);
    expect(() => quickSheetPage({ ...data, rules: rules.filter((r) => r.id !== 'woodbury') }, { date: '2026-12-06', commit: 'abc1234' })).toThrow(
      /quickSheet\.ts lists rules the catalogue does not have: woodbury/,
    );
  });

  test('the method template: formulas come from the rules, and an unknown rule stops the build', () => {
    const data = measure({ rules: RULES.filter((r) => r.id === 'diff-product'), derivations: [], seed, cases: 5 });
    expect(methodPage('{{rule diff-product}}', data)).toContain(ruleById('diff-product')!.latex);
    expect(() => methodPage('{{rule no-such-rule}}', data)).toThrow(/\{\{rule no-such-rule\}\}: no rule has this id/);
    expect(() => methodPage('{{formula diff-product}}', data)).toThrow(/unknown directive/);
  });

  test('refuses to generate when the derived gradient and the stated G disagree, naming the rule and the command that derives it', () => {
    const quad = ruleById('grad-quadratic-form')! as Extract<Rule, { kind: 'gradient' }>;
    const wrong: Rule = { ...quad, id: 'wrong-gradient', G: '2*A*x', mistakes: [] };
    expect(() => measure({ rules: [wrong], derivations: [], seed, cases: 20 })).toThrow(
      /rule wrong-gradient: the derived gradient \(A \+ A'\)\*x DIFFERS from the stated G = 2\*A\*x: [\s\S]*replay: npx mcv derive "x'\*A\*x" --wrt x/,
    );
  });

  test('every gradient rule page and exercise page shows the automatic derivation: its lines, rule links, the check against the stated G, the command', () => {
    const rules = RULES.filter((r) => ['grad-quadratic-form', 'diff-product'].includes(r.id));
    const data = measure({ rules, derivations: DERIVATIONS.filter((d) => d.id === 'softmax-regression'), seed, cases: 10 });
    const quad = rulePage(rules.find((r) => r.id === 'grad-quadratic-form')!, data);
    const section = quad.slice(quad.indexOf('## Derived automatically'), quad.indexOf('## Sources'));
    expect(section).toContain('\\begin{aligned}');
    expect(section).toMatch(/by \[.*\]\(\/rules\/diff-product\)/);
    expect(section).toMatch(/equal in \d+ random cases, largest error .* Seed -?\d+\./);
    expect(section).toMatch(/npx mcv derive "x'\*A\*x" --wrt x --shape x=n --shape A=nxn --cases 20 --seed -?\d+/);
    expect(section).toContain('/check?kind=derive&');
    expect(rulePage(rules.find((r) => r.id === 'diff-product')!, data)).not.toContain('## Derived automatically');
    const ex = exercisePage(data.derivations[0]!, data, 1);
    expect(ex.indexOf('## The derivation `mcv derive` found')).toBeGreaterThan(ex.indexOf('## The derivation\n'));
    expect(ex).toMatch(/## The derivation `mcv derive` found[\s\S]*y is one-hot[\s\S]*## Line by line/);
  });

  const cli = join(ROOT, 'dist/mcv.mjs');
  // diff-inverse: a differential; softmax-regression: f starts with '-', which must not read as an option.
  for (const id of ['diff-inverse', 'softmax-regression']) {
    test(`the reproduce commands printed on rule page ${id} give the evidence the page shows`, () => {
      // The bundle the commands run, built from the current code (never a silent skip when it is absent).
      if (!built) {
        execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
        built = true;
      }
      const rule = ruleById(id)!;
      const cases = Math.min(runCases(), 30);
      const ev = measure({ rules: [rule], derivations: [], seed, cases }).evidence.get(rule.id)!;
      const run = (cmd: string) => {
        const out = spawnSync('bash', ['-c', `${cmd.replace(/^npx mcv (\w+) /, `node ${JSON.stringify(cli)} $1 --json `)}`], { encoding: 'utf8', cwd: ROOT });
        expect(out.stderr).toBe('');
        return JSON.parse(out.stdout) as { verdict: string; cases: number; maxError: number; seed: number; reason?: string };
      };
      expect(run(mcvCommand(ruleClaim(rule), deriveSeed(seed, rule.id), cases))).toMatchObject({ verdict: 'verified', cases: ev.cases, maxError: ev.maxError, seed: ev.seed });
      const m = rule.mistakes[0]!;
      const me = ev.mistakes[0]!;
      expect(run(mcvCommand(mistakeClaim(rule, m), deriveSeed(seed, `${rule.id}/${m.id}`), cases))).toMatchObject({ verdict: 'refuted', reason: me.reason, seed: me.seed });
    });
  }
});
