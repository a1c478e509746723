/**
 * The guide page "Gradients of symmetric matrices" (/guide/symmetric): the two conventions in use
 * for a function of a symmetric X, how they convert, and for log det X, Tr(AX) and xᵀXx every claim
 * checked in every convention by the oracle at build (rules/conventions.ts). The build stops if a
 * verdict differs from the one the page's prose relies on.
 */
import { checkClaim, type ClaimInput, type Evidence } from '../../properties/oracle/check.js';
import { cellMath, code, frontMatter, message, m, mm, table, text } from '../../properties/presentation/markdown.js';
import { commandLine, reproduceArgs } from '../../properties/presentation/args.js';
import { deriveSeed } from '../../properties/derive/checkRule.js';
import { CONVENTION_EXAMPLES, MODES, type ConventionExample, type Mode } from '../../rules/conventions.js';
import { rulePath } from './data.js';

/** What a mode is called on the page, and its mcv option. */
const MODE_LABEL: Record<Mode, { head: string; option: string[] }> = {
  all: { head: 'trace sense, every dX', option: [] },
  symmetric: { head: 'trace sense, symmetric dX', option: ['--directions', 'symmetric'] },
  entries: { head: 'independent entries', option: ['--convention', 'entries'] },
};

/** One check of the page: a claim of an example in a mode, with the evidence measured now. */
export interface ConventionCheck {
  example: string;
  claim: string;
  mode: Mode;
  expected: 'verified' | 'refuted';
  evidence: Evidence;
  input: ClaimInput;
}

const modeInput = (mode: Mode) => (mode === 'symmetric' ? { directions: 'symmetric' as const } : mode === 'entries' ? { convention: 'entries' as const } : {});

/** The claim of an example in a mode, as the oracle takes it. */
export function conventionInput(ex: ConventionExample, claim: string, mode: Mode): ClaimInput {
  return { kind: 'gradient', expr: ex.f, claim, wrt: ['X'], shapes: ex.shapes, assume: ex.assume, ...modeInput(mode) };
}

/** Runs every claim of every example in every mode. */
export function measureConventions(seed: number, cases: number): ConventionCheck[] {
  const out: ConventionCheck[] = [];
  for (const ex of CONVENTION_EXAMPLES)
    for (const c of ex.claims)
      for (const mode of MODES) {
        const input = conventionInput(ex, c.claim, mode);
        out.push({ example: ex.id, claim: c.claim, mode, expected: c.expect[mode], evidence: checkClaim(input, { seed: deriveSeed(seed, `symmetric/${ex.id}/${c.claim}/${mode}`), cases }), input });
      }
  return out;
}

/** The checks whose verdict is not the expected one, as lines for the build's error. */
export function conventionFailures(checks: readonly ConventionCheck[]): string[] {
  return checks
    .filter((c) => c.evidence.verdict !== c.expected)
    .map((c) => `symmetric-matrix guide: ${c.example}, claim "${c.claim}" in mode ${c.mode} is ${c.evidence.verdict.toUpperCase()}, expected ${c.expected}: ${c.evidence.reason ?? ''}`);
}

const command = (input: ClaimInput, mode: Mode, seed: number | null, cases: number): string => {
  const argv = reproduceArgs(
    {
      kind: 'gradient',
      expr: input.expr,
      claim: input.claim,
      wrt: 'X',
      shape: Object.entries(input.shapes).map(([k, v]) => `${k}=${v}`),
      assume: Object.entries(input.assume ?? {}).map(([k, v]) => `${k}=${typeof v === 'string' ? v : v.join(',')}`),
      ...(cases !== 100 ? { cases: String(cases) } : {}),
      ...modeInput(mode),
    },
    seed ?? 0,
  );
  if (seed === null) argv.splice(argv.indexOf('--seed'), 2);
  return commandLine('npx mcv', argv);
};

/** The page. */
export function symmetricPage(checks: readonly ConventionCheck[], cases: number): string {
  const out: string[] = [
    frontMatter({
      title: 'Gradients of symmetric matrices',
      slug: '/guide/symmetric',
      description: 'Which gradient of a function of a symmetric matrix is right: the trace sense and the independent entries, checked.',
    }),
    `# Gradients of symmetric matrices`,
    `What is ${m(String.raw`\partial \log\det\mathbf{X} / \partial\mathbf{X}`)} when ${m(String.raw`\mathbf{X}`)} is symmetric? Two answers are printed in the literature, ${m(String.raw`\mathbf{X}^{-1}`)} and ${m(String.raw`2\mathbf{X}^{-1} - \mathbf{X}^{-1}\circ\mathbf{I}`)}, and both are right: they answer two different questions. This page says which, and the oracle checks every claim below in each convention (the verdicts were measured when this site was built).`,
    `## The two conventions`,
    `**The trace sense** (this project's convention, and the notes'): ${m(String.raw`\mathbf{G}`)} is the gradient when ${m(String.raw`df = \mathrm{Tr}(\mathbf{G}^\top d\mathbf{X})`)}. For a symmetric ${m(String.raw`\mathbf{X}`)} one may ask this only along **symmetric directions** ${m(String.raw`d\mathbf{X} = d\mathbf{X}^\top`)}, the directions in which a symmetric matrix can move. Since ${m(String.raw`\mathrm{Tr}(\mathbf{G}^\top\mathbf{S}) = \mathrm{Tr}(\mathrm{sym}(\mathbf{G})^\top\mathbf{S})`)} for every symmetric ${m(String.raw`\mathbf{S}`)}, only the symmetric part ${m(String.raw`\mathrm{sym}(\mathbf{G}) = \tfrac12(\mathbf{G} + \mathbf{G}^\top)`)} is determined there: it is the gradient within the symmetric matrices. \`mcv gradient … --directions symmetric\` checks exactly that.`,
    `**The independent entries** (the Matrix Cookbook's section on structured matrices, and much of statistics): a symmetric ${m('n\\times n')} matrix has ${m('n(n+1)/2')} free entries ${m('x_{ij}, i \\le j')}, since ${m('x_{ij}')} and ${m('x_{ji}')} are one variable. The derivative ${m(String.raw`\mathbf{D}`)} collects ${m(String.raw`D_{ij} = D_{ji} = \partial f / \partial x_{ij}`)}, so that ${m(String.raw`df = \sum_{i \le j} D_{ij}\, dX_{ij}`)}. \`mcv gradient … --convention entries\` checks a claim in this sense, along symmetric directions.`,
    `## How they convert`,
    `Moving the shared variable ${m('x_{ij}')} (${m('i \\ne j')}) moves both ${m('X_{ij}')} and ${m('X_{ji}')}, so it collects both ${m('G_{ij}')} and ${m('G_{ji}')}; a diagonal entry collects ${m('G_{ii}')} once. From any gradient ${m(String.raw`\mathbf{G}`)} in the trace sense:`,
    mm(
      String.raw`\mathbf{D} = \mathbf{G} + \mathbf{G}^\top - \mathbf{G}\circ\mathbf{I}, \qquad\text{which is } 2\mathbf{G} - \mathbf{G}\circ\mathbf{I} \text{ when } \mathbf{G} \text{ is symmetric},`,
    ),
    `and back, ${m(String.raw`\mathrm{sym}(\mathbf{G}) = \tfrac12(\mathbf{D} + \mathbf{D}\circ\mathbf{I})`)}: halve the off-diagonal entries. That is how the oracle checks a claim in the entries convention: it compares ${m(String.raw`\sum_{i\le j} D_{ij}\,dX_{ij} = \mathrm{Tr}\big(\tfrac12(\mathbf{D} + \mathbf{D}\circ\mathbf{I})^\top d\mathbf{X}\big)`)} with the finite difference along a random symmetric ${m(String.raw`d\mathbf{X}`)}. The halving is exact in floating point, so the tolerance is the one of an ordinary gradient check, from the same error bounds. \`mcv derive … --convention entries\` derives ${m(String.raw`\mathbf{G}`)} and prints ${m(String.raw`\mathbf{D}`)}, checked in that convention; \`--directions symmetric\` prints ${m(String.raw`\mathrm{sym}(\mathbf{G})`)}.`,
    `Neither is "the" gradient of a symmetric matrix: use the trace sense when ${m(String.raw`\mathbf{G}`)} feeds ${m(String.raw`\mathrm{Tr}(\mathbf{G}^\top d\mathbf{X})`)}, a gradient step ${m(String.raw`\mathbf{X} - \eta\mathbf{G}`)} or the chain rule (a symmetric step stays symmetric when ${m(String.raw`\mathbf{G}`)} is symmetric), and the entries convention when you differentiate with respect to a vector of the free entries, e.g. ${m(String.raw`\mathrm{vech}(\mathbf{X})`)}. Mixing them doubles the off-diagonal entries: the classic error behind ${m(String.raw`2\mathbf{X}^{-1} - \mathbf{X}^{-1}\circ\mathbf{I}`)} used as a gradient.`,
    `## Three functions, every claim in every convention`,
    `✓ verified in ${cases} random cases; ✗ refuted, with the oracle's reason. ${m(String.raw`\mathbf{X}`)} is drawn symmetric (positive definite for ${m(String.raw`\log\det`)}), of random size ${m('n')}.`,
  ];
  for (const ex of CONVENTION_EXAMPLES) {
    out.push(`### ${m(`f = ${ex.latex}`)}`);
    if (ex.rule) out.push(`In the catalogue: [the rule's page](${rulePath(ex.rule)}).`);
    const rows = ex.claims.map((c) => {
      const cells = MODES.map((mode) => {
        const ch = checks.find((x) => x.example === ex.id && x.claim === c.claim && x.mode === mode)!;
        return ch.evidence.verdict === 'verified' ? `✓ verified` : `✗ refuted`;
      });
      return [cellMath(c.latex), text(c.what), ...cells];
    });
    out.push(table(['claim', 'what it is', ...MODES.map((x) => MODE_LABEL[x].head)], rows));
    const refuted = checks.filter((x) => x.example === ex.id && x.evidence.verdict === 'refuted' && x.mode !== 'all');
    if (refuted.length) {
      out.push('Why the refuted ones fail along symmetric directions:');
      out.push(refuted.map((x) => `- \`${x.claim}\`, ${MODE_LABEL[x.mode].head}: ${message(x.evidence.reason ?? '')}.`).join('\n'));
    }
    const first = ex.claims[0]!;
    const last = ex.claims[ex.claims.length - 1]!;
    out.push(
      'Check them yourself:',
      code([command(conventionInput(ex, first.claim, 'symmetric'), 'symmetric', null, 100), command(conventionInput(ex, last.claim, 'entries'), 'entries', null, 100)].join('\n'), 'sh'),
    );
  }
  out.push(
    `## On the Check page`,
    `The [Check page](/check) has a select, **symmetric W**, with the same three choices: the trace sense along every direction (the default), symmetric directions only, and the independent entries.`,
  );
  return `${out.join('\n\n')}\n`;
}
