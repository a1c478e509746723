/** What the page generators read: the registries and the evidence measured when the site was built. */
import type { ClaimInput, Counterexample } from '../../properties/check.js';
import type { RuleEvidence } from '../../properties/checkRule.js';
import type { DerivationEvidence } from '../../properties/derivation.js';
import type { Derivation } from '../../rules/derivations/schema.js';
import type { Rule } from '../../rules/schema.js';
import { commandLine, reproduceArgs, type ClaimArgs } from '../../properties/presentation/args.js';
import { m, matrixTex, tex, text, num, table, cell } from '../../properties/presentation/markdown.js';

export interface SiteData {
  rules: readonly Rule[];
  derivations: readonly Derivation[];
  evidence: ReadonlyMap<string, RuleEvidence>;
  derivationEvidence: ReadonlyMap<string, DerivationEvidence>;
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
  const out: string[] = [];
  const dims = Object.entries(c.dims);
  if (dims.length) out.push(`Sizes drawn: ${dims.map(([k, v]) => m(`${k} = ${v}`)).join(', ')}.`);
  const withDirections = { ...shapes, ...Object.fromEntries(Object.keys(c.direction ?? {}).map((k) => [`d${k}`, shapes[k] ?? 'nxn'])) };
  let rounded = false;
  // A Hessian's second direction is dW₂: the direction's name with a subscript 2.
  const item = (name: string, rows: number[][], sub = '') => {
    const v = matrixTex(rows);
    rounded ||= v.rounded;
    return `- ${m(`${tex(name, { shapes: withDirections })}${sub} = ${v.tex}`)}`;
  };
  const values = Object.entries(c.values);
  if (values.length) out.push('At the point', values.map(([k, v]) => item(k, v)).join('\n'));
  const dirs = Object.entries(c.direction ?? {});
  const dirs2 = Object.entries(c.direction2 ?? {});
  if (dirs.length && dirs2.length)
    out.push('along the two directions', [...dirs.map(([k, v]) => item(`d${k}`, v)), ...dirs2.map(([k, v]) => item(`d${k}`, v, '_{2}'))].join('\n'));
  else if (dirs.length) out.push('along the direction', dirs.map(([k, v]) => item(`d${k}`, v)).join('\n'));
  if (rounded) out.push('(entries rounded to 6 significant digits; the reproduce command prints them in full)');
  if (c.expected !== undefined && c.actual !== undefined) {
    const at = c.entry ? ` (entry ${c.entry[0]}, ${c.entry[1]})` : '';
    const rows = [
      [cell(text(c.labels[0] + at)), `**${num(c.expected)}**`],
      [cell(text(c.labels[1])), `**${num(c.actual)}**`],
    ];
    if (c.error !== undefined && c.tolerance !== undefined) rows.push(['difference (tolerance)', `${num(Number(c.error.toPrecision(4)))} (${num(Number(c.tolerance.toPrecision(3)))})`]);
    out.push('the two sides disagree:', table(['', 'value'], rows));
  } else {
    out.push('The sizes alone refute it: no values are needed.');
  }
  return out.join('\n\n');
}

/** "largest error 0.083 of the tolerance" */
export const errorText = (x: number): string => `${num(Number(x.toPrecision(2)))} of the tolerance`;
