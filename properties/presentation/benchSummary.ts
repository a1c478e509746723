/**
 * Headline figures computed from the benchmark's results, shared by the table `npm run bench`
 * prints (bench/run.ts) and the site's reliability page (scripts/site/reliabilityPage.ts): two
 * applications, so the one computation lives here, below both.
 */
import type { BenchResults, DetectionResult, PerturbationKind } from './benchResults.js';

export interface KindSummary {
  /** Largest threshold over the rules (the worst rule); null if some rule was never detected. */
  worst: number | null;
  median: number | null;
  /** Rules whose threshold is ≤ 1e-7 (the target), ≤ 1e-9 (the aim), at the grid's floor. */
  atMost1e7: number;
  atMost1e9: number;
  atFloor: number;
  /** Rules that miss the 1e-7 target, with their threshold. */
  missing: { id: string; threshold: number | null }[];
}

/** The two tools side by side on the same claims and points (bench/gradcheck.ts). */
export interface GradcheckHeadline {
  rules: number;
  runs: number;
  /** Thresholds on the same runs: worst and median, per kind of error, per tool, over the rules where it did not refute the correct claim. */
  detection: Record<PerturbationKind, { oracle: { worst: number | null; median: number | null }; gradcheck: { worst: number | null; median: number | null } }>;
  /** Rules whose correct claim each tool refuted on the detection runs' points (left out of its thresholds). */
  refutesCorrect: { oracle: string[]; gradcheck: string[] };
  /** Correct claims refuted, by mode: the rules checked, and those each tool refuted. */
  falseAlarms: { mode: string; value?: number; rules: number; cases: number; oracle: string[]; gradcheck: string[]; errors: number }[];
  /** Mistakes whose G has the right shape, at each scale: how many, and how many each tool refuted. */
  mistakes: { scale: number; mistakes: number; oracle: number; gradcheck: number }[];
}

export interface Headline {
  gradientRules: number;
  detection: Record<PerturbationKind, KindSummary>;
  floor: number;
  falseAlarms: {
    rules: number;
    cases: number;
    stressCases: number;
    refutedRules: string[];
    alarms: number;
    /** Modes that ended without a verdict (f not finite at that stress). */
    notApplicable: { id: string; mode: string; value?: number; error: string }[];
  };
  scale: { homogeneousRules: number; claims: number; changed: { id: string; what: string; verdicts: Record<string, string> }[] };
  speed: { medianChecksPerSecond: number; medianMsPerCase: number; medianCpuMs: number | null; slowest: { id: string; medianMs: number } | null };
  /** Absent when the run had no gradcheck phase. */
  gradcheck?: GradcheckHeadline;
}

const worstMedian = (ts: (number | null)[]) => {
  const known = ts.filter((t): t is number => t !== null);
  return { worst: known.length === ts.length && known.length ? Math.max(...known) : null, median: medianOf(known) };
};

function gradcheckHeadline(res: BenchResults): GradcheckHeadline | undefined {
  const g = res.gradcheck?.results;
  if (!g) return undefined;
  const detection = {} as GradcheckHeadline['detection'];
  const refutesCorrect = { oracle: g.filter((r) => r.correct.oracle.refuted > 0).map((r) => r.id), gradcheck: g.filter((r) => (r.correct.gradcheck?.refuted ?? 0) > 0).map((r) => r.id) };
  for (const kind of ['scale', 'random'] as const)
    detection[kind] = {
      oracle: worstMedian(g.filter((r) => !refutesCorrect.oracle.includes(r.id)).map((r) => r.detection[kind].oracleThreshold)),
      gradcheck: worstMedian(g.filter((r) => !refutesCorrect.gradcheck.includes(r.id)).map((r) => r.detection[kind].gradcheckThreshold)),
    };
  const modes = new Map<string, GradcheckHeadline['falseAlarms'][number]>();
  for (const r of g)
    for (const m of r.falseAlarms) {
      const k = `${m.mode}/${m.value ?? ''}`;
      const e = modes.get(k) ?? { mode: m.mode, ...(m.value !== undefined ? { value: m.value } : {}), rules: 0, cases: 0, oracle: [], gradcheck: [], errors: 0 };
      e.rules++;
      e.cases += m.cases;
      if (m.oracle.refuted) e.oracle.push(r.id);
      if (m.gradcheck?.refuted) e.gradcheck.push(r.id);
      e.errors += m.gradcheck?.errors ?? 0;
      modes.set(k, e);
    }
  const scales = [...new Set(g.flatMap((r) => r.mistakes.map((m) => m.scale)))].sort((a, b) => b - a);
  const mistakes = scales.map((scale) => {
    const ms = g.flatMap((r) => r.mistakes.filter((m) => m.scale === scale));
    return { scale, mistakes: ms.length, oracle: ms.filter((m) => m.oracle.refuted).length, gradcheck: ms.filter((m) => m.gradcheck?.refuted).length };
  });
  return { rules: g.length, runs: g[0]?.runs ?? 0, detection, refutesCorrect, falseAlarms: [...modes.values()], mistakes };
}

/** The median; of an even count, the larger middle value (a threshold of the grid, on the safe side). */
const medianOf = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
};

export function kindSummary(d: DetectionResult[], kind: PerturbationKind): KindSummary {
  const ts = d.map((r) => r.kinds[kind].threshold);
  const known = ts.filter((t): t is number => t !== null);
  const floor = Math.min(...d.flatMap((r) => r.kinds[kind].rates.map((x) => x.delta)));
  return {
    worst: known.length === ts.length && known.length ? Math.max(...known) : null,
    median: medianOf(known),
    atMost1e7: known.filter((t) => t <= 1e-7 * (1 + 1e-9)).length,
    atMost1e9: known.filter((t) => t <= 1e-9 * (1 + 1e-9)).length,
    atFloor: known.filter((t) => t <= floor * (1 + 1e-9)).length,
    missing: d.filter((r) => r.kinds[kind].threshold === null || r.kinds[kind].threshold! > 1e-7 * (1 + 1e-9)).map((r) => ({ id: r.id, threshold: r.kinds[kind].threshold })),
  };
}

export function headline(res: BenchResults): Headline {
  const d = res.detection;
  const fa = res.falseAlarms;
  const notApplicable = fa.flatMap((r) => r.modes.filter((m) => m.error).map((m) => ({ id: r.id, mode: m.mode, ...(m.value !== undefined ? { value: m.value } : {}), error: m.error! })));
  const per = res.speed.perRule;
  const slowest = per.length ? per.reduce((a, b) => (b.medianMs > a.medianMs ? b : a)) : null;
  return {
    gradientRules: d.length,
    detection: { scale: kindSummary(d, 'scale'), random: kindSummary(d, 'random') },
    floor: Math.min(...res.settings.detection.deltas),
    falseAlarms: {
      rules: fa.length,
      cases: fa.reduce((s, r) => s + r.modes.reduce((t, m) => t + m.cases, 0), 0),
      stressCases: fa.reduce((s, r) => s + r.modes.filter((m) => m.mode !== 'default').reduce((t, m) => t + m.cases, 0), 0),
      refutedRules: fa.filter((r) => r.modes.some((m) => m.refuted > 0)).map((r) => r.id),
      alarms: fa.reduce((s, r) => s + r.modes.reduce((t, m) => t + m.refuted, 0), 0),
      notApplicable,
    },
    scale: {
      homogeneousRules: res.scaleInvariance.filter((r) => r.homogeneous).length,
      claims: res.scaleInvariance.reduce((s, r) => s + r.rows.length, 0),
      changed: res.scaleInvariance.flatMap((r) => r.rows.filter((x) => !x.same).map((x) => ({ id: r.id, what: x.what, verdicts: x.verdicts }))),
    },
    speed: {
      medianChecksPerSecond: medianOf(per.map((p) => p.checksPerSecond)) ?? 0,
      medianMsPerCase: medianOf(per.map((p) => p.msPerCase)) ?? 0,
      medianCpuMs: medianOf(per.flatMap((p) => (p.medianCpuMs !== undefined ? [p.medianCpuMs] : []))),
      slowest: slowest ? { id: slowest.id, medianMs: slowest.medianMs } : null,
    },
    ...(res.gradcheck ? { gradcheck: gradcheckHeadline(res) } : {}),
  };
}

/** δ as people read it: 1e-9. */
export function fmtDelta(d: number | null): string {
  if (d === null) return 'none';
  const e = Math.round(Math.log10(d));
  return Math.abs(d - 10 ** e) <= 1e-9 * d ? `1e${e}` : d.toExponential(1);
}
