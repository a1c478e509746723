/**
 * The guide's reference of the expression syntax, generated from the table of operations
 * (docs/guide/oracle.md between the `ops-reference` markers; `npm run docs:generate` rewrites it and
 * a test fails when it is stale), so the guide lists exactly what the interpreter accepts.
 */
import { toTex } from '../tex.js';
import { OPS } from './index.js';
import type { Op } from './types.js';

export const REFERENCE_START = '<!-- ops-reference:start (generated from properties/engine/ops/ by npm run docs:generate) -->';
export const REFERENCE_END = '<!-- ops-reference:end -->';

/** Shapes of the letters the syntax column uses: capitals are matrices, x and z columns, the others numbers. */
const SHAPES = { A: 'mxn', B: 'mxn', X: 'mxn', Z: 'mxn', x: 'n', z: 'n', a: '1', b: '1', c: '1', d: '1', k: '1' };

const cell = (s: string): string => s.replace(/\|/g, '\\|');

function row(op: Op): string {
  const written = op.syntax.map((s) => `\`${cell(s)}\``).join(', ');
  const tex = op.syntax.map((s) => `$${cell(toTex(s, { shapes: SHAPES }))}$`).join(', ');
  const notes = [op.smooth ? '' : 'kink or singularity', op.scale === 'own' ? 'length scale of its own' : op.scale === 'exponent' ? 'length scale of its own when the exponent is variable' : '']
    .filter(Boolean)
    .join('; ');
  const d = op.differential === 'constant' ? 'constant' : op.differential.rules.map((r) => `\`${r}\``).join(', ') || '—';
  const domain = op.domain.kink ? `${op.domain.where}; ${op.domain.kink}` : op.domain.where;
  return `| ${written} | ${tex} | ${cell(op.doc)} | ${cell(domain)} | ${notes || '—'} | ${d} |`;
}

/** The markdown block: a table of every operation (functions, operators, the matrix literal). */
export function opsReference(): string {
  return [
    REFERENCE_START,
    '',
    '| written | shown as | what it does | defined and smooth where; at a kink | for the finite differences | differential rule |',
    '| --- | --- | --- | --- | --- | --- |',
    ...OPS.map(row),
    '',
    REFERENCE_END,
  ].join('\n');
}

/** `text` with its reference block replaced by the current one (unchanged when it has no markers). */
export function withOpsReference(text: string): string {
  const a = text.indexOf(REFERENCE_START),
    b = text.indexOf(REFERENCE_END);
  if (a < 0 || b < a) return text;
  return text.slice(0, a) + opsReference() + text.slice(b + REFERENCE_END.length);
}

/**
 * The lines of `mcv --help` on kinks: every operation with a kink, where it is and the derivative
 * `mcv derive` uses there (from the entries' `domain.kink`).
 */
export function kinkHelp(): string {
  const kinked = OPS.filter((op) => op.domain.kink !== undefined);
  const w = Math.max(...kinked.map((op) => op.name.length));
  return ['  at a kink (mcv derive says in the step where its derivative holds):', ...kinked.map((op) => `    ${op.name.padEnd(w)}  ${op.domain.kink}`)].join('\n');
}
