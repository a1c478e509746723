/**
 * `npm run bench`: how sharp is the oracle? Measures detection thresholds, false alarms, scale
 * invariance and speed over the catalogue as it is now, prints a table and writes
 * bench/results/latest.json, from which the site's reliability page is generated (scripts/site/reliabilityPage.ts).
 *
 *   npm run bench                      the published figures (under 10 minutes on 2 cores)
 *   npm run bench -- --quick           a smoke run with few cases (writes bench/results/quick.json)
 *   npm run bench -- --only a,b        only these rules (writes bench/results/partial.json)
 *   options: --seed N  --workers N  --out PATH  --phases detection,falseAlarms,scale,gradcheck,speed,functions
 *   npm run bench -- --phases functions --merge   these phases again, merged into latest.json (bench/merge.ts)
 *
 * The gradcheck phase runs PyTorch's gradcheck (Debian's python3-torch, installed here with apt-get
 * when no Python imports torch) on the same claims and points as the oracle (bench/gradcheck.ts).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname } from 'node:path';
import { TOLERANCES } from '../properties/oracle/tolerance.js';
import { RULES } from '../rules/index.js';
import { settingsFor } from './settings.js';
import { runPool, type Outcome } from './pool.js';
import { type BenchResults, type DetectionResult, type FalseAlarmResult, RESULTS_PATH, type ScaleResult, type SpeedResults } from '../properties/presentation/benchResults.js';
import { speedResults } from './speed.js';
import { fmtDelta, headline } from '../properties/presentation/benchSummary.js';
import { conditionSkip } from './falseAlarms.js';
import { findTorch } from './gradcheck.js';
import type { FunctionCheckResult, GradcheckResult } from '../properties/presentation/benchResults.js';
import { functionChecks } from './functions.js';
import type { Phase, Task } from './tasks.js';
import { mergePhases, PHASE_NAMES } from './merge.js';
import type { PhaseName } from '../properties/presentation/benchResults.js';

const PHASES = PHASE_NAMES;

/** The Python with torch, installing Debian's python3-torch when none has it. */
function ensureTorch(log: (s: string) => void): { python: string; torch: string } {
  const found = findTorch();
  if (found) return found;
  log("gradcheck: no Python imports torch; installing Debian's python3-torch (apt-get install -y python3-torch)");
  try {
    execSync('apt-get install -y python3-torch', { stdio: 'inherit' });
  } catch (e) {
    throw new Error(
      `gradcheck needs PyTorch: \`apt-get install -y python3-torch\` failed (${e instanceof Error ? e.message.split('\n')[0] : e}); install it, or leave the phase out with --phases detection,falseAlarms,scale,speed`,
    );
  }
  const again = findTorch();
  if (!again) throw new Error('gradcheck needs PyTorch: python3-torch was installed but no Python imports torch');
  return again;
}

function parseArgs(argv: string[]) {
  const o = {
    quick: false,
    seed: 20240607,
    workers: Math.max(1, Math.min(os.availableParallelism?.() ?? os.cpus().length, 8)),
    only: null as string[] | null,
    out: null as string | null,
    phases: [...PHASES] as string[],
    merge: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--seed') o.seed = Number(val()) | 0;
    else if (a === '--workers') o.workers = Math.max(1, Number(val()) | 0);
    else if (a === '--only')
      o.only = val()
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
    else if (a === '--out') o.out = val();
    else if (a === '--phases')
      o.phases = val()
        .split(',')
        .map((s) => s.trim());
    else if (a === '--merge') o.merge = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench -- [--quick] [--seed N] [--workers N] [--only id,id] [--out PATH] [--phases detection,falseAlarms,scale,gradcheck,speed,functions] [--merge]');
      process.exit(0);
    } else throw new Error(`unknown option ${a}; see npm run bench -- --help`);
  }
  for (const p of o.phases) if (!(PHASES as readonly string[]).includes(p)) throw new Error(`--phases: unknown phase ${p}; choose from ${PHASES.join(', ')}`);
  // A merge replaces whole phases: a run of some rules only would drop the others' figures.
  if (o.merge && o.only) throw new Error('--merge replaces whole phases, so it cannot take --only; run the phase on every rule');
  if (o.merge && o.phases.length === PHASES.length) throw new Error('--merge needs --phases, the phases to measure again (e.g. --phases functions --merge)');
  return o;
}

function git(): BenchResults['git'] {
  try {
    const commit = execSync('git rev-parse HEAD', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const changed = execSync('git status --porcelain --untracked-files=no', { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      .split('\n')
      .map((l) => l.slice(3).trim())
      .filter(Boolean);
    return { commit, dirty: changed.length > 0, changed };
  } catch {
    return null;
  }
}

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function describe(o: Outcome): string {
  if (!o.ok) return `ERROR ${o.error.split('\n')[0]}`;
  const r = o.result;
  if (r.phase === 'detection') return `threshold ${fmtDelta(r.result.kinds.scale.threshold)} (scale) ${fmtDelta(r.result.kinds.random.threshold)} (random)`;
  if (r.phase === 'gradcheck')
    return `gradcheck threshold ${fmtDelta(r.result.detection.scale.gradcheckThreshold)} (scale) ${fmtDelta(r.result.detection.random.gradcheckThreshold)} (random); false alarms in ${r.result.falseAlarms.filter((m) => m.gradcheck?.refuted).length} of ${r.result.falseAlarms.length} modes`;
  if (r.phase === 'falseAlarms') {
    const cases = r.result.modes.reduce((s, m) => s + m.cases, 0);
    const alarms = r.result.modes.reduce((s, m) => s + m.refuted, 0);
    const errs = r.result.modes.filter((m) => m.error).map((m) => `${m.mode} ${m.value ?? ''}`.trim());
    return `${cases} cases, ${alarms} false alarm${alarms === 1 ? '' : 's'}${errs.length ? `; not applicable: ${errs.join(', ')}` : ''}`;
  }
  return r.result.homogeneous ? `degree ${r.result.degree}, ${r.result.rows.filter((x) => !x.same).length} of ${r.result.rows.length} verdicts changed` : `not homogeneous`;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const settings = settingsFor(args.quick, args.seed);
  const rules = args.only ? RULES.filter((r) => args.only!.includes(r.id)) : [...RULES];
  if (args.only) for (const id of args.only) if (!rules.some((r) => r.id === id)) throw new Error(`--only: no rule ${id} in the catalogue`);
  const out = args.out ?? (args.only ? 'bench/results/partial.json' : args.quick ? 'bench/results/quick.json' : RESULTS_PATH);
  const t0 = performance.now();
  const loadAtStart = os.loadavg()[0]!;
  const gitAtStart = git();
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s`;
  const log = (s: string) => console.log(`[${elapsed()}] ${s}`);
  log(
    `bench: ${rules.length} rules (${rules.filter((r) => r.kind === 'gradient').length} gradients), seed ${settings.seed}, ${args.workers} worker${args.workers > 1 ? 's' : ''}${settings.quick ? ', QUICK smoke run' : ''} → ${out}`,
  );

  // Longest tasks first, so that no worker is left with a long one at the end.
  const tasks: Task[] = [];
  const want = (p: Phase) => args.phases.includes(p);
  if (want('falseAlarms')) for (const r of rules) if (!conditionSkip(r)) tasks.push({ phase: 'falseAlarms', id: r.id });
  if (want('detection')) for (const r of rules) if (r.kind === 'gradient' || r.kind === 'hessian') tasks.push({ phase: 'detection', id: r.id });
  if (want('falseAlarms')) for (const r of rules) if (conditionSkip(r)) tasks.push({ phase: 'falseAlarms', id: r.id });
  if (want('scale')) for (const r of rules) tasks.push({ phase: 'scale', id: r.id });
  const torch = want('gradcheck') ? ensureTorch(log) : null;
  if (torch) {
    log(`gradcheck: PyTorch ${torch.torch} (${torch.python})`);
    for (const r of rules) if (r.kind === 'gradient') tasks.push({ phase: 'gradcheck', id: r.id, python: torch.python });
  }

  const outcomes = await runPool(tasks, settings, args.workers, (o, done, total) => {
    log(`${lpad(String(done), 3)}/${total} ${pad(o.task.phase, 11)} ${pad(o.task.id, 38)} ${lpad(o.seconds.toFixed(1), 5)} s  ${describe(o)}`);
  });
  const failed = outcomes.filter((o) => !o.ok);
  const pick = <T>(phase: Phase, of: (r: (typeof rules)[number]) => boolean = () => true): T[] =>
    rules.filter(of).flatMap((r) => outcomes.filter((o) => o.ok && o.task.phase === phase && o.task.id === r.id).map((o) => (o as Extract<Outcome, { ok: true }>).result.result as T));

  let speed: SpeedResults = { perRule: [], growth: [], cli: [] };
  const c0 = process.cpuUsage();
  if (args.phases.includes('speed')) {
    log('speed: timing every rule, then the growth with n, then mcv end to end (one process, nothing else running)');
    speed = speedResults(rules, settings, log);
  }
  let functions: FunctionCheckResult[] | undefined;
  if (args.phases.includes('functions')) {
    const fs = settings.functions!;
    log(`functions: JavaScript functions with right gradients, planted bugs and planted randomness, ${fs.checks} checks of ${fs.cases} cases each`);
    functions = functionChecks(settings.seed, fs.checks, fs.cases);
  }
  const c1 = process.cpuUsage(c0);
  const cpuSeconds = {
    parallel: Math.round(outcomes.reduce((s, o) => s + o.cpuSeconds, 0)),
    speed: Math.round((c1.user + c1.system) / 1e6 + speed.cli.reduce((s, c) => s + (c.runs * c.medianMs) / 1000, 0)),
    workers: args.workers,
  };

  const cpus = os.cpus();
  const results: BenchResults = {
    schema: 1,
    date: new Date().toISOString(),
    durationSeconds: Math.round((performance.now() - t0) / 100) / 10,
    cpuSeconds,
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
      node: process.version,
      load: [loadAtStart, os.loadavg()[0]!],
    },
    git: gitAtStart,
    catalogue: {
      rules: rules.length,
      gradient: rules.filter((r) => r.kind === 'gradient').length,
      differential: rules.filter((r) => r.kind === 'differential').length,
      identity: rules.filter((r) => r.kind === 'identity').length,
      hessian: rules.filter((r) => r.kind === 'hessian').length,
    },
    settings,
    tolerances: { ...TOLERANCES },
    detection: pick<DetectionResult>('detection', (r) => r.kind === 'gradient'),
    hessianDetection: pick<DetectionResult>('detection', (r) => r.kind === 'hessian'),
    falseAlarms: pick<FalseAlarmResult>('falseAlarms'),
    scaleInvariance: pick<ScaleResult>('scale'),
    speed,
    ...(torch
      ? {
          gradcheck: {
            python: torch.python,
            torch: torch.torch,
            results: pick<GradcheckResult>('gradcheck'),
            skipped: failed.filter((o) => o.task.phase === 'gradcheck').map((o) => ({ id: o.task.id, reason: o.ok ? '' : o.error.split('\n')[0]! })),
          },
        }
      : {}),
    ...(functions ? { functions } : {}),
  };
  mkdirSync(dirname(out), { recursive: true });
  if (args.merge) {
    if (!existsSync(out)) throw new Error(`--merge: there is no ${out} to merge into; run every phase first (npm run bench)`);
    const merged = mergePhases(JSON.parse(readFileSync(out, 'utf8')), results, args.phases as PhaseName[]);
    writeFileSync(out, JSON.stringify(merged, null, 1) + '\n');
    log(`merged ${args.phases.join(', ')} into ${out}; its other phases are as they were`);
  } else writeFileSync(out, JSON.stringify(results, null, 1) + '\n');
  printTable(results);
  if (failed.length) {
    console.log(`\n${failed.length} task(s) failed:`);
    for (const f of failed) if (!f.ok) console.log(`  ${f.task.phase} ${f.task.id}: ${f.error.split('\n')[0]}`);
  }
  log(
    `wrote ${out} (${results.durationSeconds} s; CPU: ${cpuSeconds.parallel} s over ${cpuSeconds.workers} workers + ${cpuSeconds.speed} s for speed, so about ${Math.round(cpuSeconds.parallel / cpuSeconds.workers + cpuSeconds.speed)} s on an idle machine)`,
  );
  if (failed.length) process.exitCode = 1;
}

function printTable(res: BenchResults) {
  const h = headline(res);
  if (res.functions) {
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const fr = res.functions;
    console.log(
      `\nJavaScript functions (${fr.length}): right gradients verified ${sum(fr.map((r) => r.correct.verified))} of ${sum(fr.map((r) => r.correct.checks))}; bugs refuted ${sum(fr.flatMap((r) => r.bugs.map((b) => b.refuted)))} of ${sum(fr.flatMap((r) => r.bugs.map((b) => b.checks)))}; randomness caught ${sum(fr.flatMap((r) => r.randomness.map((x) => x.caught)))} of ${sum(fr.flatMap((r) => r.randomness.map((x) => x.checks)))} (verified ${sum(fr.flatMap((r) => r.randomness.map((x) => x.verified)))})`,
    );
  }
  console.log('\nDetection threshold (smallest δ refuted in ≥ 99% of runs; grid 1e-1 … 1e-12)');
  console.log(`  ${pad('rule', 40)} ${lpad('G(1+δ)', 8)} ${lpad('G+R', 8)}`);
  for (const d of res.detection) console.log(`  ${pad(d.id, 40)} ${lpad(fmtDelta(d.kinds.scale.threshold), 8)} ${lpad(fmtDelta(d.kinds.random.threshold), 8)}`);
  for (const k of ['scale', 'random'] as const) {
    const s = h.detection[k];
    console.log(`  ${k}: worst ${fmtDelta(s.worst)}, median ${fmtDelta(s.median)}; ${s.atMost1e7}/${h.gradientRules} ≤ 1e-7, ${s.atMost1e9}/${h.gradientRules} ≤ 1e-9, ${s.atFloor} at the grid floor`);
  }
  if (res.hessianDetection?.length) {
    console.log(`\nHessians: detection threshold of H (second-order check alone), H·(1+δ) and H[V] + R`);
    for (const d of res.hessianDetection) console.log(`  ${pad(d.id, 40)} ${lpad(fmtDelta(d.kinds.scale.threshold), 8)} ${lpad(fmtDelta(d.kinds.random.threshold), 8)}`);
  }
  console.log(
    `\nFalse alarms: ${h.falseAlarms.refutedRules.length} correct rules refuted (${h.falseAlarms.alarms} refuted checks) over ${h.falseAlarms.cases} cases (${h.falseAlarms.stressCases} in the stress mode), ${h.falseAlarms.rules} rules`,
  );
  for (const r of res.falseAlarms)
    for (const m of r.modes) for (const a of m.alarms) console.log(`  ${r.id} [${m.mode}${m.value !== undefined ? ' ' + m.value : ''}] seed ${a.seed}, ${a.cases} cases: ${a.reason}`);
  for (const n of h.falseAlarms.notApplicable) console.log(`  (not applicable) ${n.id} [${n.mode}${n.value !== undefined ? ' ' + n.value : ''}]: ${n.error.slice(0, 100)}`);
  console.log(`\nScale invariance: ${h.scale.homogeneousRules} homogeneous rules, ${h.scale.claims} claims (rules and mistakes) at scales 1, 1e-6, 1e6: ${h.scale.changed.length} verdicts changed`);
  for (const c of h.scale.changed) console.log(`  ${c.id}/${c.what}: ${JSON.stringify(c.verdicts)}`);
  if (res.speed.perRule.length) {
    console.log(
      `\nSpeed: median ${h.speed.medianChecksPerSecond.toFixed(1)} checks/s (${res.settings.speed.cases} cases each), ${h.speed.medianMsPerCase.toFixed(3)} ms per case; slowest ${h.speed.slowest?.id} ${h.speed.slowest?.medianMs.toFixed(0)} ms`,
    );
    for (const g of res.speed.growth) console.log(`  ${pad(g.name, 26)} ${g.points.map((p) => `n=${p.n}: ${p.msPerCase.toFixed(2)} ms/case, ${p.evalsPerCase.toFixed(0)} evals`).join(' | ')}`);
    for (const c of res.speed.cli) console.log(`  mcv ${pad(c.name, 40)} median ${c.medianMs.toFixed(0)} ms (min ${c.minMs.toFixed(0)}, max ${c.maxMs.toFixed(0)}; target ${c.target})`);
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exit(1);
});
