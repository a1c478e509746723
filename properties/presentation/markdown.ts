/**
 * Small helpers that write the generated pages' Markdown (CommonMark with remark-math): escaping,
 * math, tables, matrices, shell commands. Pages are .md, parsed as CommonMark (markdown.format
 * 'detect'), so `{` and `<` in expressions need no MDX escaping.
 */
import { fmt } from '../oracle/check.js';
import { toTex, type TexOptions } from '../engine/tex.js';

/** Plain text in Markdown: characters that would start emphasis, links, HTML or math are escaped. */
export function text(s: string): string {
  return s.replace(/([\\`*_[\]<>$#|])/g, '\\$1');
}

/** A message of the oracle: plain text, but its `code` spans (expressions it quotes) stay code. */
export function message(s: string): string {
  return s
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : text(part)))
    .join('');
}

/** A sentence that ends with exactly one full stop. */
export const sentence = (s: string): string => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** Text that may hold inline $…$ math (rule explanations): passed through as Markdown. */
export function prose(s: string): string {
  return s.trim();
}

/** YAML front matter (values JSON-quoted, which is valid YAML). */
export function frontMatter(fields: Record<string, string | number | boolean | string[] | undefined>): string {
  const lines = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

/** Inline math. */
export const m = (tex: string): string => `$${tex.trim()}$`;

/** Display math, on lines of its own. */
export const mm = (tex: string): string => `$$\n${tex.trim()}\n$$`;

/** Math inside a GFM table cell: `|` would end the cell, so bars become \vert and \Vert. */
export function cellMath(tex: string): string {
  return m(tex.replace(/\\\|/g, '\\Vert ').replace(/\|/g, '\\vert '));
}

/** Text inside a GFM table cell: a bar not yet escaped (by {@link text}) would end the cell. */
export const cell = (s: string): string => s.replace(/(?<!\\)\|/g, '\\|').replace(/\n/g, ' ');

/** A GFM table. */
export function table(head: string[], rows: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** A fenced code block (the fence grows past any backticks inside). */
export function code(body: string, lang = ''): string {
  const longest = Math.max(2, ...[...body.matchAll(/`+/g)].map((x) => x[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${body}\n${fence}`;
}

/** A number as the oracle prints it. */
export const num = fmt;

/** A matrix entry for display: at most 6 significant digits (exact quarters stay exact). */
function entry(x: number): { tex: string; rounded: boolean } {
  const short = Number(x.toPrecision(6));
  return { tex: fmt(short).replace(/e([+-]?\d+)$/, '\\times 10^{$1}'), rounded: short !== x };
}

/** A value as LaTeX: a scalar as a number, anything else as a bmatrix. */
export function matrixTex(rows: number[][]): { tex: string; rounded: boolean } {
  let rounded = false;
  const e = (x: number) => {
    const r = entry(x);
    rounded ||= r.rounded;
    return r.tex;
  };
  if (rows.length === 1 && rows[0]!.length === 1) return { tex: e(rows[0]![0]!), rounded };
  const body = rows.map((r) => r.map(e).join(' & ')).join(' \\\\ ');
  return { tex: `\\begin{bmatrix}${body}\\end{bmatrix}`, rounded };
}

/** LaTeX of an expression, with the variables' shapes deciding bold and italic. */
export const tex = (source: string, opts: TexOptions = {}): string => toTex(source, opts);

/** An argument for a POSIX shell, double-quoted unless it is plainly safe. */
export function shellArg(s: string): string {
  return /^[\w.,=:/+-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** The `--shape` and `--assume` arguments of a claim. */
export function shapeArgs(shapes: Readonly<Record<string, string>>, assume: Readonly<Record<string, readonly string[]>> = {}): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(shapes)) out.push('--shape', shellArg(`${k}=${v}`));
  for (const [k, v] of Object.entries(assume)) out.push('--assume', shellArg(`${k}=${v.join(',')}`));
  return out;
}

/** A shape for people: `m×n`, `n` (a column), `1` (a scalar). */
export function shapeTex(shape: string): string {
  const s = shape.trim().replace(/×/g, 'x');
  if (s === '1' || s === '1x1') return '1 \\text{ (scalar)}';
  const parts = s.split('x');
  if (parts.length === 1) return `${parts[0]} \\text{ (column)}`;
  return `${parts[0]} \\times ${parts[1]}`;
}
