/** Human-readable output of evidence: compact matrices, the two numbers that disagree. */
import { fmt, type Counterexample, type Evidence } from '../check.js';

/** A matrix as `[1 2; 3 4]`, a column as `[1; 2]`, a scalar as `5`. */
export function formatMatrix(rows: number[][]): string {
  if (rows.length === 1 && rows[0]!.length === 1) return fmt(rows[0]![0]!);
  return `[${rows.map((r) => r.map(fmt).join(' ')).join('; ')}]`;
}

/** The counterexample in a few lines, indented by `indent`. */
export function formatCounterexample(c: Counterexample, indent = '  '): string {
  const out: string[] = [];
  const dims = Object.entries(c.dims).map(([k, v]) => `${k}=${v}`).join(', ');
  if (dims) out.push(`${indent}sizes: ${dims}`);
  const vals = Object.entries(c.values);
  const width = Math.max(0, ...vals.map(([k]) => k.length), ...Object.keys(c.direction ?? {}).map((k) => k.length + 1), ...Object.keys(c.direction2 ?? {}).map((k) => k.length + 2));
  for (const [k, v] of vals) out.push(`${indent}${k.padEnd(width)} = ${formatMatrix(v)}`);
  for (const [k, v] of Object.entries(c.direction ?? {})) out.push(`${indent}${`d${k}`.padEnd(width)} = ${formatMatrix(v)}`);
  // A Hessian's second direction: dW₂ of Tr(dW₂ᵀ H[dW]).
  for (const [k, v] of Object.entries(c.direction2 ?? {})) out.push(`${indent}${`d${k}₂`.padEnd(width)} = ${formatMatrix(v)}`);
  if (c.expected !== undefined && c.actual !== undefined) {
    const [a, b] = c.labels;
    const at = c.entry ? ` (entry ${c.entry[0]},${c.entry[1]})` : '';
    const w = Math.max(a.length, b.length);
    out.push(`${indent}${a.padEnd(w)} = ${fmt(c.expected)}${at}`);
    out.push(`${indent}${b.padEnd(w)} = ${fmt(c.actual)}`);
    if (c.error !== undefined && c.tolerance !== undefined)
      out.push(`${indent}difference ${fmt(c.error)}, tolerance ${fmt(c.tolerance)}`);
  }
  return out.join('\n');
}

/** The verdict line and, when refuted, the counterexample. */
export function formatEvidence(ev: Evidence, what: string): string {
  if (ev.verdict === 'verified') {
    const skipped = ev.discarded ? `, ${ev.discarded} skipped where not finite` : '';
    return `verified: ${what} held in ${ev.cases} random cases (largest error ${fmt(Number(ev.maxError.toPrecision(2)))} of the tolerance${skipped}); seed ${ev.seed}`;
  }
  const lines = [`refuted: ${ev.reason}`];
  if (ev.counterexample) lines.push(`counterexample (seed ${ev.seed}):`, formatCounterexample(ev.counterexample));
  return lines.join('\n');
}
