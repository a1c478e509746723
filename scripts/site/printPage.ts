/**
 * The verified cheat sheet: the whole catalogue on one printable page (/cheatsheet), from which
 * the build prints website/build/mcv-cheatsheet.pdf (scripts/site/pdf.ts). Areas in the site's
 * order; for each rule its statement, shapes and assumptions, its most instructive mistake (the
 * first its rule lists: the classic one) and the evidence measured for it; the worked exercises
 * as checked derivations at the end; the date and commit of the build at the top.
 */
import { spawnSync } from 'node:child_process';
import { ASSUMPTION_DOCS, type Assumption } from '../../properties/engine/shapes.js';
import { wrtOf } from '../../rules/claims.js';
import { AREAS, type Rule } from '../../rules/schema.js';
import { areasInUse } from './cataloguePage.js';
import { errorText, exercisePath, rulePath, type SiteData } from './data.js';
import { derivationOverview } from './exercisePages.js';
import { mistakeLhs } from './rulePage.js';
import { frontMatter, m, mm, tex, text } from '../../properties/presentation/markdown.js';

/** The PDF's name in the build output, and the path that serves it. */
export const CHEATSHEET_PDF = 'mcv-cheatsheet.pdf';
/** A link Docusaurus leaves alone (the PDF is written after the build's link check). */
export const CHEATSHEET_HREF = `pathname:///${CHEATSHEET_PDF}`;
export const CHEATSHEET_PATH = '/cheatsheet';

/** When and from what the site was built: the date (UTC) and the commit, marked when the tree had changes. */
export interface BuildStamp {
  date: string;
  commit: string;
}

/** The build's date and git commit (`unknown` outside a git checkout). */
export function buildStamp(root: string, now = new Date()): BuildStamp {
  const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  const head = git('rev-parse', '--short', 'HEAD');
  let commit = head.status === 0 ? head.stdout.trim() : 'unknown';
  if (head.status === 0 && git('status', '--porcelain', '--untracked-files=no').stdout.trim() !== '') commit += ' with uncommitted changes';
  return { date: now.toISOString().slice(0, 10), commit };
}

/** The space a shape names: ℝ for a scalar, ℝⁿ for a column, ℝ^{m×n}. */
function spaceTex(shape: string): string {
  const parts = shape.trim().replace(/×/g, 'x').split('x');
  if (parts.every((p) => p === '1')) return '\\mathbb{R}';
  return `\\mathbb{R}^{${parts.join(' \\times ')}}`;
}

/** "X ∈ ℝ^{n×n} invertible (…); a ∈ ℝⁿ" as Markdown with math. */
function shapesLine(r: Rule): string {
  return Object.entries(r.shapes)
    .map(([name, shape]) => {
      const as = (r.assume?.[name] ?? []) as Assumption[];
      const what = as.map((a) => ` **${a}** (${text(ASSUMPTION_DOCS[a])})`).join(',');
      return `${m(`${tex(name, { shapes: r.shapes })} \\in ${spaceTex(shape)}`)}${what}`;
    })
    .join('; ');
}

function ruleBlock(r: Rule, data: SiteData): string {
  const ev = data.evidence.get(r.id)!;
  const shapes = { ...r.shapes, ...Object.fromEntries(wrtOf(r).map((w) => [`d${w}`, r.shapes[w]!])) };
  const mk = r.mistakes[0]!;
  const lhs = mistakeLhs(r, shapes);
  const refuted = ev.mistakes.filter((x) => x.refuted).length;
  // In a box of its own, so that print keeps the rule on one page.
  return [
    '<div class="mcv-sheet-rule">',
    `### ${text(r.title)} {#${r.id}}`,
    mm(r.latex),
    `**Shapes:** ${shapesLine(r)}.`,
    `**Mistake:** ${m(`${lhs} \\ne ${tex(mk.claim, { shapes })}`)}: ${text(mk.why)}`,
    `**Evidence:** ✓ held in ${ev.cases} random cases, largest error ${errorText(ev.maxError)}; ${refuted} of ${ev.mistakes.length} mistake${ev.mistakes.length === 1 ? '' : 's'} refuted. \`npx mcv verify --rule ${r.id} --seed ${data.seed}\` · [rule page](${rulePath(r.id)})`,
    '</div>',
  ].join('\n\n');
}

/** The Markdown of the print page. */
export function cheatSheetPage(data: SiteData, stamp: BuildStamp): string {
  const areas = areasInUse(data);
  const mistakes = data.rules.reduce((n, r) => n + r.mistakes.length, 0);
  const out: string[] = [
    frontMatter({
      title: 'The verified cheat sheet',
      slug: CHEATSHEET_PATH,
      hide_table_of_contents: true,
      description: `Every rule of matrix-calculus-verified on one printable page, each with the evidence measured when the site was built (${stamp.date}, commit ${stamp.commit}).`,
    }),
    '# The verified cheat sheet',
    `<span class="mcv-badge mcv-badge--verified">✓ every line verified</span> Built on **${stamp.date}** from commit **${text(stamp.commit)}**, seed ${data.seed}, ${data.cases} random cases per rule.`,
    `All ${data.rules.length} rules of the catalogue in ${areas.length} areas, each **verified** numerically on random matrices when this sheet was built, with its shapes and assumptions, the mistake people make with it (refuted, like all ${mistakes} mistakes of the catalogue) and the command that reproduces its evidence. The worked exercises follow, every line checked. Gradients are in denominator layout: ${m('df = \\operatorname{Tr}(\\mathbf{G}^\\top d\\mathbf{X})')}, ${m('\\mathbf{G}')} of the shape of ${m('\\mathbf{X}')}.`,
    `[Download it as a PDF](${CHEATSHEET_HREF}) to print it, or print this page.`,
    `Contents: ${areas.map((a) => `[${text(AREAS[a].title)}](#${a})`).join(' · ')} · [Worked exercises](#exercises)`,
  ];
  for (const a of areas) {
    out.push(`## ${text(AREAS[a].title)} {#${a}}`);
    for (const r of data.rules.filter((x) => x.area === a)) out.push(ruleBlock(r, data));
  }
  out.push('## Worked exercises {#exercises}');
  for (const d of data.derivations) {
    const ev = data.derivationEvidence.get(d.id)!;
    out.push(
      `### ${text(d.title)} {#exercise-${d.id}}`,
      derivationOverview(d),
      `✓ every line checked: ${ev.lines.length} checks of ${data.cases} random cases each · [the derivation, line by line](${exercisePath(d.id)})`,
    );
  }
  return out.join('\n\n') + '\n';
}
