/**
 * Limits of one evaluation: the size of every value, the arithmetic done, the wall-clock deadline.
 * Shared by the interpreter (expr.ts) and the operations (ops/), which account for their own work.
 */
import { LimitError, ShapeError } from './errors.js';
import type { Mat } from './matrix.js';

/** Largest number of entries any value may have (declared or intermediate). */
export const MAX_ENTRIES = 1_000_000;
/**
 * Largest amount of arithmetic one evaluation may do (multiply-adds, roughly): about 0.1 s. A
 * case evaluates f a few dozen times, so this keeps one case within seconds.
 */
export const MAX_WORK = 50_000_000;

/** Work accounting of one evaluation, and the wall-clock deadline of the whole check. */
export interface Budget {
  work: number;
  readonly limit: number;
  /** Date.now() after which evaluation stops with a LimitError. */
  readonly deadline: number;
  /**
   * When set, every argument of an operation with a unit of length of its own (`scale: 'own'` in
   * ops/) is appended here, in evaluation order: the oracle compares them at two points to choose a step.
   */
  scaled?: Mat[];
}
export const newBudget = (limit = MAX_WORK, deadline = Infinity): Budget => ({ work: 0, limit, deadline });

/** Throws a ShapeError with the message when `cond` is false. */
export function need(cond: boolean, msg: () => string): asserts cond {
  if (!cond) throw new ShapeError(msg());
}

/** Accounts for a result of rows×cols entries that costs `work` operations; throws LimitError past a limit. */
export function alloc(budget: Budget, rows: number, cols: number, work: number, at: string | { readonly text: string }): void {
  // The node's text is read only for a message (an evaluation context makes it when first asked).
  const what = () => (typeof at === 'string' ? at : at.text);
  if (rows * cols > MAX_ENTRIES) throw new LimitError(`${what()} would have ${rows}x${cols} = ${rows * cols} entries, more than the limit of ${MAX_ENTRIES}; use smaller sizes`);
  budget.work += work;
  if (budget.deadline !== Infinity && Date.now() > budget.deadline)
    throw new LimitError(`the check ran out of time while evaluating ${what()}; use smaller sizes, fewer --cases or a longer --time-limit`);
  if (budget.work > budget.limit) throw new LimitError(`${what()} needs more arithmetic than the limit allows (about ${budget.limit.toExponential(0)} operations per evaluation); use smaller sizes`);
}
