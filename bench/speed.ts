/**
 * Speed: time per check for every rule, how the time per case grows with the size of the matrices
 * for three classic gradients, and how long `mcv` takes end to end, start-up included.
 * Measured in one process with nothing else running (after the parallel parts of the benchmark).
 */
import { spawnSync } from 'node:child_process';
import { checkClaim, checkProblem, prepare, type ClaimInput } from '../properties/oracle/check.js';
import { deriveSeed } from '../properties/derive/checkRule.js';
import { newBudget, type Expr } from '../properties/engine/expr.js';
import { ruleClaim } from '../rules/claims.js';
import type { Rule } from '../rules/schema.js';
import { forAssumptions } from '../properties/oracle/arbitraries/forAssumptions.js';
import fc from 'fast-check';
import type { Mat } from '../properties/engine/matrix.js';
import type { CliTiming, GrowthPoint, Settings, SpeedResults, SpeedRule } from '../properties/presentation/benchResults.js';

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Median time of `repeats` checks of the rule's own claim, `cases` cases each, distinct seeds. */
/** CPU time of this process in ms since `c0`: unlike wall time, not lengthened by other work on the machine. */
const cpuMs = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};

export function speedOf(rule: Rule, settings: Settings): SpeedRule {
  const { repeats, cases } = settings.speed;
  const claim = ruleClaim(rule);
  const times: number[] = [],
    cpu: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now(),
      c0 = process.cpuUsage();
    checkClaim(claim, { seed: deriveSeed(settings.seed, `speed/${rule.id}/${i}`), cases, timeLimitMs: 60_000 });
    times.push(performance.now() - t0);
    cpu.push(cpuMs(c0));
  }
  const medianMs = median(times);
  return { id: rule.id, kind: rule.kind, cases, medianMs, medianCpuMs: median(cpu), checksPerSecond: 1000 / medianMs, msPerCase: medianMs / cases };
}

/** The three gradients whose cost is followed as n grows; concrete shapes, so every case has size n. */
export const GROWTH: { name: string; claim: (n: number) => ClaimInput; entries: (n: number) => number }[] = [
  {
    name: 'log|det X|',
    claim: (n) => ({ kind: 'gradient', expr: 'logdet(X)', claim: "inv(X)'", wrt: ['X'], shapes: { X: `${n}x${n}` }, assume: { X: 'invertible' } }),
    entries: (n) => n * n,
  },
  {
    name: 'tr(X⁻¹A)',
    claim: (n) => ({ kind: 'gradient', expr: 'trace(inv(X)*A)', claim: "-(inv(X)*A*inv(X))'", wrt: ['X'], shapes: { X: `${n}x${n}`, A: `${n}x${n}` }, assume: { X: 'invertible' } }),
    entries: (n) => n * n,
  },
  {
    name: 'least squares ‖Xθ − y‖²',
    claim: (n) => ({ kind: 'gradient', expr: "norm(X*theta - y,'fro')^2", claim: "2*X'*(X*theta - y)", wrt: ['theta'], shapes: { X: `${n}x${n}`, theta: `${n}`, y: `${n}` } }),
    entries: (n) => n,
  },
];

function countingExpr(e: Expr, counter: { n: number }): Expr {
  return {
    ...e,
    evaluate: (scope, budget) => {
      counter.n++;
      return e.evaluate(scope, budget);
    },
  };
}

/** Time per case and evaluations of f per case at size n. */
export function growthPoint(g: (typeof GROWTH)[number], n: number, settings: Settings): GrowthPoint {
  const input = g.claim(n);
  const p = prepare(input);
  const counter = { n: 0 };
  const counted = { ...p, expr: countingExpr(p.expr, counter) };
  const cases = settings.speed.growthCases;
  // One evaluation of f alone, for scale.
  const scope: Record<string, Mat> = {};
  for (const [name, s] of Object.entries(p.shapes)) {
    scope[name] = fc.sample(forAssumptions(p.assume[name] ?? [], Number(s.rows), Number(s.cols)), { seed: 1, numRuns: 1 })[0]!;
  }
  const evalTimes: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    p.expr.evaluate(scope, newBudget());
    evalTimes.push(performance.now() - t0);
  }
  if (n <= 16) checkProblem(counted, { seed: settings.seed, cases: 1, timeLimitMs: 600_000 }); // warm-up (the JIT); larger sizes are warm by then
  counter.n = 0;
  const t0 = performance.now(),
    c0 = process.cpuUsage();
  const ev = checkProblem(counted, { seed: deriveSeed(settings.seed, `growth/${g.name}/${n}`), cases, timeLimitMs: 600_000 });
  const ms = performance.now() - t0,
    cpu = cpuMs(c0);
  if (ev.verdict !== 'verified') throw new Error(`growth: ${g.name} at n = ${n} was refuted: ${ev.reason}`);
  // The first evaluation is checkProblem's probe of the question, once per check.
  return {
    name: g.name,
    n,
    shapes: input.shapes as Record<string, string>,
    cases,
    msPerCase: ms / cases,
    cpuMsPerCase: cpu / cases,
    evalsPerCase: (counter.n - 1) / cases,
    msPerEval: median(evalTimes),
    gradcheckEvals: 2 * g.entries(n) + 2,
  };
}

/** The `mcv` commands timed end to end, with their targets. */
export const CLI_COMMANDS: { name: string; args: string[]; target: string }[] = [
  {
    name: "a'Xb, 3×4, verified (the README's first example)",
    args: ['gradient', "a'*X*b", '--wrt', 'X', '--claim', "a*b'", '--shape', 'X=3x4', '--shape', 'a=3', '--shape', 'b=4'],
    target: 'about 0.5 s',
  },
  {
    name: 'tr(X⁻¹A), 8×8, verified',
    args: ['gradient', 'trace(inv(X)*A)', '--wrt', 'X', '--claim', "-(inv(X)*A*inv(X))'", '--shape', 'X=8x8', '--shape', 'A=8x8', '--assume', 'X=invertible'],
    target: 'within 1 s',
  },
  { name: "x'Ax, 8×8, refuted and shrunk", args: ['gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=8', '--shape', 'A=8x8'], target: 'within 1 s' },
  // Issue 13: a Hessian check of a catalogue-sized problem.
  {
    name: 'Hessian of log|det X|, 8×8, verified',
    args: ['hessian', 'logdet(X)', '--wrt', 'X', '--claim', "-(inv(X)*dX*inv(X))'", '--shape', 'X=8x8', '--assume', 'X=invertible'],
    target: 'within 1 s',
  },
  { name: "Hessian 2A of x'Ax, 8×8, refuted and shrunk", args: ['hessian', "x'*A*x", '--wrt', 'x', '--claim', '2*A', '--shape', 'x=8', '--shape', 'A=8x8'], target: 'within 1 s' },
];

/** Builds dist/ as `npm install` does, then times each command `runs` times. */
export function cliTimings(settings: Settings): { cli: CliTiming[]; error?: string } {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { encoding: 'utf8' });
  if (build.status !== 0) return { cli: [], error: `node scripts/build-cli.mjs failed: ${(build.stderr || build.stdout).trim().slice(0, 300)}` };
  const cli: CliTiming[] = [];
  for (const c of CLI_COMMANDS) {
    const args = ['dist/mcv.mjs', ...c.args, '--seed', String(settings.seed)];
    const quote = (s: string) => (/^[\w.=,/-]+$/.test(s) ? s : `"${s}"`);
    const command = `node ${args.map(quote).join(' ')}`;
    // Through bash, whose \`times\` reports the CPU time of the command (user + system): unlike the
    // wall time, it does not grow when other work shares the machine.
    const script = `${[process.execPath, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ')} >/dev/null 2>&1; code=$?; times; exit $code`;
    spawnSync('bash', ['-c', script]); // warm the file cache
    const times: number[] = [],
      cpu: number[] = [];
    let exitCode: number | null = null;
    for (let i = 0; i < settings.speed.cliRuns; i++) {
      const t0 = performance.now();
      const r = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      times.push(performance.now() - t0);
      exitCode = r.status;
      const m = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(r.stdout.trim());
      if (m) cpu.push(1000 * (60 * Number(m[1]) + Number(m[2]) + 60 * Number(m[3]) + Number(m[4])));
    }
    cli.push({
      name: c.name,
      command,
      runs: times.length,
      medianMs: median(times),
      minMs: Math.min(...times),
      maxMs: Math.max(...times),
      ...(cpu.length ? { medianCpuMs: median(cpu) } : {}),
      exitCode,
      target: c.target,
    });
  }
  return { cli };
}

/** All speed figures. */
export function speedResults(rules: readonly Rule[], settings: Settings, log: (s: string) => void): SpeedResults {
  const perRule: SpeedRule[] = [];
  for (const r of rules) {
    perRule.push(speedOf(r, settings));
  }
  log(`speed: ${perRule.length} rules timed`);
  const growth: SpeedResults['growth'] = [];
  for (const g of GROWTH) {
    const c = g.claim(1);
    const points: GrowthPoint[] = [];
    for (const n of settings.speed.sizes) {
      const pt = growthPoint(g, n, settings);
      points.push(pt);
      log(`speed: ${g.name} n=${n}: ${pt.msPerCase.toFixed(2)} ms per case, ${pt.evalsPerCase.toFixed(1)} evaluations of f per case (gradcheck: ${pt.gradcheckEvals})`);
    }
    growth.push({ name: g.name, f: c.expr, G: c.claim, wrt: c.wrt![0]!, points });
  }
  const { cli, error } = cliTimings(settings);
  for (const c of cli) log(`speed: mcv ${c.name}: median ${c.medianMs.toFixed(0)} ms over ${c.runs} runs (exit ${c.exitCode})`);
  if (error) log(`speed: ${error}`);
  return { perRule, growth, cli, ...(error ? { cliError: error } : {}) };
}
