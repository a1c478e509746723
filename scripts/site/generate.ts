/**
 * The site's generated pages, from the rule objects and the derivations, with the evidence the
 * oracle measures now. Refuses to write anything if a rule is refuted, a mistake is not refuted or
 * a line of a derivation fails: the site never shows a formula the oracle did not verify.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatCounterexample } from '../../properties/presentation/format.js';
import { checkRule, type RuleEvidence } from '../../properties/derive/checkRule.js';
import { InputError } from '../../properties/engine/errors.js';
import { checkDerivation, type DerivationEvidence } from '../../properties/derive/derivation.js';
import type { Derivation } from '../../rules/derivations/schema.js';
import { AREAS, type Rule } from '../../rules/schema.js';
import { areasInUse, cataloguePage } from './cataloguePage.js';
import type { SiteData } from './data.js';
import { measureDerived } from './derived.js';
import { exercisePage, exercisesIndex } from './exercisePages.js';
import { COOKBOOK_SIDEBAR_ITEM, EXTRA_GUIDE_ITEMS, extraPages } from './extraPages.js';
import { methodPage } from './methodPage.js';
import { buildStamp, cheatSheetPage, type BuildStamp } from './printPage.js';
import { quickSheetPage, unknownQuickSheetRules } from './quickSheet.js';
import { RULES } from '../../rules/index.js';
import { rulePage } from './rulePage.js';

/** The oracle disagreed with the catalogue: the message lists every failure with its counterexample. */
export class GenerateError extends Error {
  override readonly name = 'GenerateError';
}

export interface GenerateOptions {
  rules: readonly Rule[];
  derivations: readonly Derivation[];
  seed: number;
  cases: number;
  /** The repository root: pages go to docs/rules and docs/generated below it. */
  root: string;
  /** The method template (website/templates/method.md). */
  methodTemplate: string;
  /** Markdown of the "How reliable is the oracle?" page, when the benchmark provides one. */
  reliability?: string;
  /** The date and commit printed on the cheat sheet (by default: today, and the root's git HEAD). */
  stamp?: BuildStamp;
}

/** Runs the oracle over every rule and derivation; throws GenerateError listing every failure. */
export function measure(o: Pick<GenerateOptions, 'rules' | 'derivations' | 'seed' | 'cases'>): SiteData {
  const evidence = new Map<string, RuleEvidence>();
  const derivationEvidence = new Map<string, DerivationEvidence>();
  const failures: string[] = [];
  for (const r of o.rules) {
    let ev: RuleEvidence;
    try {
      ev = checkRule(r, { seed: o.seed, cases: o.cases });
    } catch (e) {
      // An ill-posed claim (not finite in most cases, over the time limit): name the rule.
      if (!(e instanceof InputError)) throw e;
      failures.push(`rule ${r.id} cannot be checked: ${e.message}\n    replay: npx mcv verify --rule ${r.id} --seed ${o.seed}`);
      continue;
    }
    evidence.set(r.id, ev);
    for (const e of (ev.equivalents ?? []).filter((x) => x.verdict !== 'verified'))
      failures.push(
        `rule ${r.id}: the equivalent spelling "${e.claim}" is REFUTED: ${e.reason}${e.counterexample ? `\n${formatCounterexample(e.counterexample, '    ')}` : ''}\n    replay: npx mcv verify --rule ${r.id} --seed ${o.seed}`,
      );
    if (ev.verdict !== 'verified')
      failures.push(
        `rule ${r.id} is REFUTED: ${ev.reason}${ev.counterexample ? `\n${formatCounterexample(ev.counterexample, '    ')}` : ''}\n    replay: npx mcv verify --rule ${r.id} --seed ${o.seed}`,
      );
    for (const m of ev.mistakes)
      if (!m.refuted)
        failures.push(
          `mistake ${r.id}/${m.id} ("${m.claim}") was NOT refuted in ${m.cases} cases: it is not a mistake, or the rule's shapes hide it\n    replay: npx mcv verify --rule ${r.id} --seed ${o.seed}`,
        );
  }
  for (const d of o.derivations) {
    let ev: DerivationEvidence;
    try {
      ev = checkDerivation(d, { seed: o.seed, cases: o.cases });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failures.push(`derivation ${d.id} cannot be checked: ${e.message}`);
      continue;
    }
    derivationEvidence.set(d.id, ev);
    for (const l of ev.lines)
      if (l.evidence.verdict !== 'verified')
        failures.push(
          `derivation ${d.id}: ${l.name} is WRONG: ${l.evidence.reason}${l.evidence.counterexample ? `\n${formatCounterexample(l.evidence.counterexample, '    ')}` : ''}\n    replay: MCV_SEED=${o.seed} npx vitest run -t '${d.id} ${l.name}'`,
        );
  }
  // Every gradient rule and exercise derived by mcv derive, its lines checked and its G compared with the stated G.
  const derived = measureDerived(o.rules, o.derivations, o.seed);
  failures.push(...derived.failures);
  if (failures.length) throw new GenerateError(`the site is not generated: the oracle disagrees with the catalogue (seed ${o.seed})\n\n${failures.map((f) => `✗ ${f}`).join('\n\n')}\n`);
  return { rules: o.rules, derivations: o.derivations, evidence, derivationEvidence, derived: derived.derived, seed: o.seed, cases: o.cases };
}

/** The sidebar: home, guide, method, exercises, then the catalogue with one category per area. */
function sidebars(data: SiteData, hasReliability: boolean): unknown {
  return {
    reference: [
      { type: 'doc', id: 'intro', label: 'Home' },
      {
        type: 'category',
        label: 'Guide',
        collapsed: false,
        items: ['guide/oracle', 'guide/cli', 'guide/derive', ...EXTRA_GUIDE_ITEMS, ...(hasReliability ? ['generated/reliability'] : [])],
      },
      { type: 'doc', id: 'generated/method', label: 'The method' },
      {
        type: 'category',
        label: 'Worked exercises',
        collapsed: true,
        link: { type: 'doc', id: 'generated/exercises/index' },
        items: data.derivations.map((d) => ({ type: 'doc', id: `generated/exercises/${d.id}`, label: d.title })),
      },
      {
        type: 'category',
        label: 'Catalogue',
        collapsed: false,
        link: { type: 'doc', id: 'generated/catalogue' },
        items: areasInUse(data).map((a) => ({
          type: 'category',
          label: AREAS[a].title,
          collapsed: true,
          items: data.rules.filter((r) => r.area === a).map((r) => ({ type: 'doc', id: `rules/${r.id}`, label: r.title })),
        })),
      },
      COOKBOOK_SIDEBAR_ITEM,
    ],
  };
}

/** The files of the generated pages, by path relative to the root. */
export function renderPages(data: SiteData, o: Pick<GenerateOptions, 'methodTemplate' | 'reliability' | 'stamp'>): Map<string, string> {
  const files = new Map<string, string>();
  for (const r of data.rules) files.set(`docs/rules/${r.id}.md`, rulePage(r, data));
  files.set('docs/generated/catalogue.md', cataloguePage(data));
  files.set('docs/generated/method.md', methodPage(o.methodTemplate, data));
  const stamp = o.stamp ?? { date: new Date().toISOString().slice(0, 10), commit: 'unknown' };
  files.set('docs/generated/cheatsheet.md', cheatSheetPage(data, stamp));
  // A part of the catalogue (the tests measure one) has no two-page sheet; an id the whole
  // catalogue lacks still stops the build, in quickSheetPage.
  if (unknownQuickSheetRules({ rules: RULES }).length || !unknownQuickSheetRules(data).length) files.set('docs/generated/quick-sheet.md', quickSheetPage(data, stamp));
  files.set('docs/generated/exercises/index.md', exercisesIndex(data));
  data.derivations.forEach((d, i) => files.set(`docs/generated/exercises/${d.id}.md`, exercisePage(d, data, i + 1)));
  if (o.reliability !== undefined) files.set('docs/generated/reliability.md', reliabilityPage(o.reliability));
  // Pages the oracle measures here: the symmetric-matrix guide (extraPages.ts).
  const extra = extraPages(data);
  if (extra.failures.length)
    throw new GenerateError(`the site is not generated: the oracle disagrees with a generated page (seed ${data.seed})\n\n${extra.failures.map((f) => `✗ ${f}`).join('\n\n')}\n`);
  for (const [path, body] of extra.files) files.set(path, body);
  files.set('docs/generated/sidebars.json', JSON.stringify(sidebars(data, o.reliability !== undefined), null, 2) + '\n');
  return files;
}

/** The benchmark's page, with front matter that places it in the guide unless it brings its own. */
function reliabilityPage(md: string): string {
  if (md.trimStart().startsWith('---')) return md;
  return `---\ntitle: "How reliable is the oracle?"\nslug: /guide/reliability\n---\n\n${md.trim()}\n`;
}

/** Measures, renders and writes the pages (replacing the previous generated ones). */
export function generateDocs(o: GenerateOptions): { data: SiteData; files: Map<string, string> } {
  const data = measure(o);
  const files = renderPages(data, { ...o, stamp: o.stamp ?? buildStamp(o.root) });
  for (const dir of ['docs/rules', 'docs/generated']) rmSync(join(o.root, dir), { recursive: true, force: true });
  for (const [path, body] of files) {
    const full = join(o.root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, body);
  }
  return { data, files };
}

/** The method template. */
export const readMethodTemplate = (root: string): string => readFileSync(join(root, 'website/templates/method.md'), 'utf8');
