/** The catalogue: every rule in one table per area (the areas in AREAS order), each row linked to its page. */
import { AREAS, type Area, type Work } from '../../rules/schema.js';
import { cell, cellMath, frontMatter, table, text } from '../../properties/presentation/markdown.js';
import { rulePath, type SiteData } from './data.js';
import { CHEATSHEET_HREF, CHEATSHEET_PATH } from './printPage.js';
import { QUICK_SHEET_HREF, QUICK_SHEET_PATH } from './quickSheet.js';

/** The works, as a table cell names them (the rule page gives them in full). */
const SHORT_WORK: Record<Work, string> = { notes: 'notes', cookbook: 'Cookbook', giles: 'Giles', wikipedia: 'Wikipedia', standard: 'standard' };

/** Areas that have rules, in the catalogue's order. */
export function areasInUse(data: SiteData): Area[] {
  return (Object.keys(AREAS) as Area[]).filter((a) => data.rules.some((r) => r.area === a));
}

export function cataloguePage(data: SiteData): string {
  const areas = areasInUse(data);
  const mistakes = data.rules.reduce((n, r) => n + r.mistakes.length, 0);
  const out: string[] = [
    frontMatter({
      title: 'Catalogue',
      slug: '/catalogue',
      hide_table_of_contents: true,
      description: `Every rule of matrix-calculus-verified: ${data.rules.length} rules in ${areas.length} areas, each verified numerically, with ${mistakes} classic mistakes refuted.`,
    }),
    '# Catalogue',
    `${data.rules.length} rules in ${areas.length} areas, every one **verified** on random matrices when this site was built (seed ${data.seed}, ${data.cases} cases per rule), and all ${mistakes} of their classic mistakes **refuted** with a counterexample. The notes' own rules come first. Click a rule for its statement, variables, evidence and mistakes.`,
    `Areas: ${areas.map((a) => `[${text(AREAS[a].title)}](#${a})`).join(' · ')}`,
    // The Cookbook's chapter 2, equation by equation (cookbookPage.ts).
    `The Matrix Cookbook's chapter 2, equation by equation, with the oracle's verdict on each (proven, wrong as printed, needs an assumption): [The Matrix Cookbook, checked](/cookbook).`,
    `To print or keep: [the verified cheat sheet (PDF)](${CHEATSHEET_HREF}), every rule with its shapes, a mistake and its evidence, stamped with the date and commit of this build ([as a web page](${CHEATSHEET_PATH})); or [the two-page sheet (PDF)](${QUICK_SHEET_HREF}), the most used formulas alone ([as a web page](${QUICK_SHEET_PATH})).`,
  ];
  for (const a of areas) {
    out.push(`## ${text(AREAS[a].title)} {#${a}}`);
    if (AREAS[a].fromNotes) out.push('From the course notes.');
    const rows = data.rules
      .filter((r) => r.area === a)
      .map((r) => {
        const ev = data.evidence.get(r.id)!;
        const refuted = ev.mistakes.filter((x) => x.refuted).length;
        const source = r.sources.map((s) => `${SHORT_WORK[s.work]}${s.where ? ` ${text(s.where)}` : ''}${s.unverified ? ' (unverified)' : ''}`).join('; ');
        // The status next to the title: the statement may be wide and the table then scrolls.
        return [`[${cell(text(r.title))}](${rulePath(r.id)})`, `✓ verified<br/>${refuted}/${ev.mistakes.length} mistakes refuted`, cellMath(`\\displaystyle ${r.latex}`), r.kind, cell(source)];
      });
    out.push(table(['rule', 'status', 'statement', 'kind', 'source'], rows));
  }
  return out.join('\n\n') + '\n';
}
