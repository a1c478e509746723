/**
 * Shapes and assumptions as users write them: `3x4`, `mxn`, `n` (a column), `1` (a scalar);
 * `X=spd`. Symbolic letters are drawn per case; the same letter is the same size.
 */
import { InputError } from './errors.js';

/** One dimension: a concrete size or a single lowercase letter (not `x`). */
export type Dim = number | string;
export interface Shape {
  readonly rows: Dim;
  readonly cols: Dim;
}

/** The assumptions a variable may carry; each constrains the point, never the direction. */
export const ASSUMPTIONS = ['invertible', 'symmetric', 'spd', 'positive', 'onehot', 'orthogonal', 'diagonal'] as const;
export type Assumption = (typeof ASSUMPTIONS)[number];

/** What each assumption means, for help texts and the site. */
export const ASSUMPTION_DOCS: Readonly<Record<Assumption, string>> = {
  invertible: 'square with det ≠ 0 (drawn well conditioned)',
  symmetric: 'square with X = Xᵀ',
  spd: 'symmetric positive definite (drawn well conditioned)',
  positive: 'every entry > 0',
  onehot: 'every column has a single 1 and zeros elsewhere',
  orthogonal: 'square with XᵀX = I',
  diagonal: 'square, zero off the diagonal',
};

/** Largest concrete size accepted in a shape. */
export const MAX_DIM = 512;

const DIM_RE = /^([1-9]\d*|[a-wyz])$/;

function parseDim(text: string, name: string, whole: string, maxDim = MAX_DIM): Dim {
  const t = text.trim();
  if (!DIM_RE.test(t))
    throw new InputError(`shape of ${name}: "${whole}" is not a shape; write RxC with sizes that are positive integers or single lowercase letters other than x (e.g. 3x4, mxn, n, 1)`, 'shape');
  if (/^\d+$/.test(t)) {
    const v = Number(t);
    if (v > maxDim) throw new InputError(`shape of ${name}: size ${v} is larger than the limit of ${maxDim}`, 'shape');
    return v;
  }
  return t;
}

/** Parses `3x4`, `mxn`, `n`, `1` (also `3×4`); concrete sizes up to `maxDim` (the checks of JavaScript functions allow more). */
export function parseShape(text: string, name = 'variable', maxDim = MAX_DIM): Shape {
  const t = text.trim().replace(/×/g, 'x');
  if (t === '') throw new InputError(`shape of ${name} is empty; write e.g. ${name}=3x4`, 'shape');
  const parts = t.split('x');
  if (parts.length > 2) throw new InputError(`shape of ${name}: "${text}" has more than two sizes; write RxC (e.g. 3x4)`, 'shape');
  if (parts.length === 1) return { rows: parseDim(parts[0]!, name, text, maxDim), cols: 1 };
  return { rows: parseDim(parts[0]!, name, text, maxDim), cols: parseDim(parts[1]!, name, text, maxDim) };
}

export function formatShape(s: Shape): string {
  if (s.cols === 1) return `${s.rows}`;
  return `${s.rows}x${s.cols}`;
}

/** The letters a shape uses. */
export function shapeLetters(s: Shape): string[] {
  return [s.rows, s.cols].filter((d): d is string => typeof d === 'string');
}

export function resolveDim(d: Dim, dims: Readonly<Record<string, number>>): number {
  return typeof d === 'number' ? d : dims[d]!;
}

export function resolveShape(s: Shape, dims: Readonly<Record<string, number>>): [number, number] {
  return [resolveDim(s.rows, dims), resolveDim(s.cols, dims)];
}

const SQUARE: ReadonlySet<Assumption> = new Set(['invertible', 'symmetric', 'spd', 'orthogonal', 'diagonal']);

/** Parses an assumption name, with a suggestion on a typo. */
export function parseAssumption(text: string, name: string): Assumption {
  const t = text.trim().toLowerCase();
  if ((ASSUMPTIONS as readonly string[]).includes(t)) return t as Assumption;
  throw new InputError(`assumption on ${name}: "${text}" is not one of ${ASSUMPTIONS.join(' | ')}`, 'assume');
}

/** Checks that assumptions fit the shape (spd on 3x4 cannot hold) and each other. */
export function checkAssumptions(name: string, shape: Shape, kinds: readonly Assumption[]): void {
  for (const k of kinds) {
    if (SQUARE.has(k) && shape.rows !== shape.cols)
      throw new InputError(`assumption ${name}=${k} cannot hold for the shape ${formatShape(shape)}: ${k} needs a square matrix; declare ${name} as nxn (or 3x3)`, 'assume');
  }
  const has = (k: Assumption) => kinds.includes(k);
  if (has('onehot') && kinds.some((k) => k !== 'onehot' && k !== 'positive'))
    throw new InputError(`assumption on ${name}: onehot cannot be combined with ${kinds.filter((k) => k !== 'onehot').join(', ')}`, 'assume');
  if (has('onehot') && has('positive')) throw new InputError(`assumption on ${name}: onehot vectors have zero entries, so they are not positive`, 'assume');
  if (has('orthogonal') && kinds.some((k) => k !== 'orthogonal' && k !== 'invertible'))
    throw new InputError(`assumption on ${name}: orthogonal cannot be combined with ${kinds.filter((k) => k !== 'orthogonal' && k !== 'invertible').join(', ')} here`, 'assume');
}
