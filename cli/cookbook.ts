/** `mcv cookbook`: the Matrix Cookbook's chapter 2, every equation checked by the oracle (properties/derive/cookbook.ts). */
import { freshSeed } from '../properties/oracle/check.js';
import { checkCookbook, cookbookJson, type CookbookResult } from '../properties/derive/cookbook.js';
import { InputError } from '../properties/engine/errors.js';
import { CHAPTER2 } from '../rules/cookbook/chapter2.js';

/** Cases per check unless --cases says otherwise: 113 equations, so fewer than `mcv verify`'s 100 keep it to a few seconds. */
export const COOKBOOK_CASES = 30;

/** One line per equation: number, status, and the claim (or the correction, the assumption, the reason). */
function line(r: CookbookResult): string {
  const n = `(${r.equation})`.padEnd(6);
  const status = r.status.padEnd(20);
  const claim = r.claim !== undefined ? `${r.kind === 'identity' ? `${r.expr} = ${r.claim}` : `${r.expr} → ${r.claim}  (d${r.wrt?.join(', d')})`}${r.convention ? '  [independent entries]' : ''}` : '';
  const more =
    r.status === 'wrong as printed'
      ? `\n${' '.repeat(27)}corrected (proven): ${r.corrected}\n${' '.repeat(27)}as printed: ${r.evidence?.reason}`
      : r.status === 'needs an assumption'
        ? `\n${' '.repeat(27)}proven with ${r.assumption}; as printed: ${r.evidence?.reason}`
        : r.status === 'not expressible' || r.status === 'unresolved'
          ? r.reason
          : '';
  return `${n} ${status} ${claim}${more}`.trimEnd();
}

/** The output of `mcv cookbook`, and whether every equation resolved (exit 0) or the data is at fault (exit 1). */
export function cookbookReport(o: { json: boolean; seed?: number; cases?: number; equation?: string[] }): { text: string; ok: boolean } {
  const seed = o.seed ?? freshSeed();
  const wanted = o.equation?.length ? o.equation.map((e) => e.replace(/[()]/g, '').trim()) : undefined;
  if (wanted)
    for (const e of wanted) if (!CHAPTER2.some((q) => q.equation === e)) throw new InputError(`--equation ${e}: chapter 2 numbers its equations (32) to (144); no equation (${e})`, 'command');
  const eqs = wanted ? CHAPTER2.filter((q) => wanted.includes(q.equation)) : CHAPTER2;
  const results = checkCookbook(eqs, { seed, cases: o.cases ?? COOKBOOK_CASES });
  const ok = results.every((r) => r.status !== 'unresolved');
  if (o.json) return { text: `${JSON.stringify(results.map(cookbookJson))}\n`, ok };
  const counts = new Map<string, number>();
  for (const r of results) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  const summary = [...counts].map(([k, v]) => `${v} ${k}`).join(', ');
  const head = `The Matrix Cookbook (Petersen & Pedersen, version of November 15, 2012), chapter 2, checked: ${results.length} equations; seed ${seed}, ${o.cases ?? COOKBOOK_CASES} cases per check`;
  return { text: `${head}\n\n${results.map(line).join('\n')}\n\n${summary}\n`, ok };
}
