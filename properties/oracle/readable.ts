/**
 * Numbers a learner can read: how far apart the two numbers of a counterexample are, relative to
 * their size, and how many times the tolerance that is. "The finite difference is 0.0004857 but
 * Tr(Gᵀ dW) is 0.0004876" reads like rounding; "they differ by 0.39%, 10⁹ times what rounding can
 * explain" does not. The tolerance is the oracle's bound on rounding and on the finite difference's
 * own error (tolerance.ts), so a difference many times it is a real one.
 */

const SUPERSCRIPT: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** |expected − actual| relative to the larger of the two (1 when one of them is 0 and the other not). */
export function relativeDifference(expected: number, actual: number): number {
  const scale = Math.max(Math.abs(expected), Math.abs(actual));
  return scale === 0 ? 0 : Math.abs(expected - actual) / scale;
}

/** A relative difference as a percentage with two significant digits: `0.39%`, `100%`, `1.2e-7%`. */
export function percent(rel: number): string {
  const p = rel * 100;
  if (p === 0) return '0%';
  const s = p >= 1e-3 ? String(Number(p.toPrecision(2))) : p.toExponential(1).replace(/\.0e/, 'e');
  return `${s}%`;
}

/** How many times: `3.2`, `120`, or a power of ten beyond a thousand (`10⁹`), which is all the reader needs. */
export function timesText(ratio: number): string {
  if (!Number.isFinite(ratio)) return 'infinitely many';
  if (ratio < 10) return String(Number(ratio.toPrecision(2)));
  if (ratio < 1000) return String(Math.round(ratio));
  const k = Math.floor(Math.log10(ratio));
  return `10${String(k)
    .split('')
    .map((c) => SUPERSCRIPT[c] ?? c)
    .join('')}`;
}

/**
 * The readable note on a disagreement, e.g. "they differ by 0.39%, 10⁹ times what rounding can
 * explain"; null when the numbers or the tolerance are missing.
 */
export function differenceNote(c: { expected?: number; actual?: number; error?: number; tolerance?: number }): string | null {
  if (c.expected === undefined || c.actual === undefined || c.error === undefined || c.tolerance === undefined) return null;
  const rel = percent(relativeDifference(c.expected, c.actual));
  if (!(c.tolerance > 0)) return `they differ by ${rel}`;
  return `they differ by ${rel}, ${timesText(c.error / c.tolerance)} times what rounding can explain`;
}
