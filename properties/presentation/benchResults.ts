/**
 * The shape of bench/results/latest.json: what `npm run bench` (bench/) measured and writes, and
 * what the site generator (scripts/site/reliabilityPage.ts) reads as data. Both are applications,
 * which may not import each other, so the format they share lives here, in the lowest layer both
 * may import. Every figure carries the settings it was measured with.
 */

/** Where the measured data lives, relative to the repository's root. */
export const RESULTS_PATH = 'bench/results/latest.json';

/** The two ways a correct claim is made almost right: G·(1+δ), and G + R with ‖R‖ = δ‖G‖. */
export type PerturbationKind = 'scale' | 'random';

/** The function checks on JavaScript code (bench/functions.ts): one function's outcomes. */
export interface FunctionCheckResult {
  id: string;
  what: string;
  /** Checks of the right gradient, and how they came out (anything but verified is a false alarm). */
  correct: { checks: number; verified: number };
  /** Each planted bug: checks, and those refuted (a bug verified is a missed detection). */
  bugs: { id: string; checks: number; refuted: number }[];
  /** Each planted randomness: checks, and those that threw NondeterminismError (never verified). */
  randomness: { id: string; checks: number; caught: number; verified: number }[];
}

/** What the benchmark was asked to do; stored with the results. */
export interface Settings {
  /** Seed of every random choice (run seeds, perturbations) in the benchmark. */
  seed: number;
  /** A smoke run with far fewer cases: its figures are not the published ones. */
  quick: boolean;
  detection: {
    /** The relative errors δ tried, from large to small. */
    deltas: number[];
    /** Checks per δ and kind, each with its own seed. */
    runs: number;
    /** Random cases per check. */
    casesPerRun: number;
    /** A δ counts as detected when at least this fraction of the runs refute it. */
    required: number;
  };
  falseAlarms: {
    /** Cases per rule in all: the stress cases that apply, the rest at the default options. */
    cases: number;
    /** Cases per check (each chunk has its own seed). */
    chunk: number;
    /** Condition numbers of the stress mode (invertible and spd inputs). */
    conditions: number[];
    /** Cases per rule over all condition numbers together (rules with invertible or spd inputs). */
    conditionCases: number;
    /** Scales of the stress mode (all inputs multiplied). */
    scales: number[];
    /** Cases per rule over all scales together. */
    scaleCases: number;
  };
  scaleInvariance: { scales: number[]; cases: number };
  /** PyTorch's gradcheck on the same claims and points (bench/gradcheck.ts). */
  gradcheck: {
    /** The first detection runs (of `detection.runs`) given to gradcheck as well. */
    runs: number;
    /** Cases of the first false-alarm check of each mode given to gradcheck. */
    falseAlarmCases: number;
    /** Cases per mistake and scale. */
    mistakeCases: number;
    /** gradcheck is not run below the δ at which it refuted nothing this many times in a row. */
    stopAfterZero: number;
  };
  speed: { repeats: number; cases: number; sizes: number[]; growthCases: number; cliRuns: number };
  /** The function checks on JavaScript code (bench/functions.ts); absent in settings written before. */
  functions?: { checks: number; cases: number };
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  platform: string;
  node: string;
  /** 1-minute load average at the start and at the end: other work on the machine slows the timings. */
  load: [number, number];
}

/** Refutation rate at one δ. */
export interface RatePoint {
  delta: number;
  /** Runs that refuted the perturbed claim. */
  refuted: number;
  runs: number;
  /** Runs that ended in an error instead of a verdict (expected 0). */
  errors: number;
}

export interface DetectionCurve {
  rates: RatePoint[];
  /** Smallest δ of the grid at which this and every larger δ were refuted in ≥ `required` of the runs; null if none. */
  threshold: number | null;
}

export interface DetectionResult {
  id: string;
  title: string;
  f: string;
  /** The claim put on trial: G, or H for a Hessian rule (BenchResults.hessianDetection). */
  G: string;
  wrt: string;
  kinds: Record<PerturbationKind, DetectionCurve>;
  seconds: number;
}

/** A correct rule refuted: everything needed to replay it. */
export interface FalseAlarm {
  seed: number;
  cases: number;
  point?: { condition?: number; scale?: number };
  reason: string;
  counterexample?: unknown;
}

/** One stress mode of one rule. */
export interface ModeResult {
  mode: 'default' | 'condition' | 'scale';
  /** The condition number or scale of the mode. */
  value?: number;
  /** Cases that passed. */
  cases: number;
  checks: number;
  refuted: number;
  alarms: FalseAlarm[];
  /** Why the mode could not run to the end (f not finite there, …); not a refutation. */
  error?: string;
}

export interface FalseAlarmResult {
  id: string;
  kind: string;
  modes: ModeResult[];
  /** Stress modes that do not apply to this rule, and why. */
  skipped: { mode: 'condition' | 'scale'; reason: string }[];
  seconds: number;
}

export interface VerdictRow {
  /** `rule` or the mistake's id. */
  what: string;
  claim: string;
  /** Verdict at each scale, keyed by the scale as text ("1", "1e-6", "1000000"). */
  verdicts: Record<string, 'verified' | 'refuted' | 'error'>;
  same: boolean;
}

export interface ScaleResult {
  id: string;
  homogeneous: boolean;
  /** Degree k of f (or F, lhs): f(sx) = s^k f(x) (+ a constant for a gradient's or a differential's f). */
  degree?: number;
  /** Why the rule is not in the comparison. */
  reason?: string;
  rows: VerdictRow[];
  /** Mistakes left out of the comparison, and why. */
  excluded: { what: string; reason: string }[];
  seconds: number;
}

/** Refutations among runs of the same points, for one of the two tools. */
export interface GradcheckSide {
  refuted: number;
  runs: number;
  /** Cases at which gradcheck could not run (f not finite, …); 0 for the oracle. */
  errors: number;
}

/** The oracle and gradcheck on identical claims and points; `gradcheck` is null where it was not run. */
export interface GradcheckComparison {
  oracle: GradcheckSide;
  gradcheck: GradcheckSide | null;
  /** The first error gradcheck reported, if any. */
  error?: string;
}

export interface GradcheckResult {
  id: string;
  /** Detection runs compared (the first of the detection benchmark's). */
  runs: number;
  /**
   * The correct claim on the points of those runs. A tool that refutes it there gets no threshold
   * (null): it would only measure its false alarms.
   */
  correct: Omit<GradcheckComparison, 'error'>;
  detection: Record<PerturbationKind, { rates: ({ delta: number } & Omit<GradcheckComparison, 'error'>)[]; oracleThreshold: number | null; gradcheckThreshold: number | null }>;
  /** The correct claim: a refutation is a false alarm. */
  falseAlarms: ({ mode: 'default' | 'condition' | 'scale'; value?: number; cases: number } & GradcheckComparison)[];
  /** The rule's mistakes whose G has the shape of W, at scale 1 and 1e-6. */
  mistakes: ({ id: string; scale: number; cases: number } & GradcheckComparison)[];
  /** Mistakes left out: their G does not have the shape of W (both tools reject it unevaluated). */
  shapeMistakes: string[];
  seconds: number;
}

export interface SpeedRule {
  id: string;
  kind: string;
  cases: number;
  medianMs: number;
  /** CPU time of a check, median: what it takes on an idle machine. */
  medianCpuMs?: number;
  checksPerSecond: number;
  msPerCase: number;
}

export interface GrowthPoint {
  name: string;
  n: number;
  shapes: Record<string, string>;
  cases: number;
  msPerCase: number;
  cpuMsPerCase?: number;
  /** Evaluations of f per case, counted. */
  evalsPerCase: number;
  /** One evaluation of f at this size, median. */
  msPerEval: number;
  /** Evaluations gradcheck would make: 2·(entries of the variable) + 2. */
  gradcheckEvals: number;
}

export interface CliTiming {
  name: string;
  command: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** CPU time (user + system) of the mcv process, median. */
  medianCpuMs?: number;
  exitCode: number | null;
  /** The time aimed at. */
  target: string;
}

export interface SpeedResults {
  perRule: SpeedRule[];
  growth: { name: string; f: string; G: string; wrt: string; points: GrowthPoint[] }[];
  cli: CliTiming[];
  cliError?: string;
}

export interface BenchResults {
  schema: 1;
  date: string;
  /** Wall time of the whole run (other work on the machine lengthens it: see machine.load). */
  durationSeconds: number;
  /**
   * CPU time the benchmark itself used: the parallel part (summed over the workers) and the speed
   * part (this process, plus the wall time of the timed mcv runs). On an idle machine with
   * `machine.cores` cores the run takes about parallel / workers + speed seconds.
   */
  cpuSeconds: { parallel: number; speed: number; workers: number };
  machine: Machine;
  /** The commit measured, and the tracked files that differed from it when the run started. */
  git: { commit: string; dirty: boolean; changed?: string[] } | null;
  catalogue: { rules: number; gradient: number; differential: number; identity: number; hessian?: number };
  settings: Settings;
  tolerances: Record<string, number>;
  detection: DetectionResult[];
  /** The Hessian rules' detection curves (absent in results measured before there were any). */
  hessianDetection?: DetectionResult[];
  falseAlarms: FalseAlarmResult[];
  scaleInvariance: ScaleResult[];
  speed: SpeedResults;
  /** PyTorch's gradcheck, measured in the same run; absent in results written before it was. */
  gradcheck?: { python: string; torch: string; results: GradcheckResult[]; skipped: { id: string; reason: string }[] };
  /** The function checks on JavaScript code (bench/functions.ts); absent in results written before they were measured. */
  functions?: FunctionCheckResult[];
  /**
   * Phases measured in a run of their own and merged in (`--merge`, bench/merge.ts), with where
   * their figures come from; a phase absent here was measured by the run described above.
   */
  phaseRuns?: Partial<Record<PhaseName, PhaseRun>>;
}

/** A phase of `npm run bench` (`--phases`). */
export type PhaseName = 'detection' | 'falseAlarms' | 'scale' | 'gradcheck' | 'speed' | 'functions';

/** Where a phase's figures come from: the run that measured them. */
export interface PhaseRun {
  date: string;
  /** The commit measured, and the tracked files that differed from it. */
  git: BenchResults['git'];
  /** 1-minute load average at the start and at the end of that run. */
  load: [number, number];
  seed: number;
  durationSeconds: number;
  /** The machine of that run (verdict counts can be merged from another machine; timings cannot). */
  machine: Pick<Machine, 'cpu' | 'cores' | 'node'>;
}

/** Where a phase's figures come from: its own run if it was merged in (bench/merge.ts), else the results' run. */
export function phaseRun(res: BenchResults, phase: PhaseName): PhaseRun {
  return (
    res.phaseRuns?.[phase] ?? {
      date: res.date,
      git: res.git,
      load: res.machine.load,
      seed: res.settings.seed,
      durationSeconds: res.durationSeconds,
      machine: { cpu: res.machine.cpu, cores: res.machine.cores, node: res.machine.node },
    }
  );
}
