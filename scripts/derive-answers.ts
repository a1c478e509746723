/**
 * Records what `mcv derive` answers for every catalogue problem (each gradient rule, each worked
 * exercise, each Hessian rule), and the CPU time each takes, so that a change to the simplifier
 * can be checked to change no answer (or only shorten one) and measured:
 *
 *   npx tsx scripts/derive-answers.ts --answers before.json
 *   npx tsx scripts/derive-answers.ts --answers after.json --compare before.json
 *
 * An answer is G, every line's differential and the rules it cites, and for a Hessian rule H (map
 * and matrix) with its lines. `--compare` lists every problem whose answer differs, and fails
 * (exit 1) when a G or H got longer or a problem stopped being derived. CPU is the process's
 * user + system time (`process.cpuUsage`), so load from other processes inflates it less than
 * wall time. Every derivation uses seed 1 and the CLI's default cases, as `mcv derive` does.
 *
 * Not a test: timings depend on the machine and its load.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deriveGradient, deriveHessian } from '../properties/derive/index.js';
import { RULES } from '../rules/index.js';
import { DERIVATIONS } from '../rules/derivations/index.js';

const opt = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

interface Answer {
  id: string;
  verdict: string;
  /** G (for a Hessian rule, the G that is differentiated). */
  G?: string;
  /** Each line: its differential and the rules it cites. */
  lines: { df?: string; by: readonly string[] }[];
  H?: string;
  Hmatrix?: string;
  hLines?: { line: string; by: readonly string[] }[];
  /** CPU milliseconds (user + system) to derive and verify. */
  cpu: number;
}

const problems: { id: string; kind: 'gradient' | 'hessian'; f: string; wrt: string; shape: Readonly<Record<string, string>>; assume?: unknown }[] = [
  ...RULES.flatMap((r) => (r.kind === 'gradient' || r.kind === 'hessian' ? [{ id: `${r.kind} ${r.id}`, kind: r.kind, f: r.f, wrt: r.wrt, shape: r.shapes, assume: r.assume }] : [])),
  ...DERIVATIONS.map((d) => ({ id: `exercise ${d.id}`, kind: 'gradient' as const, f: d.f, wrt: d.wrt, shape: d.shapes, assume: d.assume })),
];

const cpuMs = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1000;
const only = opt('--only');
const answers: Answer[] = [];
// One derivation first, unrecorded, so that loading and compiling the code is not charged to the first problem.
deriveGradient({ f: "x'*A*x", wrt: 'x', shape: { x: 'n', A: 'nxn' }, seed: 1 });
for (const p of problems) {
  if (only && !p.id.includes(only)) continue;
  const input = { f: p.f, wrt: p.wrt, shape: p.shape, assume: p.assume as never, seed: 1 };
  const u0 = process.cpuUsage();
  if (p.kind === 'hessian') {
    const h = deriveHessian(input);
    const cpu = cpuMs(process.cpuUsage(u0));
    answers.push({
      id: p.id,
      verdict: h.verdict,
      G: h.gradient,
      lines: h.steps.map((s) => ({ df: s.df, by: s.by })),
      H: h.hessian,
      Hmatrix: h.hessianMatrix,
      hLines: h.hessianSteps.map((s) => ({ line: JSON.stringify({ ...s, latex: undefined }), by: s.by })),
      cpu,
    });
  } else {
    const r = deriveGradient(input);
    const cpu = cpuMs(process.cpuUsage(u0));
    answers.push({ id: p.id, verdict: r.verdict, G: r.gradient, lines: r.steps.map((s) => ({ df: s.df, by: s.by })), cpu });
  }
}

const total = answers.reduce((s, a) => s + a.cpu, 0);
console.log(`${answers.length} problems, ${(total / 1000).toFixed(2)} s CPU in all; the slowest ten (ms CPU):`);
for (const a of [...answers].sort((x, y) => y.cpu - x.cpu).slice(0, 10)) console.log(`  ${a.cpu.toFixed(0).padStart(6)}  ${a.id}`);

const out = opt('--answers');
if (out) writeFileSync(out, `${JSON.stringify(answers, null, 1)}\n`);

const before = opt('--compare');
if (before) {
  const old = new Map((JSON.parse(readFileSync(before, 'utf8')) as Answer[]).map((a) => [a.id, a]));
  // Length in characters without spaces: a shorter answer is fine, a longer one is a regression.
  const len = (s?: string) => (s ?? '').replace(/\s+/g, '').length;
  let worse = 0,
    changed = 0,
    oldTotal = 0;
  for (const a of answers) {
    const b = old.get(a.id);
    if (!b) continue;
    oldTotal += b.cpu;
    const strip = ({ cpu: _, ...rest }: Answer) => JSON.stringify(rest);
    if (strip(a) === strip(b)) continue;
    changed++;
    const longer = a.verdict !== b.verdict || len(a.G) > len(b.G) || len(a.H) > len(b.H) || len(a.Hmatrix) > len(b.Hmatrix);
    if (longer) worse++;
    console.log(`${longer ? 'WORSE' : 'changed'} ${a.id}`);
    if (a.verdict !== b.verdict) console.log(`  verdict ${b.verdict} → ${a.verdict}`);
    for (const k of ['G', 'H', 'Hmatrix'] as const) if (a[k] !== b[k]) console.log(`  ${k}: ${b[k]}\n   → ${a[k]}`);
    a.lines.forEach((l, i) => {
      const o = b.lines[i];
      if (JSON.stringify(l) !== JSON.stringify(o)) console.log(`  line ${i}: ${o?.df} [${o?.by.join(', ')}]\n       → ${l.df} [${l.by.join(', ')}]`);
    });
    if (a.lines.length !== b.lines.length) console.log(`  ${b.lines.length} lines → ${a.lines.length}`);
    if (JSON.stringify(a.hLines) !== JSON.stringify(b.hLines)) console.log('  the Hessian lines differ');
  }
  console.log(`compared with ${before}: ${changed} answers differ, ${worse} longer or no longer derived; CPU ${(oldTotal / 1000).toFixed(2)} s → ${(total / 1000).toFixed(2)} s`);
  if (worse) process.exitCode = 1;
}
