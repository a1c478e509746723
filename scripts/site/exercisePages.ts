/** The exercises: each derivation line by line, with the rule each line applies and what the oracle found. */
import { deriveSeed } from '../../properties/derive/checkRule.js';
import { ASSUMPTION_DOCS, type Assumption } from '../../properties/engine/shapes.js';
import type { CheckedLine } from '../../properties/derive/derivation.js';
import { differentialName, type Derivation } from '../../rules/derivations/schema.js';
import { sourceText } from './rulePage.js';
import { exerciseDerivationSection } from './derived.js';
import { cell, cellMath, code, frontMatter, m, mm, prose, sentence, shapeTex, table, tex, text } from '../../properties/presentation/markdown.js';
import { errorText, exercisePath, mcvCommand, ruleLink, rulePath, type SiteData } from './data.js';

const lineExpr = (d: Derivation, i: number): string => {
  const s = d.steps[i]!;
  return 'f' in s ? s.f : s.df;
};

/** The whole derivation at a glance, as the notes write it (also on the cheat sheet). */
export function derivationOverview(d: Derivation): string {
  const shapes = { ...d.shapes, [differentialName(d.wrt)]: d.shapes[d.wrt]! };
  const t = (e: string) => tex(e, { shapes });
  const rows: string[] = [`f &= ${t(d.f)}`];
  let sawDf = false;
  d.steps.forEach((s, i) => {
    const tag = `&& \\text{(${i + 1})}`;
    if ('f' in s) rows.push(`&= ${t(s.f)} ${tag}`);
    else {
      rows.push(`${sawDf ? '' : 'df '}&= ${t(s.df)} ${tag}`);
      sawDf = true;
    }
  });
  const W = t(d.wrt);
  rows.push(`\\frac{\\partial f}{\\partial ${W}} &= ${t(d.gradient.G)} && \\text{(${d.steps.length + 1})}`);
  return mm(`\\begin{aligned}\n${rows.join(' \\\\\n')}\n\\end{aligned}`);
}

function checkText(l: CheckedLine): string {
  const ev = l.evidence;
  return `✓ **checked** against ${text(l.against)}: held in ${ev.cases} random cases, largest error ${errorText(ev.maxError)}`;
}

function justification(data: SiteData, by: readonly string[], because?: string): string {
  const parts: string[] = [];
  if (by.length) parts.push(`by ${by.map((id) => ruleLink(data, id)).join(', ')}`);
  if (because) parts.push(text(because.trim().replace(/\.$/, '')));
  return parts.join('. ');
}

/** The page of one derivation. */
export function exercisePage(d: Derivation, data: SiteData, position: number): string {
  const ev = data.derivationEvidence.get(d.id)!;
  const dW = differentialName(d.wrt);
  const shapes = { ...d.shapes, [dW]: d.shapes[d.wrt]! };
  const t = (e: string) => tex(e, { shapes });
  const out: string[] = [
    frontMatter({ title: d.title, slug: exercisePath(d.id), sidebar_position: position, description: `${d.title}: a derivation whose every line was checked numerically.` }),
    `# ${text(d.title)}`,
    `<span class="mcv-badge mcv-badge--verified">✓ every line checked</span> ${ev.lines.length} checks, ${data.cases} random cases each · ${d.sources.map(sourceText).join('; ')}`,
    '## Problem',
    prose(d.problem),
    table(
      ['variable', 'shape', 'assumptions'],
      Object.entries(d.shapes).map(([k, s]) => {
        const as = (d.assume?.[k] ?? []) as Assumption[];
        return [cellMath(t(k)), cellMath(shapeTex(s)), as.length ? cell(as.map((a) => `**${a}**: ${text(ASSUMPTION_DOCS[a])}`).join('; ')) : '—'];
      }),
    ),
    `In the oracle's syntax: ${m(`f = ${t(d.f)}`)} is \`${d.f}\`, differentiated with respect to ${m(t(d.wrt))}; its differential in the lines below is written \`${dW}\`.`,
    '## The derivation',
    derivationOverview(d),
    `Every line above was checked numerically when this site was built: the first line of ${m('df')} against the finite difference of ${m('f')} along a random direction ${m(t(dW))}, every other line against the line before it at random points (and random ${m(t(dW))}), and the gradient against the last line through ${m(`df = \\operatorname{Tr}(\\mathbf{G}^\\top ${t(dW)})`)}, [equation (1)](/method#equation-1). The details follow.`,
  ];
  out.push(...exerciseDerivationSection(d, data), '## Line by line');
  ev.lines.forEach((l) => {
    const isGradient = l.what === 'gradient';
    const e = isGradient ? d.gradient.G : lineExpr(d, l.line - 1);
    const step = isGradient ? d.gradient : d.steps[l.line - 1]!;
    out.push(`### ${isGradient ? `(${l.line}) The gradient` : `(${l.line}) ${l.what === 'f' ? 'Rewrite f' : 'A line of df'}`} {#line-${l.line}}`);
    const lhs = isGradient ? `\\frac{\\partial f}{\\partial ${t(d.wrt)}}` : l.what === 'f' ? 'f' : 'df';
    out.push(mm(`${lhs} = ${t(e)}`));
    out.push(code(e, 'text'));
    const why = isGradient ? `Read off with ${m(`df = \\operatorname{Tr}(\\mathbf{G}^\\top ${t(dW)})`)} ([equation (1)](/method#equation-1))` : '';
    out.push(sentence([why, justification(data, step.by, step.because)].filter(Boolean).join('; ')));
    out.push(sentence(checkText(l)));
    out.push('<details><summary>Reproduce this check</summary>', '', code(mcvCommand(l.claim, deriveSeed(data.seed, `${d.id}/${l.name}`), data.cases), 'bash'), '', '</details>');
  });
  if (d.proves) out.push('## The result', `The gradient is the catalogue's ${ruleLink(data, d.proves)}, whose page lists the mistakes people make with it and their counterexamples.`);
  if (d.remark) out.push(prose(d.remark));
  return out.join('\n\n') + '\n';
}

/** The list of exercises. */
export function exercisesIndex(data: SiteData): string {
  const rows = data.derivations.map((d) => {
    const ev = data.derivationEvidence.get(d.id)!;
    return [`[${cell(text(d.title))}](${exercisePath(d.id)})`, cellMath(`f = ${tex(d.f, { shapes: d.shapes })}`), `✓ ${ev.lines.length} of ${ev.lines.length} lines checked`];
  });
  return (
    [
      frontMatter({ title: 'Worked exercises', slug: '/exercises', description: 'The worked exercises of the notes as derivations whose every line is checked numerically.' }),
      '# Worked exercises',
      "The notes' worked example and exercises, written as derivations: each line is an expression for $f$ or for $df$, names the rule it applies, and was checked numerically when this site was built. The first line of $df$ is compared with the finite difference of $f$, every other line with the line before it, and the gradient with the last line through $df = \\operatorname{Tr}(\\mathbf{G}^\\top d\\mathbf{X})$.",
      table(['exercise', 'function', 'status'], rows),
      `The derivations are data (\`rules/derivations/<id>.ts\`), like the [rules](/catalogue); \`npm test\` checks every line, so a wrong line fails the suite. See [the method](/method) for the two-step procedure they follow, and [${text(data.rules.find((r) => r.id === 'trace-cyclic')?.title ?? 'the trace rules')}](${rulePath('trace-cyclic')}) for the rule used most.`,
    ].join('\n\n') + '\n'
  );
}
