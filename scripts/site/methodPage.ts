/**
 * The method page: hand-written prose (website/templates/method.md) in the order of the notes,
 * with every formula expanded from the rule objects and derivations by directives:
 *
 *   {{area <area>}}        the rules of an area, in registry order, each linked to its page
 *   {{rule <id>}}          one rule's statement, displayed, with a link
 *   {{derivation <id>}}    a derivation at a glance, with a link to its page
 *
 * An unknown directive, rule, area or derivation stops the build with a message that names it.
 */
import { AREAS, type Area } from '../../rules/schema.js';
import { differentialName } from '../../rules/derivations/schema.js';
import { mm, tex, text } from '../../properties/presentation/markdown.js';
import { exercisePath, ruleLink, rulePath, type SiteData } from './data.js';

/** The notes' own numbering of a rule ("Trace rules (5)" → "(5)"), if it has one. */
function notesNumber(where: string | undefined): string | undefined {
  return where ? /\((\d+)\)\s*$/.exec(where)?.[0] : undefined;
}

function areaList(data: SiteData, area: string): string {
  if (!(area in AREAS)) throw new Error(`method template: {{area ${area}}}: no such area; the areas are ${Object.keys(AREAS).join(', ')}`);
  const rules = data.rules.filter((r) => r.area === (area as Area));
  if (!rules.length) throw new Error(`method template: {{area ${area}}}: the area has no rules`);
  return rules
    .map((r) => {
      const n = notesNumber(r.sources.find((s) => s.work === 'notes')?.where);
      return `- ${n ? `**${n}** ` : ''}$\\displaystyle ${r.latex}$ — ${ruleLink(data, r.id)}`;
    })
    .join('\n');
}

function ruleBlock(data: SiteData, id: string): string {
  const r = data.rules.find((x) => x.id === id);
  if (!r) throw new Error(`method template: {{rule ${id}}}: no rule has this id`);
  return `${mm(r.latex)}\n\n— ${ruleLink(data, id)}, verified on its page.`;
}

function derivationBlock(data: SiteData, id: string): string {
  const d = data.derivations.find((x) => x.id === id);
  if (!d) throw new Error(`method template: {{derivation ${id}}}: no derivation has this id`);
  const shapes = { ...d.shapes, [differentialName(d.wrt)]: d.shapes[d.wrt]! };
  const t = (e: string) => tex(e, { shapes });
  const rows: string[] = [];
  let first = true;
  for (const s of d.steps) {
    if ('f' in s) continue;
    const by = s.by.map((b) => data.rules.find((r) => r.id === b)?.title ?? b).join('; ');
    rows.push(`${first ? 'df ' : ''}&= ${t(s.df)} && \\text{${by.replace(/[{}\\_^&%$#]/g, '')}}`);
    first = false;
  }
  rows.push(`\\Longrightarrow\\ \\frac{\\partial f}{\\partial ${t(d.wrt)}} &= ${t(d.gradient.G)}`);
  return `${mm(`\\begin{aligned}\n${rows.join(' \\\\\n')}\n\\end{aligned}`)}\n\nEvery line checked numerically: [${text(d.title)}](${exercisePath(d.id)}).`;
}

/** Expands the directives of the method template. */
export function methodPage(template: string, data: SiteData): string {
  return template.replace(/\{\{\s*(\w+)\s+([\w-]+)\s*\}\}/g, (_all, kind: string, arg: string) => {
    switch (kind) {
      case 'area':
        return areaList(data, arg);
      case 'rule':
        return ruleBlock(data, arg);
      case 'derivation':
        return derivationBlock(data, arg);
      case 'link': {
        if (!data.rules.some((r) => r.id === arg)) throw new Error(`method template: {{link ${arg}}}: no rule has this id`);
        return `[${text(data.rules.find((r) => r.id === arg)!.title)}](${rulePath(arg)})`;
      }
      default:
        throw new Error(`method template: unknown directive {{${kind} ${arg}}}; use area, rule, derivation or link`);
    }
  });
}
