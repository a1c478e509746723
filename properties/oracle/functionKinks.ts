/**
 * Whether a function has a kink at a point along a direction: its one-sided slopes there differ by
 * an amount that does not shrink with the step (‖x − a‖ at x = a: +‖dx‖ and −‖dx‖; relu at 0).
 * There f has no derivative along the direction, so a gradient that is NaN there (a 0/0 of a
 * backward pass) is no evidence either way; where f is smooth, the one-sided slopes differ by
 * about |φ''|·h, which falls with h, and a NaN gradient stays a refutation (properties/api/functions.ts).
 */
import { U } from './tolerance.js';

/** How much finer the second step is than the first. */
const FINER = 16;
/**
 * A smooth φ's gap falls by FINER between the two steps; a kink's stays. Half-way on a log scale
 * (a fall by 4 or less is read as a kink), so neither a curvature nor a kink is near the line.
 */
const KINK_FALL = 4;
/** The gap must exceed the rounding of the two differences this many times. */
const ROUNDING_MARGIN = 100;

/**
 * True when φ(t), the scalar on trial along the curve W + t·dW, has one-sided slopes at t = 0 that
 * differ beyond rounding at the step h and at h/16 alike. False when φ is not finite at a step
 * (no evidence of a kink) or the slopes agree as a smooth φ's do.
 */
export function kinkAt(phi: (t: number) => number | null, h: number): boolean {
  const phi0 = phi(0);
  if (phi0 === null || !Number.isFinite(phi0)) return false;
  const gap = (step: number): number | null => {
    const plus = phi(step);
    const minus = phi(-step);
    if (plus === null || minus === null || !Number.isFinite(plus) || !Number.isFinite(minus)) return null;
    const slopes = Math.abs((plus - phi0) / step - (phi0 - minus) / step);
    // Each difference quotient is off by at most a few roundings of its values, over the step.
    const rounding = (8 * U * (Math.abs(plus) + 2 * Math.abs(phi0) + Math.abs(minus))) / step;
    return slopes > ROUNDING_MARGIN * rounding ? slopes : null;
  };
  const coarse = gap(h);
  const fine = gap(h / FINER);
  return coarse !== null && fine !== null && fine * KINK_FALL > coarse;
}
