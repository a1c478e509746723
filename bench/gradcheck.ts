/**
 * PyTorch's `gradcheck`, measured on the same claims, perturbations and points as the oracle in the
 * same run, so that the reliability page compares two measurements rather than a measurement and a
 * quotation. For a gradient rule:
 *
 * - detection: the first `runs` checks of the detection benchmark (the same run seeds, the same
 *   perturbed claims G·(1+δ) and G + R with the same R), for every δ of the grid;
 * - false alarms: the correct claim at the first cases of the false-alarm benchmark's first check
 *   in each mode that applies (default inputs, each condition number, each scale);
 * - mistakes: each listed mistake whose G has the shape of W, at scales 1 and 1e-6.
 *
 * The oracle's own verdict on exactly those points is computed here too (its case loop replayed
 * with evaluateCase: the same cases as its fast-check run, discarded ones skipped as it skips them),
 * so each comparison is on identical inputs. gradcheck runs in float64 at its default tolerances
 * (bench/gradcheck.py); below the δ at which it refuted nothing twice in a row it is not run
 * (reported as not run), which keeps the cost down without guessing a figure.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { arbitraryCase, evaluateCase, prepare, type CheckOptions, type Problem } from '../properties/oracle/check.js';
import { deriveSeed } from '../properties/derive/checkRule.js';
import { forAssumptions } from '../properties/oracle/arbitraries/forAssumptions.js';
import type { Expr } from '../properties/engine/expr.js';
import * as M from '../properties/engine/matrix.js';
import type { Mat } from '../properties/engine/matrix.js';
import { resolveShape } from '../properties/engine/shapes.js';
import { mistakeClaim, ruleClaim } from '../rules/claims.js';
import type { GradientRule } from '../rules/schema.js';
import { runSeed, thresholdOf } from './detection.js';
import { conditionSkip, scaleSkip } from './falseAlarms.js';
import { PERTURBATION_KINDS, randomlyPerturbed, scaledProblem } from './perturb.js';
import type { GradcheckResult, GradcheckSide, Settings } from '../properties/presentation/benchResults.js';
import { torchExpr } from './torchExpr.js';

const SCRIPT = fileURLToPath(new URL('./gradcheck.py', import.meta.url));
/** Debian's python3-torch is installed for the system Python. */
export const PYTHONS = ['/usr/bin/python3', 'python3'];

/** The Python that imports torch, and torch's version; null when none does. */
export function findTorch(): { python: string; torch: string } | null {
  for (const python of PYTHONS) {
    const r = spawnSync(python, ['-c', 'import torch; print(torch.__version__)'], { encoding: 'utf8' });
    if (r.status === 0) return { python, torch: r.stdout.trim() };
  }
  return null;
}

/** One point as gradcheck gets it: every variable, the sizes drawn, and the claimed G there. */
interface Point {
  values: Record<string, number[][]>;
  dims: Record<string, number>;
  G: number[][];
}

/** A check replayed: the oracle's verdict on its cases, and those cases with the claim's value there. */
interface Replay {
  oracleRefuted: boolean;
  points: Point[];
}

/**
 * The oracle's check of `p` with this seed, replayed case by case: its probe (which draws the first
 * random perturbation, when there is one), then its cases in fast-check's order, discarded ones
 * skipped, until `cases` were compared. The claim's value at each case is recorded for gradcheck.
 */
function replay(p: Problem, seed: number, cases: number, point?: CheckOptions['point']): Replay {
  let last: Mat | null = null;
  const claim: Expr = { ...p.claim, evaluate: (scope, budget) => (last = p.claim.evaluate(scope, budget)) };
  const q: Problem = { ...p, claim };
  // The probe, as runCheck makes it: distinct sizes 2, 3, … and one value per variable.
  const probe = Object.fromEntries(q.letters.map((l, i) => [l, 2 + i]));
  const scope: Record<string, Mat> = Object.fromEntries(q.letters.map((l) => [l, M.scalar(probe[l]!)]));
  for (const [name, s] of Object.entries(q.shapes)) {
    const [r, c] = resolveShape(s, probe);
    scope[name] = fc.sample(forAssumptions(q.assume[name] ?? [], r, c), { seed, numRuns: 1 })[0]!;
  }
  // A claim that does not evaluate at the probe's sizes, or not to W's shape there, is refuted by
  // its shape before any case, by the oracle as by autograd (which rejects a gradient of another shape).
  try {
    const g = claim.evaluate(scope);
    const [r, c] = resolveShape(q.shapes[q.wrt[0]!]!, probe);
    if (g.rows !== r || g.cols !== c) return { oracleRefuted: true, points: [] };
  } catch {
    return { oracleRefuted: true, points: [] };
  }
  const out: Replay = { oracleRefuted: false, points: [] };
  const want = q.kind === 'gradient' ? q.wrt[0]! : '';
  for (const c of fc.sample(arbitraryCase(q, { point }), { seed, numRuns: 2 * cases })) {
    last = null;
    const o = evaluateCase(q, c);
    if (o.kind === 'discard') continue;
    if (o.kind === 'fail') out.oracleRefuted = true;
    const g = last as Mat | null;
    const w = c.values[want]!;
    if (g && g.rows === w.rows && g.cols === w.cols) out.points.push({ values: Object.fromEntries(Object.entries(c.values).map(([k, v]) => [k, M.toRows(v)])), dims: c.dims, G: M.toRows(g) });
    if (out.points.length >= cases) break;
  }
  return out;
}

interface Group {
  key: string;
  series: string | null;
  stopAfterZero: number | null;
  runs: Point[][];
  oracle: boolean[];
}

/** Runs gradcheck on the groups (bench/gradcheck.py); the verdicts per group, or null where it was not run. */
type GroupVerdict = { runs: { refuted: boolean; errors: number; error?: string }[] } | null;

function runGradcheck(python: string, rule: GradientRule, groups: Group[]): GroupVerdict[] {
  const job = { f: torchExpr(prepare(ruleClaim(rule)).expr.node), wrt: rule.wrt, groups: groups.map(({ key, series, stopAfterZero, runs }) => ({ key, series, stopAfterZero, runs })) };
  const r = spawnSync(python, [SCRIPT], { input: JSON.stringify(job), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`gradcheck.py failed on ${rule.id}: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  const out = JSON.parse(r.stdout) as { groups: { key: string; ran: boolean; runs?: { refuted: boolean; errors: number; error?: string }[] }[] };
  return out.groups.map((g) => (g.ran ? { runs: g.runs! } : null));
}

const side = (refuted: boolean[], errors = 0): GradcheckSide => ({ refuted: refuted.filter(Boolean).length, runs: refuted.length, errors });

/** gradcheck and the oracle on the same claims and points, for one gradient rule. */
export function gradcheckRule(rule: GradientRule, settings: Settings, python: string): GradcheckResult {
  const t0 = performance.now();
  const g = settings.gradcheck;
  const d = settings.detection;
  const claim = ruleClaim(rule);
  const correct = prepare(claim);
  const groups: Group[] = [];
  const group = (key: string, series: string | null, stopAfterZero: number | null, replays: Replay[]) =>
    groups.push({ key, series, stopAfterZero, runs: replays.map((r) => r.points), oracle: replays.map((r) => r.oracleRefuted) });

  // Detection: the detection benchmark's first runs, first with the correct claim (a tool that
  // refutes it there has no threshold to speak of), then δ from large to small.
  group(
    'detection/correct',
    null,
    null,
    Array.from({ length: g.runs }, (_, run) => {
      const rs = runSeed(settings.seed, rule.id, run);
      return replay(correct, rs, d.casesPerRun);
    }),
  );
  for (const kind of PERTURBATION_KINDS)
    for (const delta of d.deltas) {
      const scaled = kind === 'scale' ? scaledProblem(claim, delta) : null;
      const replays = Array.from({ length: g.runs }, (_, run) => {
        const rs = runSeed(settings.seed, rule.id, run);
        return replay(scaled ?? randomlyPerturbed(correct, delta, rs), rs, d.casesPerRun);
      });
      group(`detection/${kind}/${delta}`, kind, g.stopAfterZero, replays);
    }
  // False alarms: the correct claim on the first cases of each mode's first check.
  const s = settings.falseAlarms;
  const modes: { mode: 'default' | 'condition' | 'scale'; value?: number; point?: CheckOptions['point'] }[] = [{ mode: 'default' }];
  if (!conditionSkip(rule)) for (const k of s.conditions) modes.push({ mode: 'condition', value: k, point: { condition: k } });
  if (!scaleSkip(rule)) for (const k of s.scales) modes.push({ mode: 'scale', value: k, point: { scale: k } });
  for (const m of modes) {
    const seed = deriveSeed(settings.seed, `false-alarms/${rule.id}/${m.mode}/${m.value ?? ''}/0`);
    let r: Replay;
    try {
      r = replay(correct, seed, g.falseAlarmCases, m.point);
    } catch {
      continue; // f not finite there (exp at 1e6): not applicable, as in the false-alarm benchmark
    }
    group(`falseAlarms/${m.mode}/${m.value ?? ''}`, null, null, [r]);
  }
  // Mistakes: those the numbers must catch (G of W's shape), at scale 1 and 1e-6.
  const shapeMistakes: string[] = [];
  for (const mk of rule.mistakes)
    for (const scale of [1, 1e-6]) {
      const p = prepare(mistakeClaim(rule, mk));
      const seed = deriveSeed(settings.seed, `gradcheck/mistake/${rule.id}/${mk.id}`);
      let r: Replay;
      try {
        r = replay(p, seed, g.mistakeCases, scale === 1 ? undefined : { scale });
      } catch {
        continue;
      }
      if (r.points.length === 0) {
        if (scale === 1) shapeMistakes.push(mk.id);
        continue;
      }
      group(`mistake/${mk.id}/${scale}`, null, null, [r]);
    }

  const verdicts = runGradcheck(python, rule, groups);
  const at = (key: string) => {
    const i = groups.findIndex((x) => x.key === key);
    const v = verdicts[i]!;
    return {
      oracle: side(groups[i]!.oracle),
      gradcheck: v
        ? side(
            v.runs.map((x) => x.refuted),
            v.runs.reduce((a, x) => a + x.errors, 0),
          )
        : null,
      error: v?.runs.find((x) => x.error)?.error,
    };
  };
  const { error: _e, ...correctClaim } = at('detection/correct');
  const detection = {} as GradcheckResult['detection'];
  for (const kind of PERTURBATION_KINDS) {
    const rates = d.deltas.map((delta) => ({ delta, ...at(`detection/${kind}/${delta}`) }));
    // No threshold for a tool that refuted the correct claim on these very runs: it would only
    // measure that tool's false alarms.
    const thr = (pick: (x: (typeof rates)[number]) => GradcheckSide | null, refutesCorrect: boolean) =>
      refutesCorrect
        ? null
        : thresholdOf(
            rates.map((x) => {
              const s = pick(x);
              return { delta: x.delta, refuted: s?.refuted ?? 0, runs: s?.runs ?? g.runs, errors: s?.errors ?? 0 };
            }),
            d.required,
          );
    detection[kind] = {
      rates: rates.map(({ error: _x, ...x }) => x),
      oracleThreshold: thr((x) => x.oracle, correctClaim.oracle.refuted > 0),
      gradcheckThreshold: thr((x) => x.gradcheck, (correctClaim.gradcheck?.refuted ?? 0) > 0),
    };
  }
  const falseAlarms = groups
    .filter((x) => x.key.startsWith('falseAlarms/'))
    .map((x) => {
      const [, mode, value] = x.key.split('/');
      return { mode: mode as 'default' | 'condition' | 'scale', ...(value ? { value: Number(value) } : {}), cases: x.runs[0]!.length, ...at(x.key) };
    });
  const mistakes = groups
    .filter((x) => x.key.startsWith('mistake/'))
    .map((x) => {
      const [, id, scale] = x.key.split('/');
      return { id: id!, scale: Number(scale), cases: x.runs[0]!.length, ...at(x.key) };
    });
  return { id: rule.id, runs: g.runs, correct: correctClaim, detection, falseAlarms, mistakes, shapeMistakes, seconds: (performance.now() - t0) / 1000 };
}
