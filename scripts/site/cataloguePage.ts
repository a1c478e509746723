/** The catalogue: every rule in one table per area (the areas in AREAS order), each row linked to its page. */
import { AREAS, WORKS, type Area } from '../../rules/schema.js';
import { cell, cellMath, frontMatter, table, text } from './markdown.js';
import { rulePath, type SiteData } from './data.js';

/** Areas that have rules, in the catalogue's order. */
export function areasInUse(data: SiteData): Area[] {
  return (Object.keys(AREAS) as Area[]).filter((a) => data.rules.some((r) => r.area === a));
}

export function cataloguePage(data: SiteData): string {
  const areas = areasInUse(data);
  const mistakes = data.rules.reduce((n, r) => n + r.mistakes.length, 0);
  const out: string[] = [
    frontMatter({ title: 'Catalogue', slug: '/catalogue', hide_table_of_contents: true, description: `Every rule of matrix-calculus-verified: ${data.rules.length} rules in ${areas.length} areas, each verified numerically, with ${mistakes} classic mistakes refuted.` }),
    '# Catalogue',
    `${data.rules.length} rules in ${areas.length} areas, every one **verified** on random matrices when this site was built (seed ${data.seed}, ${data.cases} cases per rule), and all ${mistakes} of their classic mistakes **refuted** with a counterexample. The notes' own rules come first. Click a rule for its statement, variables, evidence and mistakes.`,
    `Areas: ${areas.map((a) => `[${text(AREAS[a].title)}](#${a})`).join(' · ')}`,
  ];
  for (const a of areas) {
    out.push(`## ${text(AREAS[a].title)} {#${a}}`);
    if (AREAS[a].fromNotes) out.push('From the course notes.');
    const rows = data.rules
      .filter((r) => r.area === a)
      .map((r) => {
        const ev = data.evidence.get(r.id)!;
        const refuted = ev.mistakes.filter((x) => x.refuted).length;
        const source = r.sources.map((s) => `${s.work === 'notes' ? 'notes' : s.work === 'cookbook' ? 'Cookbook' : text(WORKS[s.work].split(',')[0]!)}${s.where ? ` ${text(s.where)}` : ''}${s.unverified ? ' (unverified)' : ''}`).join('; ');
        return [
          `[${cell(text(r.title))}](${rulePath(r.id)})`,
          cellMath(`\\displaystyle ${r.latex}`),
          r.kind,
          cell(source),
          `✓ verified<br/>${refuted}/${ev.mistakes.length} mistakes refuted`,
        ];
      });
    out.push(table(['rule', 'statement', 'kind', 'source', 'status'], rows));
  }
  return out.join('\n\n') + '\n';
}
