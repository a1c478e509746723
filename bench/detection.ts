/**
 * Detection threshold: how small an error in a claimed gradient (or Hessian) the oracle still refutes.
 *
 * For each gradient rule (and each Hessian rule, its H checked by the second-order comparison
 * alone, without the rule's gradient, as `mcv hessian` checks it without --gradient), each kind of perturbation (bench/perturb.ts) and each δ of the grid,
 * `runs` checks of `casesPerRun` random cases each, every run with its own seed. The same run
 * seeds serve every δ and kind (common random numbers), so the curves differ only by δ. The
 * threshold is the smallest δ at which this and every larger δ of the grid were refuted in at
 * least `required` of the runs.
 */
import { checkProblem, prepare } from '../properties/oracle/check.js';
import { deriveSeed } from '../properties/derive/checkRule.js';
import { ruleClaim } from '../rules/claims.js';
import type { GradientRule, HessianRule } from '../rules/schema.js';
import { PERTURBATION_KINDS, randomlyPerturbed, scaledProblem, type PerturbationKind } from './perturb.js';
import type { DetectionCurve, DetectionResult, RatePoint, Settings } from '../properties/presentation/benchResults.js';

/** δ from 1e-1 down to 1e-12, one per decade. */
export const DELTA_GRID: readonly number[] = Array.from({ length: 12 }, (_, i) => Number(`1e-${i + 1}`));

/** The seed of run `run` for a rule: shared by every δ and both kinds. */
export function runSeed(seed: number, id: string, run: number): number {
  return deriveSeed(seed, `detection/${id}/${run}`);
}

/** Refutations of the perturbed claim among the runs at one δ. */
export function rateAt(rule: GradientRule | HessianRule, kind: PerturbationKind, delta: number, s: Settings['detection'], seed: number): RatePoint {
  let refuted = 0,
    errors = 0;
  // Parsed once: the scaled claim for this δ, or the correct one that each run perturbs afresh.
  // A Hessian without its gradient: the second-order comparison is what is measured.
  const { gradient: _g, ...claim } = ruleClaim(rule);
  const base = kind === 'scale' ? scaledProblem(claim, delta) : prepare(claim);
  for (let run = 0; run < s.runs; run++) {
    const rs = runSeed(seed, rule.id, run);
    try {
      const p = kind === 'scale' ? base : randomlyPerturbed(base, delta, rs);
      const ev = checkProblem(p, { seed: rs, cases: s.casesPerRun, shrink: false, timeLimitMs: 60_000 });
      if (ev.verdict === 'refuted') refuted++;
    } catch {
      errors++;
    }
  }
  return { delta, refuted, runs: s.runs, errors };
}

/** The threshold of a curve (see the module comment). */
export function thresholdOf(rates: readonly RatePoint[], required: number): number | null {
  let t: number | null = null;
  for (const r of [...rates].sort((a, b) => b.delta - a.delta)) {
    if (r.refuted < required * r.runs) break;
    t = r.delta;
  }
  return t;
}

/** The detection curves of one gradient rule (or Hessian rule: then `G` of the result holds H). */
export function detectRule(rule: GradientRule | HessianRule, settings: Settings): DetectionResult {
  const t0 = performance.now();
  const s = settings.detection;
  const kinds = {} as Record<PerturbationKind, DetectionCurve>;
  for (const kind of PERTURBATION_KINDS) {
    const rates = s.deltas.map((d) => rateAt(rule, kind, d, s, settings.seed));
    kinds[kind] = { rates, threshold: thresholdOf(rates, s.required) };
  }
  return { id: rule.id, title: rule.title, f: rule.f, G: rule.kind === 'hessian' ? rule.H : rule.G, wrt: rule.wrt, kinds, seconds: (performance.now() - t0) / 1000 };
}
