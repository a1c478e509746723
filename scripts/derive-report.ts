/**
 * Measures `mcv derive` over the catalogue (every gradient rule and every worked exercise):
 *
 * - coverage: derived (every line and G verified) and numerically equal to the stated G;
 * - quality: nodes of the derived G's parse tree over the stated G's (median; the worst ten);
 * - speed: time to derive and verify one problem in this process (median, default cases);
 * - never wrong: no derivation refuted across the catalogue and `--seeds` seeds.
 *
 *   npx tsx scripts/derive-report.ts [--seeds 20] [--cases 50]
 *
 * Not a test: timings depend on the machine and its load.
 */
import { create, parseDependencies, type MathNode } from 'mathjs';
import { checkIdentity } from '../properties/api/index.js';
import { deriveGradient } from '../properties/derive/index.js';
import { RULES } from '../rules/index.js';
import { DERIVATIONS } from '../rules/derivations/index.js';

const math = create({ parseDependencies: parseDependencies! });
const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const SEEDS = arg('--seeds', 20);
const CASES = arg('--cases', 100);

const nodes = (s: string): number => {
  let n = 0;
  math.parse(s).traverse((x: MathNode) => {
    if (x.type !== 'ParenthesisNode') n++;
  });
  return n;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const problems = [
  ...RULES.flatMap((r) => (r.kind === 'gradient' ? [{ id: `rule ${r.id}`, f: r.f, wrt: r.wrt, G: r.G, shape: r.shapes, assume: r.assume }] : [])),
  ...DERIVATIONS.map((d) => ({ id: `exercise ${d.id}`, f: d.f, wrt: d.wrt, G: d.gradient.G, shape: d.shapes, assume: d.assume })),
];

let derived = 0;
const failures: string[] = [];
const ratios: { id: string; ratio: number; got: string; stated: string }[] = [];
const times: number[] = [];
for (const p of problems) {
  const t0 = performance.now();
  const r = deriveGradient({ f: p.f, wrt: p.wrt, shape: p.shape, assume: p.assume, seed: 1, cases: CASES });
  times.push(performance.now() - t0);
  if (r.verdict !== 'derived') {
    failures.push(`${p.id}: ${r.verdict} ${r.refuted?.name ?? r.unsupported?.message ?? ''}`);
    continue;
  }
  const same = checkIdentity({ lhs: r.gradient!, rhs: p.G, shape: p.shape, assume: p.assume, seed: 1, cases: CASES });
  if (same.verdict !== 'verified') {
    failures.push(`${p.id}: derived ${r.gradient} differs from the stated ${p.G}`);
    continue;
  }
  derived++;
  ratios.push({ id: p.id, ratio: nodes(r.gradient!) / nodes(p.G), got: r.gradient!, stated: p.G });
}

console.log(`coverage: ${derived} of ${problems.length} derived and equal to the stated G (${CASES} cases per line)`);
for (const f of failures) console.log(`  not derived: ${f}`);
console.log(`quality: median node ratio derived/stated ${median(ratios.map((r) => r.ratio)).toFixed(2)}; worst ten:`);
for (const r of [...ratios].sort((a, b) => b.ratio - a.ratio).slice(0, 10)) console.log(`  ${r.ratio.toFixed(2)}  ${r.id}\n        derived ${r.got}\n        stated  ${r.stated}`);
console.log(`speed: median ${median(times).toFixed(0)} ms to derive and verify a problem (max ${Math.max(...times).toFixed(0)} ms), in-process, ${CASES} cases per line`);

let runs = 0,
  refuted = 0;
const t1 = performance.now();
for (let s = 1; s <= SEEDS; s++)
  for (const p of problems) {
    const r = deriveGradient({ f: p.f, wrt: p.wrt, shape: p.shape, assume: p.assume, seed: 1000 + s, cases: CASES });
    runs++;
    if (r.verdict === 'refuted') {
      refuted++;
      console.log(`  REFUTED seed ${1000 + s} ${p.id}: ${r.refuted!.name}: ${r.refuted!.evidence.reason}`);
    }
  }
console.log(`never wrong: ${refuted} refuted in ${runs} derivations (${SEEDS} seeds × ${problems.length} problems, ${CASES} cases per line; ${((performance.now() - t1) / 1000).toFixed(0)} s)`);

// Robustness: every expression of the catalogue (f, G, F, lhs, rhs; a Hessian's f and G) differentiated with respect to
// each variable it uses: derived or unsupported, never refuted, never an exception.
const tally: Record<string, number> = {};
const bad: string[] = [];
for (const r of RULES) {
  const exprs = r.kind === 'gradient' ? [r.f, r.G] : r.kind === 'hessian' ? [r.f, ...(r.G ? [r.G] : [])] : r.kind === 'differential' ? [r.F] : [r.lhs, r.rhs];
  for (const e of exprs)
    for (const w of Object.keys(r.shapes)) {
      if (!new RegExp(`\\b${w}\\b`).test(e)) continue;
      try {
        const d = deriveGradient({ f: e, wrt: w, shape: r.shapes, assume: r.assume, seed: 1, cases: 10 });
        tally[d.verdict] = (tally[d.verdict] ?? 0) + 1;
        if (d.verdict === 'refuted') bad.push(`${r.id}: d/d${w} ${e}: ${d.refuted!.name}: ${d.refuted!.evidence.reason}`);
        if (d.verdict === 'unsupported') console.log(`  unsupported: ${r.id}: d/d${w} ${e}: ${d.unsupported!.message}`);
      } catch (err) {
        tally.threw = (tally.threw ?? 0) + 1;
        bad.push(`${r.id}: d/d${w} ${e}: ${(err as Error).message}`);
      }
    }
}
console.log(`robustness: every catalogue expression with respect to each of its variables: ${JSON.stringify(tally)} (10 cases per line)`);
for (const b of bad) console.log(`  WRONG ${b}`);
process.exitCode = failures.length || refuted || bad.length ? 1 : 0;
