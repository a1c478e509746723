/**
 * The derivations `mcv derive` finds, as the site shows them: on every gradient rule's page beside
 * the stated G, and on every worked exercise beside the hand-written derivation. Measured when the
 * site is built, like the rest of its evidence: every line and G are checked by the oracle inside
 * deriveGradient, and the derived G is then checked against the stated G as an identity. Any
 * disagreement stops the build, naming the rule or exercise.
 */
import { commandLine } from '../../properties/presentation/args.js';
import { deriveCommand, type DeriveArgs } from '../../properties/presentation/derive.js';
import { formatCounterexample } from '../../properties/presentation/format.js';
import type { Evidence } from '../../properties/oracle/check.js';
import { checkIdentity } from '../../properties/api/index.js';
import { deriveSeed } from '../../properties/derive/checkRule.js';
import { deriveGradient, type DeriveResult } from '../../properties/derive/index.js';
import { InputError } from '../../properties/engine/errors.js';
import { toTex } from '../../properties/engine/tex.js';
import type { Derivation } from '../../rules/derivations/schema.js';
import type { Rule } from '../../rules/schema.js';
import { deriveHref } from '../../properties/presentation/url.js';
import { code, m, mm, text } from '../../properties/presentation/markdown.js';
import { errorText, ruleLink, type SiteData } from './data.js';

/**
 * Random cases per checked line at build time. The build already verifies the catalogue with the
 * full count; the derivation's lines are cheap to check but many, so fewer cases keep the build
 * (and `npm test`, which builds the site) within budget. The page prints the count and the seed.
 */
export const SITE_DERIVE_CASES = 20;

/** One problem derived at build time: the engine's answer and the check of its G against the stated G. */
export interface DerivedEvidence {
  result: DeriveResult;
  /** The identity derived G = stated G, checked by the oracle. */
  same: Evidence;
  /** The stated G it was compared with. */
  stated: string;
  /** The `mcv derive` arguments that reproduce it. */
  args: DeriveArgs;
  /** The Check page's Derive kind filled with this problem and seed. */
  href: string;
  cases: number;
  seed: number;
}

interface Problem {
  /** `rule:<id>` or `exercise:<id>`. */
  key: string;
  /** For messages: `rule grad-quadratic-form`. */
  name: string;
  f: string;
  wrt: string;
  G: string;
  shape: Readonly<Record<string, string>>;
  assume?: Readonly<Record<string, readonly string[]>>;
}

/** Every problem the site derives: the gradient rules, then the worked exercises. */
function problems(rules: readonly Rule[], derivations: readonly Derivation[]): Problem[] {
  return [
    ...rules.flatMap((r): Problem[] => (r.kind === 'gradient' ? [{ key: `rule:${r.id}`, name: `rule ${r.id}`, f: r.f, wrt: r.wrt, G: r.G, shape: r.shapes, assume: r.assume }] : [])),
    ...derivations.map((d): Problem => ({ key: `exercise:${d.id}`, name: `exercise ${d.id}`, f: d.f, wrt: d.wrt, G: d.gradient.G, shape: d.shapes, assume: d.assume })),
  ];
}

const argsOf = (p: Problem, cases: number): DeriveArgs => ({
  f: p.f,
  wrt: p.wrt,
  shape: Object.entries(p.shape).map(([k, v]) => `${k}=${v}`),
  assume: Object.entries(p.assume ?? {}).map(([k, v]) => `${k}=${v.join(',')}`),
  cases: String(cases),
});

/**
 * Derives every gradient rule and exercise; returns the evidence by key and a message per failure
 * (not derived, a line refuted, or a derived G that differs from the stated one).
 */
export function measureDerived(rules: readonly Rule[], derivations: readonly Derivation[], seed: number, cases = SITE_DERIVE_CASES): { derived: Map<string, DerivedEvidence>; failures: string[] } {
  const derived = new Map<string, DerivedEvidence>();
  const failures: string[] = [];
  for (const p of problems(rules, derivations)) {
    const s = deriveSeed(seed, `derive/${p.key}`);
    const args = argsOf(p, cases);
    const replay = `    replay: npx ${commandLine('mcv', deriveCommand(args, s))}`;
    let result: DeriveResult;
    try {
      result = deriveGradient({ f: p.f, wrt: p.wrt, shape: p.shape, assume: p.assume, seed: s, cases });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failures.push(`${p.name}: mcv derive cannot read it: ${e.message}`);
      continue;
    }
    if (result.verdict === 'unsupported') {
      failures.push(`${p.name}: mcv derive cannot derive its gradient (unsupported: ${result.unsupported!.message})\n${replay}`);
      continue;
    }
    if (result.verdict === 'refuted') {
      const f = result.refuted!;
      failures.push(
        `${p.name}: the automatic derivation is REFUTED at line ${f.line} (${f.name}): ${f.evidence.reason}${f.evidence.counterexample ? `\n${formatCounterexample(f.evidence.counterexample, '    ')}` : ''}\n${replay}`,
      );
      continue;
    }
    if (result.kind !== 'gradient') {
      failures.push(`${p.name}: mcv derive took f for a matrix (it derived dF = ${result.gradient}), not a scalar\n${replay}`);
      continue;
    }
    const same = checkIdentity({ lhs: result.gradient!, rhs: p.G, shape: p.shape, assume: p.assume, seed: s, cases });
    if (same.verdict !== 'verified') {
      failures.push(
        `${p.name}: the derived gradient ${result.gradient} DIFFERS from the stated G = ${p.G}: ${same.reason}${same.counterexample ? `\n${formatCounterexample(same.counterexample, '    ')}` : ''}\n${replay}`,
      );
      continue;
    }
    derived.set(p.key, { result, same, stated: p.G, args, href: deriveHref({ f: p.f, wrt: p.wrt, shapes: p.shape, assume: p.assume }, { seed: s }), cases, seed: s });
  }
  return { derived, failures };
}

/** The lines of a derivation, aligned as on paper, every line numbered. */
function linesTex(r: DeriveResult, wrtTex: string): string {
  const rows: string[] = [];
  let sawDf = false;
  r.steps.forEach((s, i) => {
    const tag = `&& \\text{(${i + 1})}`;
    if (s.f !== undefined) rows.push(`f &= ${s.latex} ${tag}`);
    else {
      rows.push(`${sawDf ? '' : 'df '}&= ${s.latex} ${tag}`);
      sawDf = true;
    }
  });
  rows.push(`\\frac{\\partial f}{\\partial ${wrtTex}} &= ${r.latex} && \\text{(${r.steps.length + 1})}`);
  return `\\begin{aligned}\n${rows.join(' \\\\\n')}\n\\end{aligned}`;
}

function why(data: SiteData, by: readonly string[], because?: string): string {
  const parts: string[] = [];
  if (by.length) parts.push(`by ${by.map((id) => ruleLink(data, id)).join(', ')}`);
  if (because) parts.push(text(because.trim().replace(/\.$/, '')));
  return parts.join('; ');
}

/**
 * The automatic derivation as Markdown: the aligned lines, then each line with the rules it
 * applies (linked), the check of G against the stated G, and the command that reproduces it.
 */
export function derivedMarkdown(ev: DerivedEvidence, data: SiteData, wrtTex: string, statedTex: string): string {
  const r = ev.result;
  const items = r.steps.map((s, i) => `${i + 1}. ${m(`${s.f !== undefined ? 'f' : 'df'} = ${s.latex}`)}  \n   ${why(data, s.by, s.because) || 'as written'}.`);
  const g = r.derivation!.gradient;
  items.push(
    `${r.steps.length + 1}. ${m(`\\mathbf{G} = ${r.latex}`)}  \n   read off ${m(`df = \\operatorname{Tr}(\\mathbf{G}^\\top d${wrtTex})`)} ([equation (1)](/method#equation-1)); ${why(data, g.by, g.because)}.`,
  );
  return [
    mm(linesTex(r, wrtTex)),
    items.join('\n'),
    `✓ **Every line verified** when this site was built: every line against the one before it (the first line of ${m('df')} against the finite difference of ${m('f')}) and ${m('\\mathbf{G}')} as a gradient claim, ${ev.cases} random cases each (fewer than the other checks on this site, to keep the build quick); then the derived ${m('\\mathbf{G}')} against the stated ${m(statedTex)} as an identity: equal in ${ev.same.cases} random cases, largest error ${errorText(ev.same.maxError)}. Seed ${ev.seed}.`,
    'Reproduce it, or change it and derive again:',
    code(commandLine('npx mcv', deriveCommand(ev.args, ev.seed)), 'bash'),
    `Or [derive it in the browser](${ev.href}), on the Check page.`,
  ].join('\n\n');
}

/** A rule page's section "Derived automatically" (gradient rules only; empty otherwise). */
export function ruleDerivationSection(r: Rule, data: SiteData): string[] {
  if (r.kind !== 'gradient') return [];
  const ev = data.derived.get(`rule:${r.id}`);
  if (!ev) return [];
  const shapes = { ...r.shapes, [`d${r.wrt}`]: r.shapes[r.wrt]! };
  const t = (e: string) => toTex(e, { shapes });
  return [
    '## Derived automatically {#derived}',
    `\`mcv derive\` finds this gradient by [the method](/method) the notes teach, from ${m(`f = ${t(r.f)}`)} alone: the differential with the differential rules, the trace form with the trace rules, ${m('\\mathbf{G}')} read off. Every line cites the rules it applies, and the oracle checked every line. Beside the stated ${m(`\\mathbf{G} = ${t(r.G)}`)}:`,
    derivedMarkdown(ev, data, t(r.wrt), `\\mathbf{G} = ${t(r.G)}`),
  ];
}

/** An exercise page's section: the derivation the engine found, beside the hand-written one. */
export function exerciseDerivationSection(d: Derivation, data: SiteData): string[] {
  const ev = data.derived.get(`exercise:${d.id}`);
  if (!ev) return [];
  const shapes = { ...d.shapes, [`d${d.wrt}`]: d.shapes[d.wrt]! };
  const t = (e: string) => toTex(e, { shapes });
  const same = ev.result.gradient === d.gradient.G ? 'the same expression as the hand-written one' : `equal to the hand-written ${m(t(d.gradient.G))} at every point checked`;
  return [
    '## The derivation `mcv derive` found {#derived}',
    `The same problem given to \`mcv derive\`, which knows only ${m(`f = ${t(d.f)}`)}, the shapes and the assumptions. It applies the catalogue's rules by the same method and arrives at ${m(`\\mathbf{G} = ${ev.result.latex}`)}, ${same}. Compare its lines with the ones above:`,
    derivedMarkdown(ev, data, t(d.wrt), t(d.gradient.G)),
  ];
}
