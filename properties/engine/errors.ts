/**
 * Errors a user can cause. Each names the thing at fault and says how to fix it; callers (the
 * CLI, the site, the tests) print `message` as it is, never a stack trace.
 */
export type Field = 'f' | 'claim' | 'lhs' | 'rhs' | 'wrt' | 'gradient' | 'shape' | 'assume' | 'cases' | 'seed' | 'timeLimit' | 'rule' | 'command' | 'directions' | 'convention';

/** Bad input: exit status 2 in the CLI. `field` says which input is at fault. */
export class InputError extends Error {
  override readonly name: string = 'InputError';
  constructor(
    message: string,
    readonly field?: Field,
  ) {
    super(message);
  }
}

/**
 * An expression could not be evaluated for the shapes at hand (sizes that do not agree, a
 * non-square trace, …). In the claim this refutes it; in `f` it is bad input.
 */
export class ShapeError extends Error {
  override readonly name = 'ShapeError';
  constructor(message: string) {
    super(message);
  }
}

/** An expression exceeded the size or work budget (a guard against `ones(100000,100000)`). */
export class LimitError extends InputError {
  constructor(message: string, field?: Field) {
    super(message, field);
  }
}

/**
 * A check ran out of time before its cases were done: bad input of a kind (ask for less, or allow
 * more time), with what was done. Shrinking never runs out of time (it is bounded by a count).
 */
export class TimeLimitError extends LimitError {
  override readonly name: string = 'TimeLimitError';
  constructor(
    message: string,
    /** Cases that passed before the time limit. */
    readonly casesDone: number,
    /** Cases asked for. */
    readonly casesWanted: number,
    /** The time limit, ms. */
    readonly timeLimitMs: number,
  ) {
    super(message, 'timeLimit');
  }
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

/** The closest candidate to `word`, if any is close enough to be a plausible typo. */
export function nearest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const dist = editDistance(word.toLowerCase(), c.toLowerCase());
    if (dist < bestD) {
      bestD = dist;
      best = c;
    }
  }
  // A one-letter name is one edit from every other one: suggest only when most of the word survives.
  return best !== undefined && bestD < word.length && bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}
