/**
 * Measures `mcv derive --hessian` over the catalogue's Hessian rules:
 *
 * - coverage: derived (every line, G and H verified), the derived H a Hessian of the rule's f and
 *   equal to the rule's H (as an identity in dW), the derived G equal to the rule's G where stated;
 * - quality: nodes of the derived H's parse tree over the rule's H (the matrix where the rule
 *   writes a matrix, the map otherwise; median and every rule);
 * - speed: time to derive and verify one Hessian in this process (median, default cases), wall
 *   and CPU;
 * - never wrong: no derivation refuted across the rules and `--seeds` seeds;
 * - robustness: the Hessian of every scalar f of the catalogue (gradient rules, Hessian rules,
 *   exercises): derived or unsupported, never refuted, never an exception; and how many columns
 *   get no matrix.
 *
 *   npx tsx scripts/derive-hessian-report.ts [--seeds 20] [--cases 100]
 *
 * Not a test: timings depend on the machine and its load.
 */
import { create, parseDependencies, type MathNode } from 'mathjs';
import { checkHessian, checkIdentity } from '../properties/api/index.js';
import { deriveHessian } from '../properties/derive/index.js';
import { RULES, type Rule } from '../rules/index.js';
import { DERIVATIONS } from '../rules/derivations/index.js';

const math = create({ parseDependencies: parseDependencies! });
const arg = (name: string, def: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : def;
};
const SEEDS = arg('--seeds', 20);
const CASES = arg('--cases', 100);
// The time limit is a wall-clock one: on a loaded machine the default 10 s cut checks short and
// ended the report (a LimitError). What is measured is the time taken, so the limit is generous.
const LIMIT_MS = 120_000;

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

const rules = RULES.filter((r): r is Extract<Rule, { kind: 'hessian' }> => r.kind === 'hessian');
let derived = 0;
const failures: string[] = [];
const rows: { id: string; ratio: number; got: string; stated: string }[] = [];
const times: number[] = [];
const cpuTimes: number[] = [];
for (const r of rules) {
  const q = { shape: r.shapes, assume: r.assume, seed: 1, cases: CASES, timeLimitMs: LIMIT_MS };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const h = deriveHessian({ f: r.f, wrt: r.wrt, ...q });
  const c = process.cpuUsage(c0);
  times.push(performance.now() - t0);
  cpuTimes.push((c.user + c.system) / 1000);
  if (h.verdict !== 'derived') {
    failures.push(`${r.id}: ${h.verdict} ${h.refuted ? `${h.refuted.part} ${h.refuted.name}: ${h.refuted.evidence.reason}` : (h.unsupported?.message ?? '')}`);
    continue;
  }
  const dW = `d${r.wrt}`;
  const matrixRule = !new RegExp(`\\b${dW}\\b`).test(r.H);
  const ruleMap = matrixRule ? `(${r.H})*${dW}` : r.H;
  const asClaim = checkHessian({ f: r.f, wrt: r.wrt, claim: h.hessian!, ...q });
  const same = checkIdentity({ lhs: ruleMap, rhs: h.hessian!, ...q, shape: { ...r.shapes, [dW]: r.shapes[r.wrt]! } });
  const sameG = r.G === undefined ? null : checkIdentity({ lhs: r.G, rhs: h.gradient!, ...q });
  if (asClaim.verdict !== 'verified' || same.verdict !== 'verified' || (sameG && sameG.verdict !== 'verified')) {
    failures.push(`${r.id}: derived H ${h.hessian} (G ${h.gradient}) differs from the rule's H ${r.H}${r.G ? ` (G ${r.G})` : ''}`);
    continue;
  }
  derived++;
  const got = matrixRule ? (h.hessianMatrix ?? h.hessian!) : h.hessian!;
  rows.push({ id: r.id, ratio: nodes(got) / nodes(r.H), got, stated: r.H });
}

console.log(`coverage: ${derived} of ${rules.length} Hessian rules derived, a Hessian of f and equal to the rule's H (and G where stated) (${CASES} cases per line)`);
for (const f of failures) console.log(`  not derived: ${f}`);
console.log(`quality: median node ratio derived/stated ${median(rows.map((r) => r.ratio)).toFixed(2)}; every rule, worst first:`);
for (const r of [...rows].sort((a, b) => b.ratio - a.ratio)) console.log(`  ${r.ratio.toFixed(2)}  ${r.id}\n        derived ${r.got}\n        stated  ${r.stated}`);
console.log(
  `speed: median ${median(times).toFixed(0)} ms wall, ${median(cpuTimes).toFixed(0)} ms CPU to derive and verify a Hessian (max ${Math.max(...times).toFixed(0)} ms wall, ${Math.max(...cpuTimes).toFixed(0)} ms CPU), in-process, ${CASES} cases per line`,
);

let runs = 0,
  refuted = 0,
  other = 0;
const t1 = performance.now();
for (let s = 1; s <= SEEDS; s++)
  for (const r of rules) {
    const h = deriveHessian({ f: r.f, wrt: r.wrt, shape: r.shapes, assume: r.assume, seed: 1000 + s, cases: CASES, timeLimitMs: LIMIT_MS });
    runs++;
    if (h.verdict === 'refuted') {
      refuted++;
      console.log(`  REFUTED seed ${1000 + s} ${r.id}: ${h.refuted!.part} ${h.refuted!.name}: ${h.refuted!.evidence.reason}`);
    } else if (h.verdict !== 'derived') other++;
  }
console.log(
  `never wrong: ${refuted} refuted (${other} not derived) in ${runs} derivations (${SEEDS} seeds × ${rules.length} rules, ${CASES} cases per line; ${((performance.now() - t1) / 1000).toFixed(0)} s)`,
);

const all = [
  ...RULES.flatMap((r) => (r.kind === 'gradient' || r.kind === 'hessian' ? [{ id: r.id, f: r.f, wrt: r.wrt, shape: r.shapes, assume: r.assume }] : [])),
  ...DERIVATIONS.map((d) => ({ id: `exercise ${d.id}`, f: d.f, wrt: d.wrt, shape: d.shapes, assume: d.assume })),
];
const tally: Record<string, number> = {};
const bad: string[] = [];
let columns = 0,
  matrices = 0;
for (const p of all) {
  try {
    const h = deriveHessian({ f: p.f, wrt: p.wrt, shape: p.shape, assume: p.assume, seed: 1, cases: 10, timeLimitMs: LIMIT_MS });
    tally[h.verdict] = (tally[h.verdict] ?? 0) + 1;
    if (h.verdict === 'refuted') bad.push(`${p.id}: ${h.refuted!.part} ${h.refuted!.name}: ${h.refuted!.evidence.reason}`);
    if (h.verdict === 'unsupported') console.log(`  unsupported: ${p.id}: ${h.unsupported!.message}`);
    if (h.verdict === 'derived' && !String(p.shape[p.wrt]).includes('x')) {
      columns++;
      if (h.hessianMatrix !== undefined) matrices++;
      else console.log(`  no matrix: ${p.id}: ${h.noMatrix}`);
    }
  } catch (err) {
    tally.threw = (tally.threw ?? 0) + 1;
    bad.push(`${p.id}: ${(err as Error).message}`);
  }
}
console.log(
  `robustness: the Hessian of every scalar f of the catalogue (${all.length}): ${JSON.stringify(tally)}; the matrix read off for ${matrices} of ${columns} scalar or column variables (10 cases per line)`,
);
for (const b of bad) console.log(`  WRONG ${b}`);
process.exitCode = failures.length || refuted || bad.length ? 1 : 0;
