/** Human-readable output of evidence: compact matrices, the two numbers that disagree. */
import { fmt, type Counterexample, type Evidence } from '../oracle/check.js';
import { counterexampleView } from './counterexample.js';
import { percent, timesText } from '../oracle/readable.js';

/** A matrix as `[1 2; 3 4]`, a column as `[1; 2]`, a scalar as `5`. */
export function formatMatrix(rows: number[][]): string {
  if (rows.length === 1 && rows[0]!.length === 1) return fmt(rows[0]![0]!);
  return `[${rows.map((r) => r.map(fmt).join(' ')).join('; ')}]`;
}

/** The counterexample in a few lines, indented by `indent` (the text rendering of counterexample.ts's view). */
export function formatCounterexample(c: Counterexample, indent = '  '): string {
  const view = counterexampleView(c);
  const out: string[] = [];
  const dims = view.sizes.map(([k, v]) => `${k}=${v}`).join(', ');
  if (dims) out.push(`${indent}sizes: ${dims}`);
  const items = [...view.values, ...view.direction, ...view.direction2];
  // Names line up; dX₂'s subscript is one character.
  const width = Math.max(0, ...items.map((it) => it.name.length));
  for (const it of items) out.push(`${indent}${it.name.padEnd(width)} = ${formatMatrix(it.rows)}`);
  const cmp = view.comparison;
  if (cmp) {
    const [a, b] = cmp.labels;
    const at = cmp.entry ? ` (entry ${cmp.entry[0]},${cmp.entry[1]})` : '';
    const w = Math.max(a.length, b.length);
    out.push(`${indent}${a.padEnd(w)} = ${fmt(cmp.expected)}${at}`);
    out.push(`${indent}${b.padEnd(w)} = ${fmt(cmp.actual)}`);
    if (cmp.error !== undefined && cmp.tolerance !== undefined)
      out.push(
        cmp.times !== undefined && cmp.relative !== undefined
          ? `${indent}difference ${fmt(cmp.error)} (${percent(cmp.relative)} relative), ${timesText(cmp.times)} times the tolerance ${fmt(cmp.tolerance)}`
          : `${indent}difference ${fmt(cmp.error)}, tolerance ${fmt(cmp.tolerance)}`,
      );
  }
  return out.join('\n');
}

/** The shapes a check or a derivation used, when some were inferred: one line, so the user sees what was assumed. */
export function shapesLine(shapes: Readonly<Record<string, string>>): string {
  return `shapes: ${Object.entries(shapes)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ')} (inferred from use; --shape sets them)`;
}

/** The verdict line and, when refuted, the counterexample. */
export function formatEvidence(ev: Evidence, what: string): string {
  if (ev.verdict === 'verified') {
    const skipped = ev.discarded ? `, ${ev.discarded} skipped where not finite` : '';
    return `verified: ${what} held in ${ev.cases} random cases (largest error ${fmt(Number(ev.maxError.toPrecision(2)))} of the tolerance${skipped}); seed ${ev.seed}`;
  }
  // A function check's reason is already the message and its counterexample in a block.
  if (ev.counterexample && ev.reason?.includes(`${ev.counterexample.message}\ncounterexample (`)) return `refuted: ${ev.reason}`;
  const lines = [`refuted: ${ev.reason}`];
  if (ev.counterexample) lines.push(`counterexample (seed ${ev.seed}):`, formatCounterexample(ev.counterexample));
  return lines.join('\n');
}
