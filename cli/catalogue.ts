/** `mcv list` and `mcv verify`: the catalogue as data and as evidence. */
import { RULES } from '../rules/index.js';
import { AREAS, WORKS } from '../rules/schema.js';
import { checkRule, type RuleEvidence } from '../properties/derive/checkRule.js';
import { freshSeed, fmt } from '../properties/oracle/check.js';
import { InputError, nearest } from '../properties/engine/errors.js';
import { TOLERANCES } from '../properties/oracle/tolerance.js';
import { formatCounterexample } from '../properties/presentation/format.js';

/** The machine-readable face of a rule. */
export function ruleRecord(r: (typeof RULES)[number]) {
  const { f, G, F, dF, lhs, rhs, H } = r as unknown as Record<string, string | undefined>;
  return {
    id: r.id,
    title: r.title,
    kind: r.kind,
    area: r.area,
    areaTitle: AREAS[r.area].title,
    source: r.sources.map((s) => `${WORKS[s.work]}${s.where ? `, ${s.where}` : ''}${s.unverified ? ` (unverified: ${s.unverified})` : ''}`).join('; '),
    sources: r.sources,
    latex: r.latex,
    ...(r.kind === 'gradient'
      ? { f, wrt: r.wrt, G }
      : r.kind === 'differential'
        ? { F, wrt: r.wrt, dF }
        : r.kind === 'hessian'
          ? { f, wrt: r.wrt, H, ...(G !== undefined ? { G } : {}) }
          : { lhs, rhs }),
    variables: Object.entries(r.shapes).map(([name, shape]) => ({ name, shape, assume: r.assume?.[name] ?? [] })),
    assumptions: r.assume ?? {},
    mistakes: r.mistakes,
    ...(r.equivalent ? { equivalent: r.equivalent } : {}),
    ...(r.derivedFrom ? { derivedFrom: r.derivedFrom } : {}),
    ...(r.explanation ? { explanation: r.explanation } : {}),
  };
}

export function listRules(json: boolean): string {
  if (json) return JSON.stringify(RULES.map(ruleRecord), null, 2) + '\n';
  const w = Math.max(...RULES.map((r) => r.id.length));
  const lines: string[] = [];
  for (const [area, { title }] of Object.entries(AREAS)) {
    const rs = RULES.filter((r) => r.area === area);
    if (!rs.length) continue;
    lines.push(`${title} (${area})`);
    for (const r of rs) lines.push(`  ${r.id.padEnd(w)}  ${r.kind.padEnd(12)}  ${r.title}`);
  }
  lines.push(`${RULES.length} rules in ${new Set(RULES.map((r) => r.area)).size} areas. Details: mcv list --json; check one: mcv verify --rule ID`);
  return lines.join('\n') + '\n';
}

/** Runs the oracle over the catalogue (or some rules); prints the report; true when all is well. */
export function verifyCatalogue(o: { rules: string[]; seed?: number; cases?: number; json: boolean; out: (s: string) => void }): boolean {
  const seed = o.seed ?? freshSeed();
  const cases = o.cases ?? 100;
  for (const id of o.rules)
    if (!RULES.some((r) => r.id === id)) {
      const guess = nearest(
        id,
        RULES.map((r) => r.id),
      );
      throw new InputError(`--rule ${id}: no such rule${guess ? ` (did you mean ${guess}?)` : ''}; mcv list shows them all`, 'rule');
    }
  const chosen = o.rules.length ? RULES.filter((r) => o.rules.includes(r.id)) : RULES;
  const started = Date.now();
  const results: RuleEvidence[] = [];
  for (const r of chosen) {
    const ev = checkRule(r, { seed, cases });
    results.push(ev);
    if (!o.json) o.out(reportLine(ev) + '\n');
  }
  const rulesOk = results.filter((r) => r.status === 'verified').length;
  const mistakes = results.flatMap((r) => r.mistakes);
  const refuted = mistakes.filter((m) => m.refuted).length;
  const ok = rulesOk === results.length && refuted === mistakes.length;
  const summary = { rules: results.length, verified: rulesOk, mistakes: mistakes.length, refuted, ok, seconds: (Date.now() - started) / 1000 };
  if (o.json) {
    o.out(JSON.stringify({ seed, cases, tolerances: TOLERANCES, summary, rules: results.map((r) => ({ ...r, status: r.status })) }) + '\n');
  } else {
    o.out(
      `\n${rulesOk} of ${results.length} rules verified, ${refuted} of ${mistakes.length} mistakes refuted, ${cases} cases each; seed ${seed}` +
        (ok ? '' : `\nreplay: mcv verify --seed ${seed}${o.rules.map((r) => ` --rule ${r}`).join('')}`) +
        '\n',
    );
  }
  return ok;
}

function reportLine(ev: RuleEvidence): string {
  const ms = ev.mistakes;
  const refuted = ms.filter((m) => m.refuted).length;
  if (ev.status === 'verified' && refuted === ms.length)
    return `✓ ${ev.id}: verified in ${ev.cases} cases (largest error ${fmt(Number(ev.maxError.toPrecision(2)))} of the tolerance)${ev.equivalents ? `, and in ${ev.equivalents.length} equivalent spelling${ev.equivalents.length === 1 ? '' : 's'}` : ''}; ${refuted}/${ms.length} mistakes refuted (${ms.filter((m) => m.refutedBy === 'value').length} by value)`;
  const lines = [
    `✗ ${ev.id}: ${ev.status === 'verified' ? 'verified' : ev.verdict === 'verified' ? 'REFUTED in an equivalent spelling' : `REFUTED: ${ev.reason}`}; ${refuted}/${ms.length} mistakes refuted`,
  ];
  if (ev.verdict === 'refuted' && ev.counterexample) lines.push(formatCounterexample(ev.counterexample, '    '));
  for (const e of (ev.equivalents ?? []).filter((x) => x.verdict === 'refuted')) {
    lines.push(`    equivalent spelling "${e.claim}" REFUTED: ${e.reason}`);
    if (e.counterexample) lines.push(formatCounterexample(e.counterexample, '      '));
  }
  for (const m of ms.filter((x) => !x.refuted)) lines.push(`    mistake ${m.id} ("${m.claim}") was NOT refuted in ${m.cases} cases`);
  return lines.join('\n');
}
