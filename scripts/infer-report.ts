/**
 * Measures shape inference over the catalogue: every gradient rule and worked exercise derived with
 * every `--shape` removed (the assumptions kept), against the same problem with its stated shapes.
 *
 * A problem counts when the inferred shapes are the stated ones up to the names of the sizes (or
 * more general: a size the rule fixes, e.g. 3, may come out as a letter), the derivation is verified,
 * and the derived G equals the stated G (an identity check at the stated shapes). Otherwise the
 * report says why: a real ambiguity (fine), shapes that differ from the stated ones (a wrong
 * inference, a bug), or a derivation that does not go through.
 *
 *   npx tsx scripts/infer-report.ts [--cases 50]
 */
import { fileURLToPath } from 'node:url';
import { create, parseDependencies, type MathNode } from 'mathjs';
import { deriveGradient } from '../properties/derive/index.js';
import { InputError } from '../properties/engine/errors.js';
import { parseShape } from '../properties/engine/shapes.js';
import { checkClaim } from '../properties/oracle/check.js';
import { checkIdentity } from '../properties/api/index.js';
import { mistakeClaim, ruleClaim } from '../rules/claims.js';
import { RULES } from '../rules/index.js';
import { DERIVATIONS } from '../rules/derivations/index.js';

const math = create({ parseDependencies: parseDependencies! });

/** One problem of the catalogue, as stated. */
export interface StatedProblem {
  id: string;
  f: string;
  wrt: string;
  G: string;
  shape: Readonly<Record<string, string>>;
  assume?: Readonly<Record<string, string | readonly string[]>>;
}

/** The outcome for one problem. */
export interface InferOutcome {
  id: string;
  /** `same`: the stated answer, verified, from inferred shapes; the others say why not. */
  outcome: 'same' | 'ambiguous' | 'different shapes' | 'not derived' | 'different answer';
  inferred?: Record<string, string>;
  detail?: string;
}

/** Every gradient problem of the catalogue: the gradient rules and the worked exercises. */
export function catalogueProblems(): StatedProblem[] {
  return [
    ...RULES.flatMap((r) => (r.kind === 'gradient' ? [{ id: `rule ${r.id}`, f: r.f, wrt: r.wrt, G: r.G, shape: r.shapes, assume: r.assume }] : [])),
    ...DERIVATIONS.map((d) => ({ id: `exercise ${d.id}`, f: d.f, wrt: d.wrt, G: d.gradient.G, shape: d.shapes, assume: d.assume })),
  ];
}

/**
 * The map from each inferred size to the stated one, when the inferred shapes are the stated ones
 * up to the names of the sizes or more general; null when they are not (a different reading).
 */
export function sizeMap(inferred: Readonly<Record<string, string>>, stated: Readonly<Record<string, string>>): Map<string, string> | null {
  const map = new Map<string, string>();
  for (const [name, text] of Object.entries(stated)) {
    if (!(name in inferred)) return null;
    const a = parseShape(inferred[name]!, name),
      b = parseShape(text, name);
    for (const [x, y] of [
      [a.rows, b.rows],
      [a.cols, b.cols],
    ] as const) {
      if (typeof x === 'number') {
        if (x !== y) return null;
        continue;
      }
      // A letter may stand for any stated size but 1 (a column is not a scalar), always the same one.
      if (y === 1) return null;
      const had = map.get(x);
      if (had !== undefined && had !== String(y)) return null;
      map.set(x, String(y));
    }
  }
  return map;
}

/** An expression with its size letters renamed (eye(n) → eye(d)). */
function rename(expr: string, map: ReadonlyMap<string, string>): string {
  return math
    .parse(expr)
    .transform((n: MathNode) => {
      const name = (n as MathNode & { name?: string }).name;
      return n.type === 'SymbolNode' && name !== undefined && map.has(name) ? math.parse(map.get(name)!) : n;
    })
    .toString();
}

/** Derives one problem with no shapes given and compares with the stated answer. */
export function measure(p: StatedProblem, cases: number, seed = 1): InferOutcome {
  let r: ReturnType<typeof deriveGradient>;
  try {
    r = deriveGradient({ f: p.f, wrt: p.wrt, ...(p.assume ? { assume: p.assume } : {}), seed, cases });
  } catch (e) {
    if (e instanceof InputError) return { id: p.id, outcome: /ambiguous/.test(e.message) ? 'ambiguous' : 'different shapes', detail: e.message };
    throw e;
  }
  const inferred = r.shapes ?? {};
  const map = sizeMap(inferred, p.shape);
  if (!map) return { id: p.id, outcome: 'different shapes', inferred, detail: `stated ${JSON.stringify(p.shape)}` };
  if (r.verdict !== 'derived' || r.kind !== 'gradient') return { id: p.id, outcome: 'not derived', inferred, detail: `${r.verdict}: ${r.unsupported?.message ?? r.refuted?.name ?? r.kind}` };
  const same = checkIdentity({ lhs: rename(r.gradient!, map), rhs: p.G, shape: p.shape, ...(p.assume ? { assume: p.assume } : {}), seed, cases });
  if (same.verdict !== 'verified') return { id: p.id, outcome: 'different answer', inferred, detail: `${r.gradient} vs ${p.G}: ${same.reason}` };
  return { id: p.id, outcome: 'same', inferred };
}

/** The whole catalogue, and the share with the same verified answer. */
export function inferReport(cases: number, seed = 1): { outcomes: InferOutcome[]; same: number; total: number } {
  const outcomes = catalogueProblems().map((p) => measure(p, cases, seed));
  return { outcomes, same: outcomes.filter((o) => o.outcome === 'same').length, total: outcomes.length };
}

/**
 * Every rule of the catalogue (all kinds) and every mistake checked as a claim with its shapes
 * removed: the rules should be verified and the mistakes refuted; what is not is listed with why.
 */
export function claimReport(cases: number): { rules: number; verified: number; mistakes: number; refuted: number; notes: string[] } {
  let rules = 0,
    verified = 0,
    mistakes = 0,
    refuted = 0;
  const notes: string[] = [];
  const run = (c: ReturnType<typeof ruleClaim>) => {
    try {
      const e = checkClaim({ ...c, shapes: {} }, { seed: 1, cases });
      return { verdict: e.verdict, why: `${e.reason ?? ''} (inferred ${JSON.stringify(e.shapes)}, stated ${JSON.stringify(c.shapes)})` };
    } catch (e) {
      if (e instanceof InputError) return { verdict: 'bad input', why: e.message };
      throw e;
    }
  };
  for (const r of RULES) {
    rules++;
    const o = run(ruleClaim(r));
    if (o.verdict === 'verified') verified++;
    else notes.push(`rule ${r.id} ${o.verdict}: ${o.why}`);
    for (const m of r.mistakes) {
      mistakes++;
      const mo = run(mistakeClaim(r, m));
      if (mo.verdict === 'refuted') refuted++;
      else notes.push(`mistake of ${r.id} (${mistakeClaim(r, m).claim}) ${mo.verdict}: ${mo.why}`);
    }
  }
  return { rules, verified, mistakes, refuted, notes };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--cases');
  const cases = i >= 0 ? Number(process.argv[i + 1]) : 100;
  const t0 = performance.now();
  const { outcomes, same, total } = inferReport(cases);
  console.log(`shapes inferred: ${same} of ${total} gradient problems (${((100 * same) / total).toFixed(1)}%) get the stated answer, verified, with every --shape removed (${cases} cases per line)`);
  for (const o of outcomes.filter((x) => x.outcome !== 'same')) console.log(`  ${o.outcome}: ${o.id}${o.inferred ? ` (inferred ${JSON.stringify(o.inferred)})` : ''}\n      ${o.detail ?? ''}`);
  const c = claimReport(cases);
  console.log(`claims with every --shape removed: ${c.verified} of ${c.rules} rules verified, ${c.refuted} of ${c.mistakes} mistakes refuted`);
  for (const n of c.notes) console.log(`  ${n}`);
  console.log(`time: ${((performance.now() - t0) / 1000).toFixed(1)} s in all`);
}
