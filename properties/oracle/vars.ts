/**
 * Variables as JavaScript code holds them, for the checks of JavaScript functions
 * (functions.ts) and the public arbitraries (arbitraries/public.ts): a matrix `mxn` is a
 * `number[][]` of m rows, a column `n` (or `nx1`) a `number[]`, a scalar `1` a `number`. The
 * representation follows the declared shape, never the size drawn: a column `n` drawn with n = 1
 * is still `[x]`.
 */
import fc from 'fast-check';
import { InputError } from '../engine/errors.js';
import * as M from '../engine/matrix.js';
import type { Mat } from '../engine/matrix.js';
import { checkAssumptions, formatShape, parseAssumption, parseShape, resolveShape, shapeLetters, type Assumption, type Shape } from '../engine/shapes.js';
import { forAssumptions, type PointConstraints } from './arbitraries/forAssumptions.js';
import { LARGE_ENTRIES, largeMatrix } from './arbitraries/largeMatrix.js';
import { ASSUMPTION_HOLDS } from './arbitraries/assumptionHolds.js';

/** A value as JavaScript code holds it: a scalar, a column, or a matrix as rows. */
export type Value = number | number[] | number[][];
/** A value a function may return: as {@link Value}, read-only arrays accepted. */
export type ReadonlyValue = number | readonly number[] | readonly (readonly number[])[];

/** The JavaScript type of a variable declared with shape `S`: `'1'` → number, `'n'` or `'nx1'` → number[], `'mxn'` → number[][]. */
export type ValueOfShape<S extends string> = string extends S
  ? Value
  : S extends '1' | '1x1' | '1×1'
    ? number
    : S extends `${string}x${infer C}` | `${string}×${infer C}`
      ? C extends '1'
        ? number[]
        : number[][]
      : number[];

/** What a function may return for a variable of shape `S` (read-only arrays accepted). */
export type ReturnOfShape<S extends string> =
  ValueOfShape<S> extends infer V ? (V extends number ? number : V extends number[][] ? readonly (readonly number[])[] : V extends number[] ? readonly number[] : ReadonlyValue) : never;

/** Shapes of the variables, as `mcv --shape` writes them: `{ W: 'kxd', x: 'd', b: '1' }`. */
export type Shapes = Readonly<Record<string, string>>;

/** Every variable of `S`, with the JavaScript type its shape gives it. */
export type Vars<S extends Shapes> = { -readonly [K in keyof S]: ValueOfShape<S[K] & string> };

/** Assumptions per variable, as `mcv --assume` writes them: `{ X: 'spd' }` or `{ X: ['symmetric', 'invertible'] }`. */
export type Assume<S extends Shapes = Shapes> = { readonly [K in keyof S]?: string | readonly string[] };

type Repr = 'scalar' | 'column' | 'matrix';

/** Shapes and assumptions of a question, parsed and validated. */
export interface VarSpec {
  shapes: Record<string, Shape>;
  repr: Record<string, Repr>;
  assume: Record<string, Assumption[]>;
  /** The dimension letters, sorted. */
  letters: string[];
}

/**
 * Largest number of entries of one variable in a check of functions. The sizes of expression
 * checks are limited (engine/shapes.ts's MAX_DIM) because an expression is evaluated with error
 * bounds at every node; a function check only calls f, so its sizes are limited by memory alone:
 * each variable is held as a Float64Array, its point on the curve as another, and every call of f
 * gets fresh JavaScript arrays (about 9 bytes an entry): at 2²⁵ entries (a 5792×5792 matrix) a
 * check needs over a GB, about Node's default heap.
 */
export const MAX_FUNCTION_ENTRIES = 2 ** 25;

const reprOf = (s: Shape): Repr => (s.rows === 1 && s.cols === 1 ? 'scalar' : s.cols === 1 ? 'column' : 'matrix');

/** Parses `shape` and `assume` as the options of a library call; every mistake is an InputError naming it. */
export function parseVarSpec(shape: unknown, assume: unknown): VarSpec {
  if (typeof shape !== 'object' || shape === null || Array.isArray(shape) || Object.keys(shape).length === 0)
    throw new InputError(`shape must be an object giving every variable's shape, e.g. shape: { W: 'kxd', x: 'd' }`, 'shape');
  const shapes: Record<string, Shape> = {};
  const repr: Record<string, Repr> = {};
  for (const [name, text] of Object.entries(shape)) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new InputError(`shape: "${name}" is not a variable name (letters, digits, _; starting with a letter)`, 'shape');
    if (typeof text !== 'string') throw new InputError(`shape.${name} must be a string such as '3x4', 'mxn', 'n' or '1', got ${typeof text}`, 'shape');
    shapes[name] = parseShape(text, name, MAX_FUNCTION_ENTRIES);
    const { rows, cols } = shapes[name];
    if (typeof rows === 'number' && typeof cols === 'number' && rows * cols > MAX_FUNCTION_ENTRIES)
      throw new InputError(
        `shape.${name}: ${rows}x${cols} has ${rows * cols} entries, more than the ${MAX_FUNCTION_ENTRIES} a check holds in memory (each variable is kept as a Float64Array and copied to fresh arrays for every call of f); check a smaller instance of the same code`,
        'shape',
      );
    repr[name] = reprOf(shapes[name]);
  }
  const letters = [...new Set(Object.values(shapes).flatMap(shapeLetters))].sort();
  for (const l of letters) if (l in shapes) throw new InputError(`"${l}" is both a variable and a dimension letter in a shape; rename one of them`, 'shape');
  const parsed: Record<string, Assumption[]> = {};
  if (assume !== undefined) {
    if (typeof assume !== 'object' || assume === null || Array.isArray(assume)) throw new InputError(`assume must be an object such as { X: 'spd' } or { X: ['symmetric', 'invertible'] }`, 'assume');
    for (const [name, kinds] of Object.entries(assume)) {
      if (kinds === undefined) continue;
      if (!(name in shapes)) throw new InputError(`assume.${name}: "${name}" has no shape; declare it first, e.g. shape: { ${name}: 'nxn' }`, 'assume');
      if (typeof kinds !== 'string' && !(Array.isArray(kinds) && kinds.every((k) => typeof k === 'string')))
        throw new InputError(`assume.${name} must be an assumption name or a list of them, e.g. 'spd' or ['symmetric', 'invertible']`, 'assume');
      const list = (typeof kinds === 'string' ? kinds.split(',') : (kinds as string[])).map((k) => parseAssumption(k, name));
      checkAssumptions(name, shapes[name]!, list);
      parsed[name] = [...new Set(list)];
    }
  }
  return { shapes, repr, assume: parsed, letters };
}

/** A value in the form code holds it, fresh (callers may mutate it). */
export function toValue(m: Mat, repr: Repr, along?: Pick<Along, 't' | 'V'>): Value {
  const dir = along?.V.data,
    t = along?.t ?? 0;
  if (repr === 'scalar') return dir ? m.data[0]! + t * dir[0]! : m.data[0]!;
  if (repr === 'column') return copyRow(m.data, 0, m.data.length, t, dir);
  const out: number[][] = new Array(m.rows);
  for (let i = 0; i < m.rows; i++) out[i] = copyRow(m.data, i * m.cols, m.cols, t, dir);
  return out;
}

/**
 * `n` numbers from `start` as a fresh array (plus t·dir, with dir): a preallocated array and a
 * loop, ten times faster than Array.from on a typed array (a 10⁶-entry point is copied for every
 * call of f). The sum is a + t·b, as M.axpy computes it.
 */
function copyRow(data: Float64Array, start: number, n: number, t: number, dir?: Float64Array): number[] {
  const r: number[] = new Array(n);
  if (dir) for (let j = 0; j < n; j++) r[j] = data[start + j]! + t * dir[start + j]!;
  else for (let j = 0; j < n; j++) r[j] = data[start + j]!;
  return r;
}

/** The representation a value returned by a function has (for the shape of its cotangent). */
export function reprOfValue(v: unknown): Repr | null {
  if (typeof v === 'number') return 'scalar';
  if (!isList(v)) return null;
  return v.length > 0 && isList(v[0]) ? 'matrix' : 'column';
}

const isList = (v: unknown): v is ArrayLike<unknown> => Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));

/** What a value looks like, for messages: "a number", "an array of 3 numbers", "4 rows of 3". */
export function describeValue(v: unknown): string {
  if (typeof v === 'number') return Number.isFinite(v) ? `the number ${v}` : `${v}`;
  if (v === null) return 'null';
  if (!isList(v)) return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
  if (v.length > 0 && isList(v[0])) {
    const widths = [...new Set(Array.from(v, (r) => (isList(r) ? r.length : -1)))];
    return widths.length === 1 ? `${v.length} rows of ${widths[0]} numbers` : `${v.length} rows of unequal lengths (${Array.from(v, (r) => (isList(r) ? r.length : '?')).join(', ')})`;
  }
  return `an array of ${v.length} numbers`;
}

/** The JavaScript form expected for a size, for messages. */
export function expectedForm(rows: number, cols: number, repr: Repr): string {
  if (repr === 'scalar') return 'a number';
  if (repr === 'column') return `an array of ${rows} numbers`;
  return `${rows} rows of ${cols} numbers (number[][])`;
}

/**
 * Reads a value a function returned as a matrix of the expected size; null when its form or size
 * is not that. Lenient where no doubt is possible: a column may also come as n rows of one number,
 * and a scalar as [x] or [[x]]. With `into` (a rows×cols matrix the caller no longer needs), the
 * numbers are written there instead of a fresh matrix: a check reads a 10⁶-entry gradient dozens
 * of times per case, and a fresh 8 MB buffer each time cost more in garbage collection than the copy.
 */
export function fromValue(v: unknown, rows: number, cols: number, into?: Mat): Mat | null {
  if (typeof v === 'number') return rows === 1 && cols === 1 ? M.scalar(v) : null;
  if (!isList(v)) return null;
  const target = () => (into && into.rows === rows && into.cols === cols ? into : M.mat(rows, cols));
  if (v.length > 0 && isList(v[0])) {
    if (v.length !== rows) return null;
    const m = target();
    for (let i = 0; i < rows; i++) {
      const r = v[i];
      if (!isList(r) || r.length !== cols) return null;
      for (let j = 0; j < cols; j++) {
        const x = r[j];
        if (typeof x !== 'number') return null;
        m.data[i * cols + j] = x;
      }
    }
    return m;
  }
  if (cols !== 1 || v.length !== rows) return null;
  const m = target();
  for (let i = 0; i < rows; i++) {
    const x = v[i];
    if (typeof x !== 'number') return null;
    m.data[i] = x;
  }
  return m;
}

/**
 * Reads any value a function returned (a number, an array, rows of equal length) as a matrix, or
 * null when it is none of these.
 */
export function anyFromValue(v: unknown): Mat | null {
  const r = reprOfValue(v);
  if (!r) return null;
  if (r === 'scalar') return M.scalar(v as number);
  const list = v as ArrayLike<unknown>;
  if (r === 'column') return fromValue(v, list.length, 1);
  const first = list[0] as ArrayLike<unknown>;
  return fromValue(v, list.length, first.length);
}

/** One random point: sizes for the dimension letters and a value for every variable. */
export interface Point {
  dims: Record<string, number>;
  values: Record<string, Mat>;
}

/**
 * A point the user gives (`at`), read against the shapes: the sizes of the dimension letters are
 * read off the values (and must agree between variables), every value must be numbers of its
 * shape. `label` names the point in messages (`at[2]`).
 */
export function pointFromValues(spec: VarSpec, point: unknown, label: string): Point {
  if (typeof point !== 'object' || point === null || Array.isArray(point))
    throw new InputError(`${label} must be an object with a value for every variable, e.g. { ${Object.keys(spec.shapes).join(', ')} }`, 'shape');
  const given = point as Record<string, unknown>;
  const dims: Record<string, number> = {};
  const values: Record<string, Mat> = {};
  for (const [name, s] of Object.entries(spec.shapes)) {
    if (!(name in given)) throw new InputError(`${label}.${name} is missing: a point gives every variable of shape (${Object.keys(spec.shapes).join(', ')})`, 'shape');
    const v = anyFromValue(given[name]);
    if (!v || !M.allFinite(v)) throw new InputError(`${label}.${name} must be finite numbers of shape ${formatShape(s)}, got ${describeValue(given[name])}`, 'shape');
    // A column may be given as an array; a matrix as rows; a scalar as a number.
    const [r, c] = spec.repr[name] === 'column' && v.rows === 1 && v.cols > 1 ? [v.cols, 1] : [v.rows, v.cols];
    for (const [d, size] of [
      [s.rows, r],
      [s.cols, c],
    ] as const) {
      if (typeof d === 'number') {
        if (d !== size) throw new InputError(`${label}.${name} is ${r}x${c} but its shape is ${formatShape(s)}`, 'shape');
      } else if (dims[d] === undefined) dims[d] = size;
      else if (dims[d] !== size) throw new InputError(`${label}.${name} makes ${d} = ${size}, but another variable made it ${dims[d]}`, 'shape');
    }
    values[name] = fromValue(given[name], r, c) ?? M.mat(r, c, v.data);
    for (const k of spec.assume[name] ?? []) if (!ASSUMPTION_HOLDS[k](values[name])) throw new InputError(`${label}.${name} is not ${k}, which assume.${name} says every point is`, 'assume');
  }
  return { dims, values };
}

/** Sizes for the first evaluation: distinct for distinct letters and never 1 (as the expression checks do). */
export function probeDims(spec: VarSpec): Record<string, number> {
  return Object.fromEntries(spec.letters.map((l, i) => [l, 2 + i]));
}

/** Random points satisfying the assumptions: the oracle's own generators (properties/arbitraries). */
export function pointArbitrary(spec: VarSpec, maxDim = 4, constraints?: PointConstraints): fc.Arbitrary<Point> {
  if (!Number.isInteger(maxDim) || maxDim < 1) throw new InputError(`maxDim must be a whole number ≥ 1, got ${maxDim}`, 'shape');
  const dimArb = fc.record(Object.fromEntries(spec.letters.map((l) => [l, fc.integer({ min: 1, max: maxDim })])) as Record<string, fc.Arbitrary<number>>);
  return dimArb.chain((dims) => fc.record({ dims: fc.constant(dims), values: fc.record(valuesAt(spec, dims, constraints)) }));
}

/** The generators of every variable at the given sizes. */
export function valuesAt(spec: VarSpec, dims: Record<string, number>, constraints?: PointConstraints): Record<string, fc.Arbitrary<Mat>> {
  return Object.fromEntries(
    Object.entries(spec.shapes).map(([name, s]) => {
      const [r, c] = resolveShape(s, dims);
      return [name, matrixArbitrary(spec.assume[name] ?? [], r, c, constraints)];
    }),
  );
}

/**
 * The generator of one variable: the oracle's (forAssumptions), or for more than LARGE_ENTRIES
 * entries with no assumption but `positive` or `symmetric`, largeMatrix (drawn from one seed, in
 * the time of a loop). Other assumptions keep their constructions, made for small sizes (an spd
 * or orthogonal 1000×1000 matrix takes seconds to build).
 */
export function matrixArbitrary(kinds: readonly Assumption[], rows: number, cols: number, constraints?: PointConstraints): fc.Arbitrary<Mat> {
  const simple = kinds.every((k) => k === 'positive' || k === 'symmetric');
  if (rows * cols <= LARGE_ENTRIES || !simple || (constraints?.scale ?? 1) !== 1) return forAssumptions(kinds, rows, cols, constraints);
  return largeMatrix(rows, cols, { positive: kinds.includes('positive'), symmetric: kinds.includes('symmetric') });
}

/** A point of the curve W + t·V through a point, for {@link toVars}: variable `name` moved by t·V. */
export interface Along {
  name: string;
  t: number;
  V: Mat;
}

/**
 * The variables as JavaScript code holds them (fresh arrays). With `along`, that variable is
 * W + t·V, computed as it is copied (one pass over a large W instead of two).
 */
export function toVars(spec: VarSpec, values: Record<string, Mat>, along?: Along): Record<string, Value> {
  return Object.fromEntries(Object.entries(values).map(([k, m]) => [k, along && k === along.name && along.t !== 0 ? toValue(m, spec.repr[k]!, along) : toValue(m, spec.repr[k]!)]));
}

/** `W = [1 2; 3 4], x = [1; 2]` style text of a point, for messages (shape text when large). */
export function describePoint(values: Record<string, Mat>, format: (rows: number[][]) => string): string {
  return Object.entries(values)
    .map(([k, m]) => `${k} = ${m.data.length <= 16 ? format(M.toRows(m)) : `(${M.shapeText(m)})`}`)
    .join(', ');
}

export { formatShape, resolveShape };
