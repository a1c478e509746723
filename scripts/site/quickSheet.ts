/**
 * The two-page sheet: the most used identities, formulas only, in two columns on two A4 pages
 * (/quick-sheet, printed to mcv-quick-sheet.pdf by the build beside the full cheat sheet). It holds
 * no formula of its own: each line is the statement (`latex`) of a catalogue rule, so it is proven
 * by the oracle in the same build that prints it (generate.ts refuses to write any page when a rule
 * is refuted), and stamped with the date, commit and seed of that build.
 *
 * Which rules are "the most used" is an editorial choice, kept here as a list of rule ids by
 * section; a test checks that every id names a rule of the catalogue and that the PDF has two pages.
 */
import { rulePath, type SiteData } from './data.js';
import { CHEATSHEET_PATH, type BuildStamp } from './printPage.js';
import { frontMatter, m, mm, text } from '../../properties/presentation/markdown.js';

export const QUICK_SHEET_PATH = '/quick-sheet';
export const QUICK_SHEET_PDF = 'mcv-quick-sheet.pdf';
/** A link Docusaurus leaves alone (the PDF is written after the build's link check). */
export const QUICK_SHEET_HREF = `pathname:///${QUICK_SHEET_PDF}`;

/** The sections of the sheet, each a list of catalogue rule ids in reading order. */
export const QUICK_SHEET: readonly { readonly title: string; readonly rules: readonly string[] }[] = [
  {
    title: 'Algebra',
    rules: [
      'transpose-of-product',
      'inverse-of-product',
      'inverse-of-transpose',
      'det-of-scaled',
      'trace-cyclic-three',
      'frobenius-inner-product',
      'frobenius-norm-trace',
      'det-identity-plus-rank-one',
      'sherman-morrison',
      'woodbury',
      'kron-mixed-product',
      'kron-transpose',
    ],
  },
  {
    title: 'Differentials',
    rules: [
      'diff-sum',
      'diff-product',
      'diff-transpose',
      'diff-hadamard',
      'diff-inverse',
      'diff-trace',
      'diff-det',
      'diff-logdet',
      'diff-kron',
      'diff-elementwise-exp',
      'diff-elementwise-log',
      'diff-elementwise-sigmoid',
      'diff-elementwise-tanh',
      'diff-softmax',
      'diff-norm',
    ],
  },
  {
    title: 'Trace rules',
    rules: ['trace-scalar', 'trace-transpose', 'trace-cyclic', 'trace-hadamard', 'hadamard-sum-inner'],
  },
  {
    title: 'Gradients: linear and quadratic',
    rules: [
      'grad-linear',
      'grad-quadratic-form',
      'grad-quadratic-form-symmetric',
      'grad-bilinear-matrix',
      'grad-squared-norm',
      'grad-least-squares-norm',
      'grad-weighted-least-squares',
      'grad-euclidean-distance',
    ],
  },
  {
    title: 'Gradients: traces',
    rules: ['grad-trace', 'grad-trace-axb', 'grad-trace-axtb', 'grad-trace-xtbx', 'grad-trace-axbx', 'grad-trace-xtx', 'grad-frobenius-norm', 'grad-frobenius-squared'],
  },
  {
    title: 'Gradients: inverse and determinant',
    rules: [
      'adjoint-inverse',
      'bilinear-inverse-gradient',
      'det-gradient',
      'logdet-gradient',
      'logdet-gradient-spd',
      'det-axb-gradient',
      'det-inverse-gradient',
      'logdet-xtx-gradient',
      'trace-inverse-sandwich-gradient',
    ],
  },
  {
    title: 'Machine learning',
    rules: [
      'grad-logsumexp',
      'grad-cross-entropy-softmax',
      'logistic-regression-gradient',
      'linear-regression-gradient',
      'ridge-gradient',
      'gaussian-loglik-mean-gradient',
      'gaussian-loglik-covariance-gradient',
      'mlp-tanh-first-layer',
      'low-rank-factor-gradient-u',
      'pca-objective-gradient',
    ],
  },
  {
    title: 'Hessians',
    rules: ['hessian-quadratic-form', 'hessian-least-squares', 'hessian-logdet', 'hessian-trace-inverse', 'hessian-ridge', 'hessian-logsumexp', 'hessian-logistic-regression'],
  },
];

/** The ids of {@link QUICK_SHEET} that name no rule of the catalogue (none, or the sheet is not written). */
export function unknownQuickSheetRules(data: Pick<SiteData, 'rules'>): string[] {
  const ids = new Set(data.rules.map((r) => r.id));
  return QUICK_SHEET.flatMap((s) => s.rules).filter((id) => !ids.has(id));
}

/** The Markdown of the two-page sheet. */
export function quickSheetPage(data: SiteData, stamp: BuildStamp): string {
  const unknown = unknownQuickSheetRules(data);
  if (unknown.length) throw new Error(`scripts/site/quickSheet.ts lists rules the catalogue does not have: ${unknown.join(', ')}; correct the ids or remove them`);
  const byId = new Map(data.rules.map((r) => [r.id, r]));
  const count = QUICK_SHEET.reduce((n, s) => n + s.rules.length, 0);
  const out: string[] = [
    frontMatter({
      title: 'The two-page sheet',
      slug: QUICK_SHEET_PATH,
      hide_table_of_contents: true,
      description: `The ${count} most used identities of matrix calculus on two printed pages, each verified numerically when the site was built (${stamp.date}, commit ${stamp.commit}).`,
    }),
    '# The two-page sheet',
    `✓ All ${count} formulas verified on random matrices (${data.cases} cases each) when built on **${stamp.date}** from commit **${text(stamp.commit)}**, seed ${data.seed}. Gradients in denominator layout, ${m('df = \\operatorname{Tr}(\\mathbf{G}^\\top d\\mathbf{X})')}; shapes, assumptions and evidence on each formula's page. [Download the PDF](${QUICK_SHEET_HREF}) · [the full cheat sheet](${CHEATSHEET_PATH}).`,
    '<div class="mcv-quick">',
  ];
  for (const s of QUICK_SHEET) {
    out.push(`## ${text(s.title)}`);
    for (const id of s.rules) {
      const r = byId.get(id)!;
      const as = Object.entries(r.assume ?? {})
        .map(([v, list]) => `${v} ${(list as readonly string[]).join(', ')}`)
        .join('; ');
      out.push(`<div class="mcv-quick-rule">\n\n[${text(r.title)}](${rulePath(r.id)})${as ? ` (${text(as)})` : ''}\n\n${mm(r.latex)}\n\n</div>`);
    }
  }
  out.push('</div>');
  return out.join('\n\n') + '\n';
}
