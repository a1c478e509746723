/**
 * The page "The Matrix Cookbook, checked" (/cookbook): chapter 2 of the 2012 Cookbook in the book's
 * order, each equation as printed with the status the oracle computed when the site was built
 * (properties/derive/cookbook.ts), its evidence or counterexample, the corrected form where it is wrong as
 * printed, and the catalogue rules that state it.
 */
import type { ClaimInput } from '../../properties/oracle/check.js';
import { checkCookbook, type CookbookResult } from '../../properties/derive/cookbook.js';
import { code, frontMatter, m, message, mm, text } from '../../properties/presentation/markdown.js';
import { commandLine, reproduceArgs } from '../../properties/presentation/args.js';
import { CHAPTER2, type CookbookEquation } from '../../rules/cookbook/chapter2.js';
import { counterexampleMarkdown, errorText, ruleLink, type SiteData } from './data.js';

/** URL of the page. */
export const COOKBOOK_PATH = '/cookbook';

/** Runs the oracle over the chapter. */
export const measureCookbook = (seed: number, cases: number): CookbookResult[] => checkCookbook(CHAPTER2, { seed, cases });

/** Equations the data cannot resolve (refuted, and the correction or assumption refuted too): they stop the build. */
export function cookbookFailures(results: readonly CookbookResult[]): string[] {
  return results.filter((r) => r.status === 'unresolved').map((r) => `Cookbook (${r.equation}): ${r.reason}`);
}

const STATUS_BADGE: Record<CookbookResult['status'], string> = {
  proven: '✓ proven',
  'wrong as printed': '✗ wrong as printed',
  'needs an assumption': '⚠ needs an assumption',
  'not expressible': '— not expressible',
  unresolved: '? unresolved',
};

/** The `npx mcv …` command that reproduces a check. */
function command(c: ClaimInput, seed: number, cases: number): string {
  const argv = reproduceArgs(
    {
      kind: c.kind,
      expr: c.expr,
      claim: c.claim,
      ...(c.kind === 'identity' ? {} : { wrt: (c.wrt ?? []).join(',') }),
      shape: Object.entries(c.shapes).map(([k, v]) => `${k}=${v}`),
      assume: Object.entries(c.assume ?? {}).map(([k, v]) => `${k}=${typeof v === 'string' ? v : v.join(',')}`),
      ...(cases !== 100 ? { cases: String(cases) } : {}),
      ...(c.convention ? { convention: c.convention } : {}),
      ...(c.directions ? { directions: c.directions } : {}),
    },
    seed,
  );
  return commandLine('npx mcv', argv);
}

const claimLine = (c: ClaimInput): string => {
  const wrt = c.wrt?.length ? ` with respect to \`${c.wrt.join(', ')}\`` : '';
  const what = c.kind === 'identity' ? `\`${c.expr}\` = \`${c.claim}\`` : c.kind === 'differential' ? `d(\`${c.expr}\`) = \`${c.claim}\`` : `${c.kind} of \`${c.expr}\`${wrt}: \`${c.claim}\``;
  const assume = Object.entries(c.assume ?? {})
    .map(([k, v]) => `${k} ${typeof v === 'string' ? v : v.join(', ')}`)
    .join('; ');
  const shapes = Object.entries(c.shapes)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  return `As checked: ${what}${c.convention === 'entries' ? ', in the independent entries of the symmetric matrix' : ''} (shapes ${text(shapes)}${assume ? `; assumed ${text(assume)}` : ''}).`;
};

function entry(eq: CookbookEquation, r: CookbookResult, data: Pick<SiteData, 'rules' | 'cases'>): string {
  const out: string[] = [`#### (${eq.equation}) {#eq-${eq.equation}}`, mm(eq.latex), `**${STATUS_BADGE[r.status]}**`];
  if (eq.instance) out.push(`Instance: ${text(eq.instance)}.`);
  if (r.status === 'not expressible') {
    out.push(`Why: ${text(r.reason ?? '')}.`);
    return out.join('\n\n');
  }
  const c = eq.claim!;
  out.push(claimLine(c));
  const ev = r.evidence!;
  if (r.status === 'proven') out.push(`Held in ${ev.cases} random cases (largest error ${errorText(ev.maxError)}); seed ${ev.seed}.`, code(command(c, ev.seed, data.cases), 'sh'));
  else {
    out.push(`As printed it is refuted: ${message(ev.reason ?? '')}.`);
    if (ev.counterexample) out.push(counterexampleMarkdown(ev.counterexample, c.shapes));
    out.push(code(command(c, ev.seed, data.cases), 'sh'));
    if (r.status === 'wrong as printed' && r.fixed && r.fixedInput) {
      out.push(
        `**Corrected**: \`${r.corrected}\`, which held in ${r.fixed.cases} random cases (largest error ${errorText(r.fixed.maxError)}).`,
        code(command(r.fixedInput, r.fixed.seed, data.cases), 'sh'),
      );
    }
    if (r.status === 'needs an assumption' && r.fixed && r.fixedInput) {
      out.push(
        `**With the assumption ${text(r.assumption ?? '')}**, which the text does not state, it held in ${r.fixed.cases} random cases (largest error ${errorText(r.fixed.maxError)}).`,
        code(command(r.fixedInput, r.fixed.seed, data.cases), 'sh'),
      );
    }
    if (r.status === 'unresolved') out.push(`Unresolved: ${text(r.reason ?? '')}`);
  }
  if (eq.note) out.push(text(eq.note));
  const rules = (eq.rules ?? []).filter((id) => data.rules.some((x) => x.id === id));
  if (rules.length) out.push(`In the catalogue: ${rules.map((id) => ruleLink(data as SiteData, id)).join(', ')}.`);
  return out.join('\n\n');
}

/** The page. */
export function cookbookPage(results: readonly CookbookResult[], data: Pick<SiteData, 'rules' | 'cases' | 'seed'>): string {
  const count = (s: CookbookResult['status']) => results.filter((r) => r.status === s).length;
  const flagged = results.filter((r) => r.status === 'wrong as printed' || r.status === 'needs an assumption');
  const out: string[] = [
    frontMatter({
      title: 'The Matrix Cookbook, checked',
      slug: COOKBOOK_PATH,
      toc_max_heading_level: 3,
      description: 'Chapter 2 of the Matrix Cookbook (2012), every equation checked numerically: proven, wrong as printed, needs an assumption, or not expressible.',
    }),
    '# The Matrix Cookbook, checked',
    `Chapter 2, "Derivatives", of *The Matrix Cookbook* (K. B. Petersen and M. S. Pedersen, version of November 15, 2012) is where many people copy their matrix derivatives from. Here is every one of its ${results.length} numbered equations, (32) to (144), in the book's order, with what this project's oracle says of it. The statuses were computed when this site was built (seed ${data.seed}, ${data.cases} random cases per check), never typed by hand; \`mcv cookbook\` prints the same table.`,
    `- **✓ proven** (${count('proven')}): the equation as printed holds at random points, under the assumptions the text states.\n- **✗ wrong as printed** (${count('wrong as printed')}): refuted, with a counterexample, and a corrected form that is proven.\n- **⚠ needs an assumption** (${count('needs an assumption')}): refuted as printed, proven under an assumption the text does not state.\n- **— not expressible** (${count('not expressible')}): mcv's syntax cannot state it (eigenvalues, complex values, index notation, structure matrices); each says why.`,
    flagged.length ? `To look at first: ${flagged.map((r) => `[(${r.equation})](#eq-${r.equation}) ${r.status}`).join(', ')}.` : '',
    `How the equations are read. A gradient ${m(String.raw`\partial f/\partial\mathbf{X}`)} is checked in the trace sense, ${m(String.raw`df = \mathrm{Tr}(\mathbf{G}^\top d\mathbf{X})`)}, the layout the Cookbook uses; a differential ${m(String.raw`\partial\mathbf{F}`)} as the directional derivative along a random ${m(String.raw`d\mathbf{X}`)}. Section 2.8's formulas for symmetric matrices differentiate with respect to the independent entries, and are checked in that convention (see [Gradients of symmetric matrices](/guide/symmetric)). Symbolic powers and generic functions are checked on an instance, said under the equation (k = 3, a chosen ${m('\\mathbf{Y}(x)')}). The formulas are transcribed from the book; the prose is this site's.`,
  ].filter(Boolean);
  let section = '';
  results.forEach((r) => {
    const eq = CHAPTER2.find((q) => q.equation === r.equation)!;
    if (eq.section !== section) {
      section = eq.section;
      out.push(`### ${text(section)}`);
    }
    out.push(entry(eq, r, data));
  });
  return `${out.join('\n\n')}\n`;
}
