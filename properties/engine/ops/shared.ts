/** Helpers several operations share: argument checks, entrywise and matrix products with their bounds. */
import { alloc, need } from '../budget.js';
import * as M from '../matrix.js';
import type { Mat } from '../matrix.js';
import { abs, add, bounded, err, matmulBounded, round } from './rounding.js';
import type { Shape } from '../shapes.js';
import type { Domain, EvalContext, Op, OpCodes, OpDifferential, ShapeInput, Tex, TexKit, ValueFacts, VE } from './types.js';

export { alloc, need };

export const square = (m: Mat): boolean => m.rows === m.cols;

/** Requires a square argument: `fn needs a square matrix, got 2x3`. */
export function needSquare(x: Mat, fn: string, c: EvalContext): void {
  need(square(x), () => `${c.text}: ${fn} needs a square matrix, got ${M.shapeText(x)}`);
}

/** A whole number ≥ 0 given as a 1×1 argument (a size). */
export function intArg(m: Mat, fn: string, i: number): number {
  need(M.isScalar(m), () => `${fn}: argument ${i + 1} must be a number, not a ${M.shapeText(m)} matrix`);
  const v = m.data[0]!;
  need(Number.isInteger(v) && v >= 0, () => `${fn}: argument ${i + 1} must be a whole number ≥ 0, got ${v}`);
  return v;
}

/** The sizes of ones(m,n)/zeros(m,n): one argument is a column. */
export function sizeArgs(args: readonly VE[], fn: string): [number, number] {
  const r = intArg(args[0]!.v, fn, 0);
  const c = args.length > 1 ? intArg(args[1]!.v, fn, 1) : 1;
  return [r, c];
}

/**
 * An entrywise operation of two arguments of equal sizes (or one of them 1×1): checks the sizes,
 * accounts the work, and computes the value with `f` and, when asked, the bound with `bound`.
 */
export function entrywise(
  what: string,
  args: readonly VE[],
  c: EvalContext,
  f: (x: number, y: number) => number,
  bound: (a: VE, b: VE, v: Mat) => Mat,
  /** Runs once the sizes are checked (dotPow collects its exponent's move there). */
  checked?: () => void,
): VE {
  const [a, b] = args as [VE, VE];
  const x = a.v,
    y = b.v;
  need(
    M.broadcastable(x, y),
    () =>
      `${c.text}: cannot ${what} ${c.args[0]} (${M.shapeText(x)}) and ${c.args[1]} (${M.shapeText(y)}); the sizes must be equal, or 1 on one side (a scalar, a row 1xn or a column mx1 is broadcast against an mxn matrix)`,
  );
  checked?.();
  const rows = Math.max(x.rows, y.rows),
    cols = Math.max(x.cols, y.cols);
  alloc(c.budget, rows, cols, rows * cols, c);
  const v = M.zip(x, y, f);
  return c.bound ? { v, e: bound(a, b, v) } : { v };
}

/** The matrix product x·y (either may be 1×1), checked, accounted, with its bound when asked. */
export function product(x: VE, y: VE, c: EvalContext): VE {
  if (M.isScalar(x.v) || M.isScalar(y.v)) {
    const big = M.isScalar(x.v) ? y.v : x.v;
    alloc(c.budget, big.rows, big.cols, big.data.length, c);
  } else {
    need(
      x.v.cols === y.v.rows,
      () => `${c.text}: cannot multiply ${c.args[0]} (${M.shapeText(x.v)}) by ${c.args[1]} (${M.shapeText(y.v)}): ${x.v.cols} columns against ${y.v.rows} rows (a missing transpose?)`,
    );
    alloc(c.budget, x.v.rows, y.v.cols, x.v.rows * x.v.cols * y.v.cols, c);
  }
  if (c.bound) return matmulBounded(bounded(x), bounded(y));
  return { v: M.isScalar(x.v) || M.isScalar(y.v) ? M.zip(x.v, y.v, (p, q) => p * q) : M.matmul(x.v, y.v) };
}

/** The bound of an entrywise power x^y: |y x^(y−1)|ex + |x^y log|x||ey + u|v|. */
export function powerBound(a: VE, b: VE, v: Mat): Mat {
  const da = M.zip(a.v, b.v, (x, y) => Math.abs(y * x ** (y - 1)));
  const db = M.zip(a.v, b.v, (x, y) => (x === 0 ? 0 : Math.abs(x ** y * Math.log(Math.abs(x)))));
  const ea = M.zip(da, err(a), (x, y) => (y === 0 ? 0 : x * y));
  const eb = M.zip(db, err(b), (x, y) => (y === 0 ? 0 : x * y));
  return add(ea, eb, round(v));
}

/** y·log|x|, the argument of exp in x^y = exp(y·log|x|) (0 where it is not finite, at x = 0). */
export function logPowerArgument(x: Mat, y: Mat): Mat {
  return M.zip(x, y, (p, q) => {
    const v = q * Math.log(Math.abs(p));
    return Number.isFinite(v) ? v : 0;
  });
}

/** The fields of an elementwise function f of one argument. */
export interface ElementwiseSpec {
  name: string;
  f: (x: number) => number;
  /** |f'(x)|, given x and v = f(x), for the bound |f'(x)|·ex + 2u|v| (the library's f is within an ulp or so). */
  deriv: (x: number, v: number) => number;
  smooth: boolean;
  scale: Op['scale'];
  tex: (x: Tex, k: TexKit) => Tex;
  differential: OpDifferential;
  /** The Python callable of the bench's PyTorch translation. */
  torch: string;
  /** Its code in each target of `mcv derive --emit` (helpers in ops/code.ts). */
  code: OpCodes;
  /** Where it is defined and smooth; `entry` is the test for one entry. */
  domain: Domain;
  /** f in mathjs's syntax of x, evaluated with 60-digit numbers by the loop test (ops.test.ts) to measure the rounding the bound must cover. */
  reference: string;
  /** The library's f is within this many units of roundoff of |f(x)| (2 unless a composite formula costs more). */
  ulps?: number;
  /** What the simplifier may use about its value (Op.facts). */
  facts?: ValueFacts;
}

/** x / y folded only when exact and whole (6/3 = 2; 7/2 is kept as written). */
export const exactQuotient = (x: number, y: number): number | null => (y !== 0 && Number.isInteger(x / y) ? x / y : null);

/** x^y folded only for a whole exponent 0..8 (2^3 = 8; 2^0.5 and 2^100 are kept as written). */
export const smallPower = (x: number, y: number): number | null => (Number.isInteger(y) && y >= 0 && y <= 8 ? x ** y : null);

/** An elementwise function: value, bound, LaTeX and differential from its spec. */
export function elementwise(s: ElementwiseSpec): Op {
  return {
    name: s.name,
    syntax: [`${s.name}(X)`],
    form: 'function',
    arity: [1, 1],
    doc: `elementwise ${s.name}`,
    elementwise: true,
    smooth: s.smooth,
    scale: s.scale,
    evaluate: ([x], c) => {
      alloc(c.budget, x!.v.rows, x!.v.cols, x!.v.data.length, c);
      const fx = M.map(x!.v, s.f);
      if (!c.bound) return { v: fx };
      const d = M.zip(x!.v, fx, s.deriv);
      return {
        v: fx,
        e: add(
          M.zip(d, err(x!), (p, q) => (q === 0 ? 0 : p * q)),
          round(fx, s.ulps ?? 2),
        ),
      };
    },
    tex: ([x], _nodes, k) => s.tex(x!, k),
    differential: s.differential,
    shape: sameShape,
    linearity: 'nonlinear',
    printing: CALL,
    torch: s.torch,
    code: s.code,
    domain: s.domain,
    reference: s.reference,
    ...(s.facts ? { facts: s.facts } : {}),
  };
}

export { abs };

/** Printed as a call, name(args). */
export const CALL = { form: 'call' } as const;

/** The shape rule of an operation whose value has its (first) argument's shape. */
export const sameShape = ([x]: readonly Shape[]): Shape => x!;

/** The shape rule of a scalar-valued operation (trace, det, sum, norm, …). */
export const scalarShape = (): Shape => ({ rows: 1, cols: 1 });

const isScalarShape = (s: Shape): boolean => s.rows === 1 && s.cols === 1;

/**
 * The shape rule of an entrywise operation of two arguments (+ − .* ./ .^ and two-argument
 * max/min), broadcast as NumPy and MATLAB do: each size equal, or 1 on one side (a scalar, a row
 * 1×n or a column m×1 against an m×n matrix).
 */
export function entrywiseShape([x, y]: readonly Shape[], c: ShapeInput): Shape {
  if (isScalarShape(x!)) return y!;
  if (isScalarShape(y!)) return x!;
  const size = (a: Shape['rows'], b: Shape['rows']) => (a === b || b === 1 ? a : a === 1 ? b : c.bad(c.text));
  return { rows: size(x!.rows, y!.rows), cols: size(x!.cols, y!.cols) };
}
