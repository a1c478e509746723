/**
 * `matrix-calculus-verified/arbitraries`: the oracle's generators as fast-check arbitraries for
 * your own properties. Each draws a matrix that satisfies its assumption by construction (nothing
 * is filtered), as `number[][]` (rows), with entries that read well in a counterexample and shrink
 * towards small numbers.
 *
 * ```ts
 * import fc from 'fast-check';
 * import { spdMatrix } from 'matrix-calculus-verified/arbitraries';
 * fc.assert(fc.property(spdMatrix(3, { condition: 1e6 }), (A) => choleskySucceeds(A)));
 * ```
 * The arbitraries are built with the fast-check your project installs (a dependency of this
 * package, deduplicated by npm), so they mix with your own.
 */
import type fc from 'fast-check';
import { InputError } from '../engine/errors.js';
import { MAX_DIM, ASSUMPTIONS, type Assumption } from '../engine/shapes.js';
import * as M from '../engine/matrix.js';
import type { Mat } from '../engine/matrix.js';
import { denseMatrix as denseM } from '../oracle/arbitraries/denseMatrix.js';
import { diagonalMatrix as diagonalM } from '../oracle/arbitraries/diagonalMatrix.js';
import { forAssumptions } from '../oracle/arbitraries/forAssumptions.js';
import { invertibleMatrix as invertibleM } from '../oracle/arbitraries/invertibleMatrix.js';
import { onehotMatrix as onehotM } from '../oracle/arbitraries/onehotMatrix.js';
import { orthogonalMatrix as orthogonalM } from '../oracle/arbitraries/orthogonalMatrix.js';
import { positiveMatrix as positiveM } from '../oracle/arbitraries/positiveMatrix.js';
import { spdMatrix as spdM } from '../oracle/arbitraries/spdMatrix.js';
import { symmetricMatrix as symmetricM } from '../oracle/arbitraries/symmetricMatrix.js';
import { parseVarSpec, pointArbitrary, toVars, type Assume, type Shapes, type Vars } from '../oracle/vars.js';

export { ASSUMPTIONS, type Assumption };
export type { Shapes, Vars, Assume, ValueOfShape } from '../oracle/vars.js';

/** Options shared by the generators with free entries. */
export interface EntryOptions {
  /** Largest entry magnitude. @defaultValue 5 (2 for the factors of spd and orthogonal matrices) */
  max?: number;
}

const rows = (arb: fc.Arbitrary<Mat>): fc.Arbitrary<number[][]> => arb.map(M.toRows);

function size(v: unknown, what: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > MAX_DIM) throw new InputError(`${what} must be a whole number from 1 to ${MAX_DIM}, got ${String(v)}`, 'shape');
  return v;
}

function condition(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'number' || !(v >= 1) || !Number.isFinite(v)) throw new InputError(`condition must be a number ≥ 1 (the exact 2-norm condition number), got ${String(v)}`, 'assume');
  return v;
}

function entries<T extends EntryOptions>(o: T | undefined): T {
  if (o?.max !== undefined && !(typeof o.max === 'number' && o.max > 0 && Number.isFinite(o.max)))
    throw new InputError(`max must be a positive number (the largest entry magnitude), got ${String(o.max)}`, 'shape');
  return (o ?? {}) as T;
}

/** A rows×cols matrix with independent entries, multiples of 1/4 in [-max, max]. */
export function denseMatrix(rowCount: number, cols: number, options?: EntryOptions): fc.Arbitrary<number[][]> {
  return rows(denseM(size(rowCount, 'rows'), size(cols, 'cols'), entries(options)));
}

/** A symmetric n×n matrix (X = Xᵀ exactly). */
export function symmetricMatrix(n: number, options?: EntryOptions & { positive?: boolean }): fc.Arbitrary<number[][]> {
  return rows(symmetricM(size(n, 'n'), entries(options)));
}

/**
 * A symmetric positive definite n×n matrix: BᵀB + m·I with m ≥ 1 by default (eigenvalues ≥ 1,
 * well conditioned), or, with `condition`, Q·diag(λ)·Qᵀ with exactly that condition number.
 */
export function spdMatrix(n: number, options?: EntryOptions & { positive?: boolean; condition?: number }): fc.Arbitrary<number[][]> {
  const o = entries(options);
  return rows(spdM(size(n, 'n'), { ...o, condition: condition(o.condition) }));
}

/**
 * An invertible n×n matrix: strictly diagonally dominant by default (condition number below
 * ~50, determinant of either sign), or, with `condition`, U·diag(±σ)·Vᵀ with exactly that
 * 2-norm condition number. `symmetric` and `positive` (every entry > 0) may be added.
 */
export function invertibleMatrix(n: number, options?: EntryOptions & { condition?: number; symmetric?: boolean; positive?: boolean }): fc.Arbitrary<number[][]> {
  const o = entries(options);
  return rows(invertibleM(size(n, 'n'), { ...o, condition: condition(o.condition) }));
}

/** An orthogonal n×n matrix (XᵀX = I to working precision): the Cayley transform of a skew matrix. */
export function orthogonalMatrix(n: number): fc.Arbitrary<number[][]> {
  return rows(orthogonalM(size(n, 'n')));
}

/** A diagonal n×n matrix whose diagonal entries are any, nonzero or positive. */
export function diagonalMatrix(n: number, options?: EntryOptions & { entries?: 'any' | 'nonzero' | 'positive' }): fc.Arbitrary<number[][]> {
  const o = entries(options);
  if (o.entries !== undefined && !['any', 'nonzero', 'positive'].includes(o.entries)) throw new InputError(`entries must be 'any', 'nonzero' or 'positive', got ${String(o.entries)}`, 'assume');
  return rows(diagonalM(size(n, 'n'), o));
}

/** A rows×cols matrix with every entry > 0 (at least 1/4, so logs and square roots stay tame). */
export function positiveMatrix(rowCount: number, cols: number, options?: EntryOptions): fc.Arbitrary<number[][]> {
  return rows(positiveM(size(rowCount, 'rows'), size(cols, 'cols'), entries(options)));
}

/** A rows×cols matrix whose every column is one-hot (a single 1, zeros elsewhere). */
export function onehotMatrix(rowCount: number, cols: number): fc.Arbitrary<number[][]> {
  return rows(onehotM(size(rowCount, 'rows'), size(cols, 'cols')));
}

/**
 * A matrix carrying every assumption in `assume` (`'spd'`, `['symmetric', 'invertible']`, …: any
 * combination `mcv --assume` accepts), as the checks draw it. `condition` sets the exact condition
 * number of invertible and spd matrices; `scale` multiplies every entry (not of one-hot or
 * orthogonal ones).
 */
export function matrixWith(
  assume: Assumption | readonly Assumption[] | string,
  rowCount: number,
  cols: number = rowCount,
  options: { condition?: number; scale?: number } = {},
): fc.Arbitrary<number[][]> {
  const r = size(rowCount, 'rows'),
    c = size(cols, 'cols');
  const spec = parseVarSpec({ X: `${r}x${c}` }, { X: typeof assume === 'string' ? assume : [...assume] });
  if (options.scale !== undefined && !(typeof options.scale === 'number' && Number.isFinite(options.scale) && options.scale !== 0))
    throw new InputError(`scale must be a finite nonzero number, got ${String(options.scale)}`, 'assume');
  return rows(forAssumptions(spec.assume.X ?? [], r, c, { condition: condition(options.condition), scale: options.scale }));
}

/**
 * Values for every variable of `shape`, as checkFunctionGradient draws them and hands them to f:
 * a matrix `mxn` as number[][], a column `n` as number[], a scalar `1` as a number. Dimension
 * letters are drawn from 1 to maxDim (default 4), the same letter the same size.
 */
export function variables<const S extends Shapes>(options: { shape: S; assume?: Assume<S>; maxDim?: number }): fc.Arbitrary<Vars<S>> {
  const spec = parseVarSpec(options.shape, options.assume);
  return pointArbitrary(spec, options.maxDim ?? 4).map((p) => toVars(spec, p.values) as Vars<S>);
}
