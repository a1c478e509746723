/** What the page generators read: the registries and the evidence measured when the site was built. */
import type { ClaimInput, Counterexample } from '../../properties/oracle/check.js';
import type { RuleEvidence } from '../../properties/derive/checkRule.js';
import type { DerivationEvidence } from '../../properties/derive/derivation.js';
import type { Derivation } from '../../rules/derivations/schema.js';
import type { Rule } from '../../rules/schema.js';
import type { DerivedEvidence } from './derived.js';
import { commandLine, reproduceArgs, type ClaimArgs } from '../../properties/presentation/args.js';
import { counterexampleView, type CounterexampleItem } from '../../properties/presentation/counterexample.js';
import { m, text, num, table, cell } from '../../properties/presentation/markdown.js';

export interface SiteData {
  rules: readonly Rule[];
  derivations: readonly Derivation[];
  evidence: ReadonlyMap<string, RuleEvidence>;
  derivationEvidence: ReadonlyMap<string, DerivationEvidence>;
  /** What `mcv derive` found for every gradient rule (`rule:<id>`) and exercise (`exercise:<id>`), checked (derived.ts). */
  derived: ReadonlyMap<string, DerivedEvidence>;
  /** The run's seed: every check derives its own from it. */
  seed: number;
  cases: number;
}

/** URL of a rule page. */
export const rulePath = (id: string): string => `/rules/${id}`;
/** URL of an exercise page. */
export const exercisePath = (id: string): string => `/exercises/${id}`;

/** A Markdown link to a rule, by its title. */
export function ruleLink(data: SiteData, id: string): string {
  const r = data.rules.find((x) => x.id === id);
  return `[${text(r?.title ?? id)}](${rulePath(id)})`;
}

/**
 * The `npx mcv …` command that checks this claim exactly as the build did: the CLI's own
 * reproduce arguments, in the order people type them, shell-quoted. With a
 * null seed, the same command without `--seed`.
 */
export function mcvCommand(c: ClaimInput, seed: number | null, cases: number): string {
  const args: ClaimArgs = {
    kind: c.kind,
    expr: c.expr,
    claim: c.claim,
    ...(c.kind === 'identity' ? {} : { wrt: (c.wrt ?? []).join(',') }),
    ...(c.gradient !== undefined ? { gradient: c.gradient } : {}),
    shape: Object.entries(c.shapes).map(([k, v]) => `${k}=${v}`),
    assume: Object.entries(c.assume ?? {}).map(([k, v]) => `${k}=${typeof v === 'string' ? v : v.join(',')}`),
    ...(cases !== 100 ? { cases: String(cases) } : {}),
  };
  const argv = reproduceArgs(args, seed ?? 0);
  // Without a seed (a command to play with), drop the --seed pair: every run draws new cases.
  if (seed === null) argv.splice(argv.indexOf('--seed'), 2);
  return commandLine('npx mcv', argv);
}

/**
 * A counterexample for people: the sizes drawn, the point and direction as matrices, and the two
 * numbers that disagree with their labels.
 */
export function counterexampleMarkdown(c: Counterexample, shapes: Readonly<Record<string, string>>): string {
  const view = counterexampleView(c, shapes);
  const out: string[] = [];
  if (view.sizes.length) out.push(`Sizes drawn: ${view.sizes.map(([k, v]) => m(`${k} = ${v}`)).join(', ')}.`);
  const item = (it: CounterexampleItem) => `- ${m(`${it.nameTex} = ${it.tex}`)}`;
  if (view.values.length) out.push('At the point', view.values.map(item).join('\n'));
  if (view.direction.length && view.direction2.length) out.push('along the two directions', [...view.direction, ...view.direction2].map(item).join('\n'));
  else if (view.direction.length) out.push('along the direction', view.direction.map(item).join('\n'));
  if (view.rounded) out.push('(entries rounded to 6 significant digits; the reproduce command prints them in full)');
  const cmp = view.comparison;
  if (cmp) {
    const at = cmp.entry ? ` (entry ${cmp.entry[0]}, ${cmp.entry[1]})` : '';
    const rows = [
      [cell(text(cmp.labels[0] + at)), `**${num(cmp.expected)}**`],
      [cell(text(cmp.labels[1])), `**${num(cmp.actual)}**`],
    ];
    if (cmp.error !== undefined && cmp.tolerance !== undefined) rows.push(['difference (tolerance)', `${num(Number(cmp.error.toPrecision(4)))} (${num(Number(cmp.tolerance.toPrecision(3)))})`]);
    if (cmp.note) rows.push(['how far apart', cell(text(cmp.note))]);
    out.push('the two sides disagree:', table(['', 'value'], rows));
  } else {
    out.push('The sizes alone refute it: no values are needed.');
  }
  return out.join('\n\n');
}

/** "largest error 0.083 of the tolerance" */
export const errorText = (x: number): string => `${num(Number(x.toPrecision(2)))} of the tolerance`;
