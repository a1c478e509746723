/**
 * The one fast-check loop of the oracle: random cases until `cases` of them pass, the first
 * failure shrunk to a small counterexample. Both the checks of claims (check.ts) and the checks of
 * JavaScript functions (functions.ts) run through it; each kind of claim brings a small
 * {@link CaseStrategy} (its arbitrary and its evaluation of one case).
 *
 * Two budgets, of different kinds:
 * - **The time limit bounds the search for a failure**, never the shrinking: when it passes before
 *   `cases` cases passed, the run stops and says so (`interrupted`).
 * - **Shrinking is bounded by a count** of evaluated candidates ({@link RunOptions.maxShrinks}),
 *   never by the clock, so the same seed gives the same counterexample on any machine and under
 *   any time limit. (fast-check's own `interruptAfterTimeLimit` cuts shrinking short wherever the
 *   clock happens to be, which made two runs of one seed disagree.)
 *
 * The deadline is also what long evaluations consult ({@link currentDeadline}): an expression's
 * work budget stops it mid-way once the search's time is up; while shrinking there is none (a
 * single candidate is one case's work, and their number is bounded).
 */
import fc from 'fast-check';

/** What one case shows. `D` and `F` are the strategy's own details of a discard and of a failure. */
export type CaseOutcome<D extends object = object, F extends object = object> = { kind: 'pass'; ratio: number } | ({ kind: 'discard' } & D) | ({ kind: 'fail' } & F);

/** A kind of claim, as the runner sees it: where its cases come from and how one is judged. */
export interface CaseStrategy<C, D extends object = object, F extends object = object> {
  /** The random cases. */
  arbitrary: fc.Arbitrary<C>;
  /** Judges one case. May throw (bad input); the runner lets the error shrink like a failure. */
  evaluate(c: C): CaseOutcome<D, F>;
}

/** Options of a run. */
export interface RunOptions {
  /** Seed of fast-check's random choices. */
  seed: number;
  /** Cases that must pass. */
  cases: number;
  /** Give up the search (not the shrinking) after this long. */
  timeLimitMs: number;
  /** Shrink a failure. @defaultValue true */
  shrink?: boolean;
  /** Candidates evaluated while shrinking, at most. @defaultValue {@link DEFAULT_MAX_SHRINKS} */
  maxShrinks?: number;
  /** Errors not to shrink: when an evaluation throws one, the run ends with it at once. */
  stopOn?: (err: unknown) => boolean;
  /** The clock, in ms (tests pass a simulated one). @defaultValue Date.now */
  clock?: () => number;
}

/**
 * Candidates tried while shrinking, by default. The catalogue's mistakes (334 on seed 1) shrink in
 * at most a few hundred candidates, so this bound changes none of their counterexamples; it only
 * stops the shrinking of a large counterexample (every entry of a 200×200 matrix is a candidate)
 * from running for minutes.
 */
export const DEFAULT_MAX_SHRINKS = 1000;

/** What a run found. */
export interface RunResult<C, D extends object, F extends object> {
  /** Cases that passed before the first failure. */
  passed: number;
  /** Cases discarded before the first failure. */
  discarded: number;
  /** Largest error / tolerance over the cases that passed. */
  maxRatio: number;
  /** The first discard (its details say why), if any. */
  firstDiscard?: { kind: 'discard' } & D;
  /**
   * The shrunk failure: the case and fast-check's replay path. `outcome` is the last failing
   * outcome seen (normally the shrunk case's own), `error` what the evaluation threw, if it threw.
   */
  failure?: { case: C; path: string; shrinks: number; outcome?: { kind: 'fail' } & F; error?: unknown };
  /** The time limit passed before `cases` cases passed. */
  interrupted: boolean;
  /** Too many discards: fast-check gave up (as many discards as cases). */
  tooManyDiscards: boolean;
  /** Wall time of the search and the shrinking, ms. */
  elapsedMs: number;
}

let deadlineNow = Infinity;

/**
 * The instant after which evaluations should stop (Infinity outside a search, and while
 * shrinking). Checks are synchronous, so one run is in progress at a time; nested runs restore
 * the outer one's deadline.
 */
export function currentDeadline(): number {
  return deadlineNow;
}

/** Runs `fn` with {@link currentDeadline} at `deadline` (or the enclosing one, if sooner), e.g. a check's first evaluation. */
export function withDeadline<T>(deadline: number, fn: () => T): T {
  const outer = deadlineNow;
  deadlineNow = Math.min(outer, deadline);
  try {
    return fn();
  } finally {
    deadlineNow = outer;
  }
}

/** Runs the strategy's cases: see the module comment. */
export function runCases<C, D extends object, F extends object>(strategy: CaseStrategy<C, D, F>, opts: RunOptions): RunResult<C, D, F> {
  const now = opts.clock ?? Date.now;
  const start = now();
  const outer = deadlineNow;
  const searchDeadline = Math.min(outer, start + opts.timeLimitMs);
  const maxShrinks = opts.maxShrinks ?? DEFAULT_MAX_SHRINKS;
  let maxRatio = 0,
    passed = 0,
    discarded = 0,
    failed = false,
    shrinks = 0,
    interrupted = false,
    stopped = false;
  let firstDiscard: ({ kind: 'discard' } & D) | undefined;
  let lastFailure: ({ kind: 'fail' } & F) | undefined;
  const property = fc.property(strategy.arbitrary, (c) => {
    if (!failed) {
      // The search: stop at the time limit (fast-check reports the run as interrupted).
      if (now() >= searchDeadline) {
        interrupted = true;
        throw new fc.PreconditionFailure(true);
      }
    } else {
      // Shrinking: stop after a fixed number of candidates, whatever the clock says.
      if (stopped || shrinks >= maxShrinks) throw new fc.PreconditionFailure(true);
      shrinks++;
    }
    let o: CaseOutcome<D, F>;
    try {
      o = strategy.evaluate(c);
    } catch (err) {
      // A thrown error is a failure to fast-check, which shrinks it (unless told not to); no time
      // limit from here on.
      // An error thrown once the search's time is up is the evaluation giving up at the deadline
      // (an expression's work budget): a time-out, not a failure to shrink; every candidate would
      // run to completion now that shrinking has no deadline.
      if (opts.stopOn?.(err) || (!failed && now() >= searchDeadline)) stopped = true;
      failed = true;
      deadlineNow = Infinity;
      throw err;
    }
    if (o.kind === 'discard') {
      if (!failed) {
        discarded++;
        firstDiscard ??= o;
      }
      fc.pre(false);
    }
    if (o.kind === 'fail') {
      failed = true;
      deadlineNow = Infinity;
      lastFailure = o;
      return false;
    }
    if (!failed) {
      passed++;
      maxRatio = Math.max(maxRatio, o.ratio);
    }
    return true;
  });
  deadlineNow = searchDeadline;
  let details: fc.RunDetails<[C]>;
  try {
    details = fc.check(property, { seed: opts.seed, numRuns: opts.cases, maxSkipsPerRun: 1, markInterruptAsFailure: false, endOnFailure: opts.shrink === false });
  } finally {
    deadlineNow = outer;
  }
  const result: RunResult<C, D, F> = {
    passed,
    discarded,
    maxRatio,
    ...(firstDiscard ? { firstDiscard } : {}),
    // The deadline passed during the search and no case failed. (Once the deadline passes, every
    // remaining run is skipped, and fast-check may then report the run as failed for too many
    // skips, with no counterexample: that is still the time limit, never a verdict.)
    interrupted: interrupted && !details.counterexample,
    tooManyDiscards: details.failed && !details.counterexample && !interrupted,
    elapsedMs: now() - start,
  };
  if (details.failed && details.counterexample)
    result.failure = {
      case: details.counterexample[0],
      path: details.counterexamplePath ?? '',
      shrinks,
      ...(lastFailure ? { outcome: lastFailure } : {}),
      ...(details.errorInstance !== null && details.errorInstance !== undefined ? { error: details.errorInstance } : {}),
    };
  return result;
}
