/**
 * The runner (runner.ts): shrinking bounded by a count and never by the clock, the time limit on
 * the search alone, discards and thrown errors reported as they happened.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { currentDeadline, runCases, type CaseStrategy } from './runner.js';

/** A simulated clock: every evaluation of a strategy made by {@link slowSum} advances it. */
function simulatedClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => void (t += ms) };
}

/** Burns about `ms` of CPU (kept short: the machine is shared). */
function busy(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end);
}

/** Fails when the list's sum exceeds 50, slowly: each evaluation takes `ms` on the clock given. */
const slowSum = (ms: number, clock = simulatedClock()): CaseStrategy<number[], object, { sum: number }> & { clock: () => number } => ({
  clock: clock.now,
  arbitrary: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 20 }),
  evaluate: (xs) => {
    clock.advance(ms);
    const sum = xs.reduce((a, b) => a + b, 0);
    return sum > 50 ? { kind: 'fail', sum } : { kind: 'pass', ratio: sum / 50 };
  },
});

describe('shrinking is bounded by a count, never by the clock', () => {
  test('the same seed gives the same counterexample under time limits of 1 s and 60 s, though shrinking takes longer than 1 s', () => {
    // Each evaluation takes 200 ms of simulated time: the shrinking takes longer than the 1 s limit.
    const s1 = slowSum(200),
      s60 = slowSum(200);
    const short = runCases(s1, { seed: 3, cases: 100, timeLimitMs: 1000, maxShrinks: 150, clock: s1.clock });
    const long = runCases(s60, { seed: 3, cases: 100, timeLimitMs: 60_000, maxShrinks: 150, clock: s60.clock });
    expect(short.failure).toBeDefined();
    expect(short.elapsedMs).toBeGreaterThan(1000); // the shrinking outlasted the time limit …
    expect(short.failure!.case).toEqual(long.failure!.case); // … and was not cut short by it
    expect(short.failure!.path).toBe(long.failure!.path);
    expect(short.failure!.shrinks).toBeLessThanOrEqual(150);
  });

  test('maxShrinks bounds the candidates tried; 0 and shrink: false keep the first failure', () => {
    let calls = 0;
    const s = slowSum(0);
    const counted = {
      ...s,
      evaluate: (xs: number[]) => {
        calls++;
        return s.evaluate(xs);
      },
    };
    const full = runCases(counted, { seed: 5, cases: 100, timeLimitMs: 60_000 });
    const callsBefore = calls - full.failure!.shrinks;
    calls = 0;
    const bounded = runCases(counted, { seed: 5, cases: 100, timeLimitMs: 60_000, maxShrinks: 3 });
    expect(bounded.failure!.shrinks).toBe(3);
    expect(calls).toBe(callsBefore + 3);
    const none = runCases(counted, { seed: 5, cases: 100, timeLimitMs: 60_000, shrink: false });
    const zero = runCases(counted, { seed: 5, cases: 100, timeLimitMs: 60_000, maxShrinks: 0 });
    expect(none.failure!.case).toEqual(zero.failure!.case);
    expect(none.failure!.case.reduce((a, b) => a + b, 0)).toBeGreaterThan(50);
    // Fully shrunk, the sum is just over the line.
    expect(full.failure!.case.reduce((a, b) => a + b, 0)).toBe(51);
  });
});

describe('the time limit bounds the search', () => {
  test('a run that cannot finish in time says it was interrupted, with the cases that passed', () => {
    const slow: CaseStrategy<number> = {
      arbitrary: fc.integer(),
      evaluate: () => {
        busy(20);
        return { kind: 'pass', ratio: 0 };
      },
    };
    const r = runCases(slow, { seed: 1, cases: 1000, timeLimitMs: 100 });
    expect(r.interrupted).toBe(true);
    expect(r.failure).toBeUndefined();
    expect(r.passed).toBeGreaterThan(0);
    expect(r.passed).toBeLessThan(1000);
  });

  test('evaluations see the deadline during the search and none while shrinking or after', () => {
    const seen: number[] = [];
    const s: CaseStrategy<number> = {
      arbitrary: fc.integer({ min: 0, max: 1000 }),
      evaluate: (x) => {
        seen.push(currentDeadline());
        return x > 500 ? { kind: 'fail' } : { kind: 'pass', ratio: 0 };
      },
    };
    const r = runCases(s, { seed: 2, cases: 100, timeLimitMs: 60_000 });
    expect(r.failure).toBeDefined();
    expect(Number.isFinite(seen[0]!)).toBe(true);
    expect(seen.at(-1)).toBe(Infinity);
    expect(currentDeadline()).toBe(Infinity);
  });
});

describe('discards and errors', () => {
  test('discards are counted and the first one kept; as many discards as cases end the run', () => {
    const s: CaseStrategy<number, { at: number }> = { arbitrary: fc.integer({ min: 0, max: 9 }), evaluate: (x) => (x < 5 ? { kind: 'discard', at: x } : { kind: 'pass', ratio: 0 }) };
    const r = runCases(s, { seed: 4, cases: 50, timeLimitMs: 60_000 });
    expect(r.discarded).toBeGreaterThan(0);
    expect(r.firstDiscard!.at).toBeLessThan(5);
    const never: CaseStrategy<number> = { arbitrary: fc.integer(), evaluate: () => ({ kind: 'discard' }) };
    expect(runCases(never, { seed: 4, cases: 10, timeLimitMs: 60_000 })).toMatchObject({ tooManyDiscards: true, passed: 0 });
  });

  test('an error thrown by an evaluation is shrunk like a failure and handed back', () => {
    const s: CaseStrategy<number> = {
      arbitrary: fc.integer({ min: 0, max: 1000 }),
      evaluate: (x) => {
        if (x >= 100) throw new RangeError(`too big: ${x}`);
        return { kind: 'pass', ratio: 0 };
      },
    };
    const r = runCases(s, { seed: 6, cases: 100, timeLimitMs: 60_000 });
    expect(r.failure!.case).toBe(100);
    expect(r.failure!.error).toBeInstanceOf(RangeError);
  });

  test('an error stopOn names is handed back as it was thrown, not shrunk', () => {
    let calls = 0;
    const s: CaseStrategy<number> = {
      arbitrary: fc.integer({ min: 0, max: 1000 }),
      evaluate: (x) => {
        calls++;
        if (x >= 100) throw new RangeError(`too big: ${x}`);
        return { kind: 'pass', ratio: 0 };
      },
    };
    const r = runCases(s, { seed: 6, cases: 100, timeLimitMs: 60_000, stopOn: (e) => e instanceof RangeError });
    expect(r.failure!.shrinks).toBe(0);
    expect(r.failure!.case).toBeGreaterThanOrEqual(100);
    expect(calls).toBe(r.passed + 1);
  });

  test('an error thrown once the time is up (an evaluation giving up at the deadline) is not shrunk', () => {
    const clock = simulatedClock();
    let calls = 0;
    const s: CaseStrategy<number> = {
      arbitrary: fc.integer({ min: 0, max: 1000 }),
      evaluate: () => {
        calls++;
        clock.advance(300);
        if (clock.now() >= 1000) throw new RangeError('out of time');
        return { kind: 'pass', ratio: 0 };
      },
    };
    const r = runCases(s, { seed: 6, cases: 100, timeLimitMs: 1000, clock: clock.now });
    expect(r.failure!.error).toBeInstanceOf(RangeError);
    expect(r.failure!.shrinks).toBe(0);
    expect(calls).toBe(4);
  });
});

describe('a search cut short by the time limit is reported as interrupted, however fast-check counts the skipped runs', () => {
  test('the deadline passes after the first case: interrupted, 1 case passed, no failure, not "too many discards"', () => {
    // Each case passes and takes 1,000 ms of simulated time against a limit of 500 ms: every run
    // after the first is skipped, and fast-check reports the run failed for too many skips.
    const clock = simulatedClock();
    const strategy: CaseStrategy<number, object, object> = {
      arbitrary: fc.integer(),
      evaluate: () => {
        clock.advance(1000);
        return { kind: 'pass', ratio: 0 };
      },
    };
    const r = runCases(strategy, { seed: 1, cases: 100, timeLimitMs: 500, clock: clock.now });
    expect(r.passed).toBe(1);
    expect(r.failure).toBeUndefined();
    expect(r.tooManyDiscards).toBe(false);
    expect(r.interrupted).toBe(true);
  });
  test('the deadline has passed before the first case: interrupted with 0 cases (fast-check counts every run skipped as a failure to run)', () => {
    const clock = simulatedClock();
    const strategy: CaseStrategy<number, object, object> = { arbitrary: fc.integer(), evaluate: () => ({ kind: 'pass', ratio: 0 }) };
    const r = runCases(strategy, { seed: 1, cases: 100, timeLimitMs: 0, clock: clock.now });
    expect(r.passed).toBe(0);
    expect(r.failure).toBeUndefined();
    expect(r.tooManyDiscards).toBe(false);
    expect(r.interrupted).toBe(true);
  });
});
