/**
 * The oracle: one claim (a gradient, a differential, a Hessian or an identity) checked by a fast-check
 * property over random dimensions, random points satisfying the assumptions and random
 * directions. Used by the rule tests, `mcv`, the site and the benchmark alike.
 */
import fc from 'fast-check';
import { InputError, LimitError, ShapeError, TimeLimitError } from '../engine/errors.js';
import { CONSTANTS, compile, newBudget, type Expr, type Scope } from '../engine/expr.js';
import { directionalDerivative, mixedSecondDerivative } from '../engine/fd.js';
import * as M from '../engine/matrix.js';
import type { Mat } from '../engine/matrix.js';
import { checkAssumptions, parseAssumption, parseShape, resolveShape, shapeLetters, formatShape, type Assumption, type Shape } from '../engine/shapes.js';
import { denseMatrix } from './arbitraries/denseMatrix.js';
import { assumptionError, forAssumptions, type PointConstraints } from './arbitraries/forAssumptions.js';
import { FIRST_STEP, SECOND_STEP, SECOND_STEP_CAP, U, tolerance } from './tolerance.js';
import { evaluateWithBound } from '../engine/bounds.js';
import { completeClaimShapes } from './inferClaim.js';
import { jacobianMap } from './jacobian.js';
import { hasKinkOperations, kinkNote } from './kinks.js';
import { differenceNote } from './readable.js';
import { entriesToTrace, symmetricMode, symmetrize, type SymmetricMode } from './symmetric.js';
import { currentDeadline, runCases, withDeadline } from './runner.js';

export type Kind = 'gradient' | 'differential' | 'identity' | 'hessian' | 'jacobian';

/** A claim as a user states it (the CLI's arguments, a rule object's fields). */
export interface ClaimInput {
  kind: Kind;
  /** gradient, hessian: scalar f; differential: F; identity: the left side. */
  expr: string;
  /**
   * gradient: G; differential: dF written with dW, dV, …; identity: the right side; hessian: H,
   * either the map H[dW] written with dW (W's shape) or, for a scalar or column W of length n, the
   * n×n matrix with H[dW] = H*dW; jacobian: J with d vec F = J d vec W (numerator layout).
   */
  claim: string;
  /** The variables differentiated: exactly one for a gradient or a Hessian, one or more for a differential. */
  wrt?: readonly string[];
  /** hessian only: the gradient of f, when known; H is then also checked as its differential. */
  gradient?: string;
  /** Shape of every variable: `3x4`, `mxn`, `n`, `1`; the ones missing are inferred from use (engine/infer.ts). */
  shapes: Readonly<Record<string, string>>;
  /** Assumptions per variable. */
  assume?: Readonly<Record<string, string | readonly string[]>>;
  /** `symmetric`: only symmetric directions dW (the gradient within the symmetric matrices; see symmetric.ts). @defaultValue 'all' */
  directions?: 'all' | 'symmetric';
  /** `entries`: G (or H) is the derivative with respect to the independent entries of a symmetric W (see symmetric.ts). @defaultValue 'trace' */
  convention?: 'trace' | 'entries';
}

/** Options of a check. */
export interface CheckOptions {
  /** Random cases. @defaultValue 100 */
  cases?: number;
  /** Seed of every random choice; drawn (and reported) when absent. */
  seed?: number;
  /** Largest value drawn for a symbolic dimension. @defaultValue 4 */
  maxDim?: number;
  /** Give up (InputError) after this long. @defaultValue 10000 */
  timeLimitMs?: number;
  /** Stress options for the generated points (condition number, scale). */
  point?: PointConstraints;
  /** Shrink a refutation to a small counterexample. @defaultValue true */
  shrink?: boolean;
  /** Candidates tried while shrinking, at most: a count, never a time, so a seed always gives the same counterexample. @defaultValue 1000 */
  maxShrinks?: number;
}

/** Where two numbers disagree, in a form the CLI and the site print. */
export interface Counterexample {
  /** Sizes drawn for the symbolic dimensions. */
  dims: Record<string, number>;
  /** The point: every variable's value, as rows. */
  values: Record<string, number[][]>;
  /** The direction (gradient, differential; for a Hessian the V of H[V]). */
  direction?: Record<string, number[][]>;
  /** hessian: the second direction, U of Tr(Uᵀ H[V]), printed as dW₂. */
  direction2?: Record<string, number[][]>;
  /** What the two sides are, e.g. "finite difference of f along dX" and "Tr(Gᵀ dX)". */
  labels: [string, string];
  /** The two numbers that disagree (absent when the claim's shape is what is wrong). */
  expected?: number;
  actual?: number;
  /** For matrix-valued comparisons: the entry (1-based row, column) where they disagree most. */
  entry?: [number, number];
  error?: number;
  tolerance?: number;
  /** One line for people. */
  message: string;
}

/** The answer of a check: the fields of `mcv --json`. */
export interface Evidence {
  verdict: 'verified' | 'refuted';
  /** Cases that passed (all requested ones when verified). */
  cases: number;
  /** Cases skipped because f or the claim was not finite there. */
  discarded: number;
  seed: number;
  /** Largest |error| / tolerance over the cases that passed (≤ 1). */
  maxError: number;
  /**
   * Why it is refuted, in one line. For a check of JavaScript functions, the line and then the
   * shrunk counterexample in one block (so that `expect(ev.verdict, ev.reason)` shows it); a
   * verified function check with discarded cases says here how many and why.
   */
  reason?: string;
  counterexample?: Counterexample;
  /** fast-check's replay path of the counterexample. */
  path?: string;
  /** Every variable's shape, present when some were inferred rather than given. */
  shapes?: Record<string, string>;
}

/** A claim parsed and checked, ready to be evaluated on cases. */
/** @internal */
export interface Problem {
  kind: Kind;
  expr: Expr;
  claim: Expr;
  wrt: string[];
  shapes: Record<string, Shape>;
  assume: Record<string, Assumption[]>;
  letters: string[];
  /** Labels of the two expressions in messages (`f`, `G`, …). */
  names: [string, string];
  /** hessian: how the claim is written, the map H[dW] or the matrix H (H[dW] = H*dW). */
  form?: 'map' | 'matrix';
  /** hessian: the claim as a map of dW (the claim itself in map form, H*dW in matrix form). */
  hmap?: Expr;
  /** hessian: the gradient given with --gradient, if any. */
  gradient?: Expr;
  /** Every variable's shape as text, when some were inferred (engine/infer.ts). */
  inferred?: Record<string, string>;
  /** Symmetric directions and the claim's convention, when not the unrestricted trace sense (symmetric.ts). */
  symmetric?: SymmetricMode;
}

/** One random case. */
/** @internal */
export interface Case {
  dims: Record<string, number>;
  values: Record<string, Mat>;
  direction: Record<string, Mat>;
  /** hessian: the second, independent direction (U of Tr(Uᵀ H[V])). */
  direction2?: Record<string, Mat>;
}

const NAMES: Record<Kind, [string, string]> = { gradient: ['f', 'G'], differential: ['F', 'dF'], identity: ['lhs', 'rhs'], hessian: ['f', 'H'], jacobian: ['F', 'J'] };
const FIELDS = { gradient: ['f', 'claim'], differential: ['f', 'claim'], identity: ['lhs', 'rhs'], hessian: ['f', 'claim'], jacobian: ['f', 'claim'] } as const;

/** Parses and validates a claim; every mistake a user can make becomes an InputError. */
/** @internal */
export function prepare(claimInput: ClaimInput): Problem {
  // The shapes not given are inferred from use; a given --shape always wins.
  const completed = completeClaimShapes(claimInput);
  const input = { ...claimInput, shapes: completed.shapes };
  const { kind } = input;
  const shapes: Record<string, Shape> = {};
  for (const [name, text] of Object.entries(input.shapes)) {
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new InputError(`--shape ${name}=${text}: "${name}" is not a variable name (letters, digits, _; starting with a letter)`, 'shape');
    if (name in CONSTANTS)
      throw new InputError(
        `--shape ${name}=${text}: "${name}" is the constant ${name} = ${CONSTANTS[name]!.toFixed(6)}… in mcv's syntax, not a variable; give your variable another name (e.g. eps)`,
        'shape',
      );
    shapes[name] = parseShape(text, name);
  }
  const letters = [...new Set(Object.values(shapes).flatMap(shapeLetters))].sort();
  for (const l of letters) if (l in shapes) throw new InputError(`"${l}" is both a variable and a dimension letter in a shape; rename one of them`, 'shape');
  const assume: Record<string, Assumption[]> = {};
  for (const [name, kinds] of Object.entries(input.assume ?? {})) {
    // `e` and `pi` are constants in mcv's syntax (e = 2.718…): a variable so named is read as the constant.
    if (!(name in shapes) && name in CONSTANTS)
      throw new InputError(
        `--assume ${name}=…: "${name}" is the constant ${name} = ${CONSTANTS[name]!.toFixed(6)}… in mcv's syntax, not a variable; give your variable another name (e.g. eps)`,
        'assume',
      );
    if (!(name in shapes)) throw new InputError(`--assume ${name}=…: "${name}" has no --shape; declare it first, e.g. --shape ${name}=nxn`, 'assume');
    const list = (typeof kinds === 'string' ? kinds.split(',') : [...kinds]).map((k) => parseAssumption(k, name));
    checkAssumptions(name, shapes[name]!, list);
    assume[name] = [...new Set(list)];
  }
  const wrt = [...(input.wrt ?? [])];
  if (kind !== 'identity') {
    if (wrt.length === 0) throw new InputError(`--wrt is missing: name the variable to differentiate, e.g. --wrt X`, 'wrt');
    if (kind === 'gradient' && wrt.length > 1) throw new InputError(`--wrt: a gradient is taken with respect to one variable, got ${wrt.join(',')}; use \`differential\` for several`, 'wrt');
    if (kind === 'hessian' && wrt.length > 1) throw new InputError(`--wrt: a Hessian is taken with respect to one variable, got ${wrt.join(',')}`, 'wrt');
    if (kind === 'jacobian' && wrt.length > 1) throw new InputError(`--wrt: a Jacobian is taken with respect to one variable, got ${wrt.join(',')}`, 'wrt');
    for (const w of wrt) if (!(w in shapes)) throw new InputError(`--wrt ${w} names no variable; the variables are ${Object.keys(shapes).join(', ') || 'none (declare them with --shape)'}`, 'wrt');
    if (new Set(wrt).size !== wrt.length) throw new InputError(`--wrt names a variable twice: ${wrt.join(',')}`, 'wrt');
  }
  const known = new Set([...Object.keys(shapes), ...letters]);
  const dims = new Set(letters);
  const [f1, f2] = FIELDS[kind];
  const expr = compile(input.expr, { field: f1, known, dims });
  const claimKnown = new Set(known);
  if (input.gradient !== undefined && kind !== 'hessian') throw new InputError(`--gradient is only for \`hessian\``, 'gradient');
  if (kind === 'differential' || kind === 'hessian')
    for (const w of wrt) {
      if (known.has(`d${w}`)) throw new InputError(`"d${w}" is the direction of ${w} in the claim, so no variable may have that name`, 'shape');
      claimKnown.add(`d${w}`);
    }
  const claim = compile(input.claim, { field: f2, known: claimKnown, dims });
  const inferred = completed.inferred.length ? { inferred: completed.shapes } : {};
  const sym = symmetricMode(input, kind, wrt, shapes, assume);
  const problem: Problem = { kind, expr, claim, wrt, shapes, assume, letters, names: NAMES[kind], ...inferred, ...(sym ? { symmetric: sym } : {}) };
  // A Jacobian J is checked as the differential J·vec(dW) of F (properties/oracle/jacobian.ts).
  if (kind === 'jacobian') return { ...problem, kind: 'differential', claim: jacobianMap(claim, expr, wrt[0]!) };
  if (kind !== 'hessian') return problem;
  return { ...problem, ...hessianParts(input, claim, wrt[0]!, shapes, known, dims) };
}

/**
 * The Hessian's two readings of the claim: a claim that uses dW is the map H[dW] itself; one that
 * does not is the n×n matrix of a scalar or column W, with H[dW] = H*dW. And the gradient, if given.
 */
function hessianParts(input: ClaimInput, claim: Expr, w: string, shapes: Record<string, Shape>, known: Set<string>, dims: Set<string>): Pick<Problem, 'form' | 'hmap' | 'gradient'> {
  const dW = `d${w}`;
  const gradient = input.gradient === undefined ? undefined : compile(input.gradient, { field: 'gradient', known, dims });
  if (claim.variables.has(dW)) return { form: 'map', hmap: claim, gradient };
  const s = shapes[w]!;
  if (s.cols !== 1)
    throw new InputError(
      `claim: H does not use ${dW}, so it reads as the matrix with H[${dW}] = H*${dW}, which needs ${w} to be a scalar or a column (${w} is ${formatShape(s)}); for a matrix ${w} write the map H[${dW}] with ${dW}, e.g. "-(inv(${w})*${dW}*inv(${w}))'" for logdet(${w})`,
      'claim',
    );
  const hmap = compile(`(${claim.node.toString()})*${dW}`, { field: 'claim', known: new Set([...known, dW]), dims });
  return { form: 'matrix', hmap, gradient };
}

/** The random cases of a check (exported for the benchmark, which feeds the same points to PyTorch's gradcheck). @internal */
export function arbitraryCase(p: Problem, opts: CheckOptions): fc.Arbitrary<Case> {
  const maxDim = opts.maxDim ?? 4;
  const dimArb = fc.record(Object.fromEntries(p.letters.map((l) => [l, fc.integer({ min: 1, max: maxDim })])) as Record<string, fc.Arbitrary<number>>);
  return dimArb.chain((dims) => {
    const values = Object.fromEntries(
      Object.entries(p.shapes).map(([name, s]) => {
        const [r, c] = resolveShape(s, dims);
        return [name, forAssumptions(p.assume[name] ?? [], r, c, opts.point)];
      }),
    );
    const direction = Object.fromEntries(
      p.wrt.map((w) => {
        const [r, c] = resolveShape(p.shapes[w]!, dims);
        // Symmetric directions only (--directions symmetric): the symmetric part of a dense draw.
        const d = p.symmetric ? denseMatrix(r, c).map(symmetrize) : denseMatrix(r, c);
        const s = opts.point?.scale ?? 1;
        return [w, s === 1 ? d : d.map((m) => M.scale(m, s))];
      }),
    );
    // A Hessian needs a second direction drawn independently of the first: along one direction
    // only, vᵀ(2A)v = vᵀ(A + Aᵀ)v, and 2A would pass as the Hessian of xᵀAx.
    const direction2 = p.kind === 'hessian' ? { direction2: fc.record(direction) } : {};
    return fc.record({
      dims: fc.constant(dims),
      values: fc.record(values),
      direction: fc.record(direction),
      ...direction2,
    }) as fc.Arbitrary<Case>;
  });
}

/** Sizes for the first evaluation: distinct for distinct letters and never 1, so that a product that only works when two sizes happen to agree, or through 1x1 broadcasting, is caught. */
function probeDims(p: Problem): Record<string, number> {
  return Object.fromEntries(p.letters.map((l, i) => [l, 2 + i]));
}

function scopeOf(c: Pick<Case, 'dims' | 'values'>, extra: Record<string, Mat> = {}): Scope {
  const s: Record<string, Mat> = { ...c.values, ...extra };
  for (const [k, v] of Object.entries(c.dims)) s[k] = M.scalar(v);
  return s;
}

const rows = (o: Record<string, Mat>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, M.toRows(v)]));

type Outcome = { kind: 'pass'; ratio: number } | { kind: 'discard' } | { kind: 'fail'; reason: string; counterexample: Counterexample };

/** The work budget of one evaluation, stopping at the runner's deadline (none while shrinking). */
const budget = () => newBudget(undefined, currentDeadline());

/**
 * Evaluates `e`; a shape error or a non-finite value reads as null. With `scaled`, the arguments
 * of exp, sin, softmax, … are collected there (see {@link stepFor}).
 */
function tryEval(e: Expr, scope: Scope, scaled?: Mat[]): Mat | null {
  try {
    const b = budget();
    if (scaled) b.scaled = scaled;
    const v = e.evaluate(scope, b);
    return M.allFinite(v) ? v : null;
  } catch (err) {
    if (err instanceof ShapeError) return null;
    throw err;
  }
}

/**
 * The first finite-difference step along the case's direction. Relative to the inputs: FIRST_STEP
 * times the ratio of the point's norm to the direction's, which suits scale-free functions at any
 * scale. When f applies a function with a unit of length of its own (exp, sin, softmax, …: see
 * `scale: 'own'` in engine/ops/), the step is also shrunk until no argument of those functions moves by
 * more than FIRST_STEP: at inputs of size 1e6 a relative step would move sin's argument by
 * thousands of periods, and softmax's across every switch between components. `at0` holds those
 * arguments at the point, from the evaluation of f there.
 */
function stepFor(p: Problem, c: Case, scope: Scope, at0: readonly Mat[], first = FIRST_STEP, cap = first): number {
  let fallback = 0;
  for (const v of Object.values(c.values)) fallback = Math.max(fallback, M.frobenius(v));
  let h = Infinity;
  for (const w of p.wrt) {
    const vn = M.frobenius(c.direction[w]!);
    if (vn === 0) continue;
    const wn = M.frobenius(c.values[w]!) || fallback || 1;
    h = Math.min(h, (first * wn) / vn);
  }
  if (!Number.isFinite(h)) return first;
  if (!p.expr.scaled) return h;
  // The arguments are not linear in t, so the estimate of their move is refined a few times.
  for (let i = 0; i < STEP_REFINEMENTS; i++) {
    const moved: Record<string, Mat> = { ...scope };
    for (const w of p.wrt) moved[w] = M.axpy(c.values[w]!, h, c.direction[w]!);
    const at: Mat[] = [];
    if (!tryEval(p.expr, moved, at) || at.length !== at0.length) return h;
    let move = 0;
    at.forEach((a, k) => {
      if (a.data.length === at0[k]!.data.length) a.data.forEach((x, j) => (move = Math.max(move, Math.abs(x - at0[k]!.data[j]!))));
    });
    if (!(move > cap)) return h;
    h *= (0.9 * cap) / move;
  }
  return h;
}

/** Times the step of a function of exp, sin, … is re-measured (each costs one evaluation of f). */
const STEP_REFINEMENTS = 4;

function shapeMismatch(p: Problem, got: Mat, want: [number, number], what: string): string {
  const hint = got.rows === want[1] && got.cols === want[0] ? ' (a missing transpose?)' : '';
  return `${p.names[1]} is ${M.shapeText(got)} but ${what} is ${want[0]}x${want[1]}${hint}`;
}

/** Value and running error bound of an expression; null where it is not finite. */
function withBound(e: Expr, scope: Scope, inputErrors?: Record<string, Mat>): { v: Mat; e: Mat } | null {
  const r = evaluateWithBound(e, scope, inputErrors);
  return M.allFinite(r.v) && M.allFinite(r.e) ? r : null;
}

/**
 * A value drawn under an assumption it can only have to rounding (an orthogonal Q) stands for the
 * exact matrix within its measured defect: both sides of every kind of claim carry that input error.
 */
function assumedErrors(p: Problem, c: Pick<Case, 'values'>): Record<string, Mat> {
  const assumed: Record<string, Mat> = {};
  for (const [name, kinds] of Object.entries(p.assume)) {
    const e = assumptionError(kinds, c.values[name]!);
    if (e) assumed[name] = e;
  }
  return assumed;
}

/** The input errors of f on a curve: the assumptions' defects plus the rounding of W + tV for each variable moved. */
function withCurveErrors(assumed: Record<string, Mat>, onCurve: Record<string, Mat>): Record<string, Mat> {
  const errors: Record<string, Mat> = { ...assumed };
  for (const [w, e] of Object.entries(onCurve)) errors[w] = assumed[w] ? M.zip(e, assumed[w]!, (x, y) => x + y) : e;
  return errors;
}

/**
 * A claim in the independent-entries convention, with its error bound, as the trace-sense claim it
 * amounts to along symmetric directions, (C + C∘I)/2 (exact: see symmetric.ts). Identity otherwise.
 */
function asTraceSense(p: Problem, b: { v: Mat; e: Mat } | null): { v: Mat; e: Mat } | null {
  if (!b || p.symmetric?.convention !== 'entries' || (p.kind !== 'gradient' && p.kind !== 'hessian')) return b;
  return { v: entriesToTrace(b.v), e: entriesToTrace(b.e) };
}

function fail(base: Pick<Counterexample, 'dims' | 'values' | 'direction'>, message: string, more: Partial<Counterexample> = {}): Outcome {
  // The relative difference and its multiple of the tolerance, so a small real difference is not taken for rounding.
  const note = differenceNote(more);
  if (note && !message.includes(note)) message = `${message} (${note})`;
  return { kind: 'fail', reason: message, counterexample: { ...base, labels: ['', ''], ...more, message } };
}

/**
 * What a case costs for f alone, whatever the claim: f at the point, the step, f's error bound on
 * the curve and the finite difference along the case's direction. Claims that differentiate the
 * same f along the same direction at the same point (a derivation's first line of df and its
 * gradient, checked together by {@link checkClaimsTogether}) compute it once.
 */
interface CurveWork {
  fx?: Mat | null;
  scaledAt0?: Mat[];
  h0?: number;
  exprB?: { v: Mat; e: Mat } | null;
  fd?: ReturnType<typeof directionalDerivative>;
}
/**
 * What the claims evaluated on one case share: per f (and variables moved) its {@link CurveWork};
 * per expression text, its value and its error bound at the point (an identity's sides).
 */
interface CaseMemo {
  curves: Map<string, CurveWork>;
  values: Map<string, { value?: Mat | ShapeError; bound?: { v: Mat; e: Mat } | null }>;
}

/**
 * `e` at the point, once per case, with its error bound in the same pass (the value is the one
 * the bound is about, as in withBound); a ShapeError is remembered and thrown again.
 */
function valueAt(at: CaseMemo['values'], e: Expr, scope: Scope, assumed: () => Record<string, Mat>): Mat {
  const m = at.get(e.source) ?? {};
  at.set(e.source, m);
  if (m.value === undefined) {
    try {
      const r = e.evaluateWithBound(scope, assumed(), budget());
      m.value = r.v;
      m.bound = M.allFinite(r.v) && M.allFinite(r.e) ? r : null;
    } catch (err) {
      if (!(err instanceof ShapeError)) throw err;
      m.value = err;
    }
  }
  if (m.value instanceof ShapeError) throw m.value;
  return m.value;
}

/** As {@link tryEval} (null where it fails by shape or is not finite), once per case. */
function finiteAt(at: CaseMemo['values'], e: Expr, scope: Scope, assumed: () => Record<string, Mat>): Mat | null {
  try {
    const v = valueAt(at, e, scope, assumed);
    return M.allFinite(v) ? v : null;
  } catch (err) {
    if (err instanceof ShapeError) return null;
    throw err;
  }
}

/** As {@link withBound} with the assumptions' input errors, once per case (computed with the value by {@link valueAt}). */
function boundAt(at: CaseMemo['values'], e: Expr, scope: Scope, assumed: Record<string, Mat>): { v: Mat; e: Mat } | null {
  const m = at.get(e.source) ?? {};
  at.set(e.source, m);
  if (m.bound === undefined) m.bound = withBound(e, scope, assumed);
  return m.bound;
}

/** Evaluates one case. Exported for the derivation checker and the benchmark. `memo`: what claims checked on the same case share ({@link CaseMemo}). */
/** @internal */
export function evaluateCase(p: Problem, c: Case, memo?: CaseMemo): Outcome {
  if (p.kind === 'hessian') return evaluateHessianCase(p, c);
  const scope = scopeOf(c);
  const claimScope: Record<string, Mat> = { ...scope };
  if (p.kind === 'differential') for (const w of p.wrt) claimScope[`d${w}`] = c.direction[w]!;
  // The point as rows, for a counterexample only (most cases pass).
  const base = () => ({ dims: c.dims, values: rows(c.values), ...(p.kind === 'identity' ? {} : { direction: rows(c.direction) }) });
  // The claim is on trial: a shape error in it refutes it.
  // An identity's two sides are values at the point: a line of a derivation is the right side of
  // one identity and the left side of the next, evaluated once per case when checked together.
  const sides = memo && p.kind === 'identity' && !p.symmetric ? memo.values : undefined;
  const assumedAt = () => assumedErrors(p, c);
  let claimed: Mat;
  try {
    claimed = sides ? valueAt(sides, p.claim, claimScope, assumedAt) : p.claim.evaluate(claimScope, budget());
  } catch (err) {
    if (err instanceof ShapeError) return fail(base(), err.message);
    throw err;
  }
  // Shared only by claims that move the same variables along the same direction of the same case.
  let cw: CurveWork = {};
  if (memo && p.kind !== 'identity' && !p.symmetric) {
    const key = `${p.wrt.join(',')}|${p.expr.source}`;
    cw = memo.curves.get(key) ?? {};
    memo.curves.set(key, cw);
  }
  if (sides) {
    cw.scaledAt0 = [];
    cw.fx = finiteAt(sides, p.expr, scope, assumedAt);
  }
  // The arguments of exp, sin, … at the point, for the step (collected only where f has them).
  if (cw.fx === undefined) {
    cw.scaledAt0 = [];
    cw.fx = tryEval(p.expr, scope, p.expr.scaled ? cw.scaledAt0 : undefined);
  }
  const scaledAt0 = cw.scaledAt0!;
  const fx = cw.fx;
  if (!fx || !M.allFinite(claimed)) return { kind: 'discard' };
  const want: [number, number] = p.kind === 'gradient' ? [c.values[p.wrt[0]!]!.rows, c.values[p.wrt[0]!]!.cols] : [fx.rows, fx.cols];
  if (p.kind === 'gradient' && !M.isScalar(fx)) throw new InputError(`f is ${M.shapeText(fx)}, not a scalar; a gradient needs a scalar f (for a matrix-valued F use \`differential\`)`, 'f');
  if (claimed.rows !== want[0] || claimed.cols !== want[1]) return fail(base(), shapeMismatch(p, claimed, want, p.kind === 'gradient' ? p.wrt[0]! : p.names[0]));
  const assumed = assumedErrors(p, c);
  const claimB = asTraceSense(p, sides ? boundAt(sides, p.claim, claimScope, assumed) : withBound(p.claim, claimScope, assumed));
  if (p.symmetric?.convention === 'entries' && p.kind === 'gradient') claimed = entriesToTrace(claimed);
  // On the curve the variables are themselves rounded: fl(W + tV) is off by up to u(|W| + 2h|V|)
  // for every step h ≤ h0, and f carries that error into every difference quotient.
  cw.h0 ??= p.kind === 'identity' ? 0 : stepFor(p, c, scope, scaledAt0);
  const h0 = cw.h0;
  if (sides) cw.exprB = boundAt(sides, p.expr, scope, assumed);
  if (cw.exprB === undefined)
    cw.exprB = withBound(p.expr, scope, withCurveErrors(assumed, Object.fromEntries(p.wrt.map((w) => [w, M.zip(c.values[w]!, c.direction[w]!, (x, v) => U * (Math.abs(x) + 2 * h0 * Math.abs(v)))]))));
  const exprB = cw.exprB;
  if (!claimB || !exprB) return { kind: 'discard' };

  if (p.kind === 'identity') {
    let worst = 0,
      k = 0,
      ratio = 0;
    for (let i = 0; i < fx.data.length; i++) {
      const err = Math.abs(fx.data[i]! - claimed.data[i]!);
      const tol = tolerance(0, exprB.e.data[i]! + claimB.e.data[i]!);
      const r = err === 0 ? 0 : err / tol;
      if (r > ratio) {
        ratio = r;
        k = i;
        worst = err;
      }
    }
    if (ratio <= 1) return { kind: 'pass', ratio };
    const tol = tolerance(0, exprB.e.data[k]! + claimB.e.data[k]!);
    const entry: [number, number] = [Math.floor(k / fx.cols) + 1, (k % fx.cols) + 1];
    const [lhs, rhs] = [fx.data[k]!, claimed.data[k]!];
    const at = M.isScalar(fx) ? '' : ` at entry (${entry[0]},${entry[1]})`;
    return fail(base(), `lhs = ${fmt(lhs)} but rhs = ${fmt(rhs)}${at}`, {
      labels: ['lhs', 'rhs'],
      expected: lhs,
      actual: rhs,
      ...(M.isScalar(fx) ? {} : { entry }),
      error: worst,
      tolerance: tol,
    });
  }

  // Gradient and differential: the curve g(t) = F(W + tV), all wrt variables moving together.
  const g = (t: number) => {
    const moved: Record<string, Mat> = { ...scope };
    for (const w of p.wrt) moved[w] = M.axpy(c.values[w]!, t, c.direction[w]!);
    const v = tryEval(p.expr, moved);
    return v ? v.data : null;
  };
  if (cw.fd === undefined) cw.fd = directionalDerivative(g, h0, { smooth: p.expr.smooth });
  const fd = cw.fd;
  // Values near overflow: the differences (or Tr(GᵀV) below) overflow although f is finite.
  if (!fd?.value.every(Number.isFinite)) return { kind: 'discard' };
  // Rounding in each evaluation of F moves a central difference by at most bound/h, and the
  // Richardson weights add up to less than 2.
  const fdError = Math.max(fd.err, (2 * M.maxAbs(exprB.e)) / fd.h);
  const dirs = p.wrt.map((w) => `d${w}`).join(', ');

  if (p.kind === 'gradient') {
    const w = p.wrt[0]!;
    const V = c.direction[w]!;
    const dot = M.inner(claimed, V);
    if (!Number.isFinite(dot)) return { kind: 'discard' };
    // Bound of Tr(GᵀV): the claim's own bound, carried through the sum of products.
    const absV = M.map(V, Math.abs);
    const bound = M.inner(claimB.e, absV) + V.data.length * U * M.inner(M.map(claimed, Math.abs), absV);
    const err = Math.abs(fd.value[0]! - dot);
    const tol = tolerance(fdError, bound);
    if (err <= tol) return { kind: 'pass', ratio: tol > 0 ? err / tol : 0 };
    // In the entries convention the sum runs over the independent entries (i ≤ j) of the symmetric dW.
    const paired = p.symmetric?.convention === 'entries' ? `Σ_{i≤j} G_ij d${w}_ij` : `Tr(Gᵀ d${w})`;
    const along = p.symmetric ? `along a symmetric d${w}` : `along d${w}`;
    return fail(base(), `${along}, the finite difference of f is ${fmt(fd.value[0]!)} but ${paired} is ${fmt(dot)}`, {
      labels: [`finite difference of f along d${w}`, paired],
      expected: fd.value[0]!,
      actual: dot,
      error: err,
      tolerance: tol,
    });
  }

  let ratio = 0,
    k = 0;
  for (let i = 0; i < fx.data.length; i++) {
    const err = Math.abs(fd.value[i]! - claimed.data[i]!);
    const tol = tolerance(fdError, claimB.e.data[i]!);
    const r = err === 0 ? 0 : err / tol;
    if (r > ratio) {
      ratio = r;
      k = i;
    }
  }
  if (ratio <= 1) return { kind: 'pass', ratio };
  const entry: [number, number] = [Math.floor(k / fx.cols) + 1, (k % fx.cols) + 1];
  const at = M.isScalar(fx) ? '' : ` at entry (${entry[0]},${entry[1]})`;
  return fail(base(), `along ${dirs}, the finite difference of F is ${fmt(fd.value[k]!)} but dF is ${fmt(claimed.data[k]!)}${at}`, {
    labels: ['finite difference of F', 'dF'],
    expected: fd.value[k]!,
    actual: claimed.data[k]!,
    ...(M.isScalar(fx) ? {} : { entry }),
    error: Math.abs(fd.value[k]! - claimed.data[k]!),
    tolerance: tolerance(fdError, claimB.e.data[k]!),
  });
}

/** The sub-problems of a Hessian check with a gradient G: G as the gradient of f, H as the differential of G. */
const subProblems = new WeakMap<Problem, { grad: Problem; diff: Problem }>();
function gradientParts(p: Problem): { grad: Problem; diff: Problem } {
  let s = subProblems.get(p);
  if (!s) {
    const base = { wrt: p.wrt, shapes: p.shapes, assume: p.assume, letters: p.letters };
    // G is in the claim's convention; H is the differential of G in that same convention, so its
    // check needs only the symmetric directions.
    const dirs = p.symmetric ? { symmetric: { directions: 'symmetric', convention: 'trace' } as const } : {};
    s = {
      grad: { ...base, kind: 'gradient', expr: p.expr, claim: p.gradient!, names: ['f', 'G'], ...(p.symmetric ? { symmetric: p.symmetric } : {}) },
      diff: { ...base, kind: 'differential', expr: p.gradient!, claim: p.hmap!, names: ['G', 'H'], ...dirs },
    };
    subProblems.set(p, s);
  }
  return s;
}

/**
 * One case of a Hessian: Tr(Uᵀ H[V]) against the mixed second difference of f along U and V, two
 * independent directions. With a gradient G, first G against f along V and H[V] against the
 * derivative of G along V (first order, so sharper), each with its own tolerance.
 */
function evaluateHessianCase(p: Problem, c: Case): Outcome {
  const w = p.wrt[0]!;
  const dW = `d${w}`;
  const V = c.direction[w]!,
    Ud = c.direction2![w]!;
  const scope = scopeOf(c);
  const claimScope: Record<string, Mat> = { ...scope, [dW]: V };
  const base = { dims: c.dims, values: rows(c.values), direction: rows(c.direction), direction2: rows(c.direction2!) };
  const [r, cc] = [c.values[w]!.rows, c.values[w]!.cols];
  // The claim is on trial: a shape error in it refutes it.
  let claimed: Mat;
  try {
    claimed = p.claim.evaluate(claimScope, budget());
  } catch (err) {
    if (err instanceof ShapeError) return fail(base, err.message);
    throw err;
  }
  const want: [number, number] = p.form === 'matrix' ? [r, r] : [r, cc];
  if (claimed.rows !== want[0] || claimed.cols !== want[1])
    return fail(base, shapeMismatch(p, claimed, want, p.form === 'matrix' ? `the Hessian of f with respect to ${w} (${r}x${cc})` : `H[${dW}], of ${w}'s shape,`));
  const scaledAt0: Mat[] = [];
  const fx = tryEval(p.expr, scope, p.expr.scaled ? scaledAt0 : undefined);
  if (!fx || !M.allFinite(claimed)) return { kind: 'discard' };
  if (!M.isScalar(fx)) throw new InputError(`f is ${M.shapeText(fx)}, not a scalar; a Hessian needs a scalar f`, 'f');

  // H[V] (matrix form: H*V), and its running error bound. The value is the claim's own evaluation,
  // as for the other kinds (the benchmark wraps it to perturb it); the bound comes from the tree.
  const hvRaw = p.form === 'map' ? claimed : p.hmap!.evaluate(claimScope, budget());
  const hvValue = p.symmetric?.convention === 'entries' ? entriesToTrace(hvRaw) : hvRaw;
  const assumed = assumedErrors(p, c);
  const hvB = asTraceSense(p, withBound(p.hmap!, claimScope, assumed));
  const hv = hvB && M.allFinite(hvValue) ? { v: hvValue, e: hvB.e } : null;
  // The step: SECOND_STEP relative to the point along both curves W + t(U ± V), with arguments of
  // exp, sin, softmax, … moving by at most SECOND_STEP_CAP (see tolerance.ts).
  const Dp = M.zip(Ud, V, (a, b) => a + b),
    Dm = M.zip(Ud, V, (a, b) => a - b);
  const stepAlong = (D: Mat) => stepFor(p, { ...c, direction: { [w]: D } }, scope, scaledAt0, SECOND_STEP, SECOND_STEP_CAP);
  const h0 = Math.min(stepAlong(Dp), stepAlong(Dm));
  // fl(W + t·fl(U ± V)) is off by at most u(|W| + 2h|U ± V|) + h·u(|U| + |V|) ≤ u(|W| + 3h(|U| + |V|)).
  const exprB = withBound(
    p.expr,
    scope,
    withCurveErrors(assumed, {
      [w]: M.zip(
        c.values[w]!,
        M.zip(Ud, V, (a, b) => Math.abs(a) + Math.abs(b)),
        (x, s) => U * (Math.abs(x) + 3 * h0 * s),
      ),
    }),
  );
  if (!hv || !exprB) return { kind: 'discard' };
  const curve = (D: Mat) => (t: number) => {
    const v = tryEval(p.expr, { ...scope, [w]: M.axpy(c.values[w]!, t, D) });
    return v ? v.data : null;
  };
  const fd = mixedSecondDerivative(curve(Dp), curve(Dm), h0);
  if (!fd) return { kind: 'discard' };
  // Rounding: each of the four values of f is off by at most its bound B; with weights ±1/4h² they
  // move the quotient by at most B/h², and the Richardson weights add up to less than 2.
  const fdError = Math.max(fd.err, (2 * M.maxAbs(exprB.e)) / (fd.h * fd.h));
  const dot = M.inner(Ud, hv.v);
  const absU = M.map(Ud, Math.abs);
  const bound = M.inner(hv.e, absU) + Ud.data.length * U * M.inner(M.map(hv.v, Math.abs), absU);
  const err = Math.abs(fd.value[0]! - dot);
  const tol = tolerance(fdError, bound);
  const what = `Tr(${dW}₂ᵀ H[${dW}])`;
  if (err > tol)
    return fail(
      base,
      `along ${dW} and ${dW}₂, the mixed second difference of f is ${fmt(fd.value[0]!)} but ${what} is ${fmt(dot)}${symmetricHint(p, claimScope, dW, V, Ud, dot, fd.value[0]!, fdError)}`,
      {
        labels: [`mixed second difference of f along ${dW}, ${dW}₂`, what],
        expected: fd.value[0]!,
        actual: dot,
        error: err,
        tolerance: tol,
      },
    );
  const ratio = tol > 0 ? err / tol : 0;
  if (!p.gradient) return { kind: 'pass', ratio };
  // With a gradient G: G against f along V, then H[V] against the derivative of G along V. A
  // disagreement of G and H does not say which is wrong (G can be right at this point only, H
  // right along these directions only), so the message names both.
  const { grad, diff } = gradientParts(p);
  const one = { dims: c.dims, values: c.values, direction: c.direction };
  const og = evaluateCase(grad, one);
  if (og.kind === 'discard') return og;
  if (og.kind === 'fail') return fail(base, `the gradient G given is not the gradient of f: ${og.reason}`, { ...og.counterexample, ...base });
  const od = evaluateCase(diff, one);
  if (od.kind === 'discard') return od;
  if (od.kind === 'fail') {
    const reason = od.reason.replace(/finite difference of F/, 'finite difference of G').replace(/but dF is/, `but H[${dW}] is`);
    const labels: [string, string] = [`finite difference of G along ${dW}`, `H[${dW}]`];
    return fail(base, `H is not the differential of the gradient G given (one of the two is wrong; \`mcv gradient\` checks G alone): ${reason}`, { ...od.counterexample, ...base, labels });
  }
  return { kind: 'pass', ratio: Math.max(ratio, og.ratio, od.ratio) };
}

/**
 * When a refuted H is not symmetric but its symmetric part agrees with f here (the classic 2A for
 * xᵀAx), says so: a Hessian is symmetric, and a check along one direction would have passed.
 * Only a hint on the message; the verdict stands on the comparison above.
 */
function symmetricHint(p: Problem, scope: Record<string, Mat>, dW: string, V: Mat, Ud: Mat, dot: number, fdValue: number, fdError: number): string {
  let swapped: number;
  try {
    const hu = p.hmap!.evaluate({ ...scope, [dW]: Ud }, budget());
    if (hu.rows !== V.rows || hu.cols !== V.cols || !M.allFinite(hu)) return '';
    swapped = M.inner(V, hu);
  } catch (err) {
    if (err instanceof ShapeError) return '';
    throw err;
  }
  const sym = (dot + swapped) / 2;
  const scale = Math.max(Math.abs(dot), Math.abs(swapped), Math.abs(fdValue));
  // The symmetric part agrees within the finite difference's own error and a rounding allowance
  // of the products (n·u relative), while H itself does not: H is not symmetric.
  if (Math.abs(sym - fdValue) <= tolerance(fdError, 2 * V.data.length * U * scale) && Math.abs(dot - swapped) > tolerance(fdError, 2 * V.data.length * U * scale))
    return `; H is not symmetric (Tr(${dW}ᵀ H[${dW}₂]) is ${fmt(swapped)}), and its symmetric part matches f here: a Hessian is symmetric, so a single direction could not tell them apart`;
  return '';
}

/** Numbers in messages: enough digits to see the disagreement, no more. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  if (x === 0) return '0';
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x);
  const s = x.toPrecision(10);
  return s.includes('e') ? s.replace(/\.?0+e/, 'e') : s.replace(/\.?0+$/, '');
}

/** A seed for when none is given: drawn once and reported, a signed 32-bit integer. */
export function freshSeed(): number {
  return (Math.random() * 2 ** 32) | 0;
}

/**
 * Checks a prepared problem. Throws InputError when the question is ill-posed (f does not
 * evaluate, too many cases are not finite, the time limit passes); otherwise returns evidence.
 */
/** @internal */
export function checkProblem(p: Problem, opts: CheckOptions = {}): Evidence {
  const limit = opts.timeLimitMs ?? 10_000;
  // The probe (the first evaluation, before the random cases) has the same time limit.
  return withDeadline(Date.now() + limit, () => runCheck(p, opts, limit));
}

/**
 * The first evaluation, before the random cases, at distinct sizes: is the question well posed
 * (InputError otherwise), is the claim's shape right (its refutation otherwise)?
 */
function probeCheck(p: Problem, seed: number): Evidence | undefined {
  const probe = probeDims(p);
  const probeValues = Object.fromEntries(
    Object.entries(p.shapes).map(([name, s]) => {
      const [r, c] = resolveShape(s, probe);
      return [name, fc.sample(forAssumptions(p.assume[name] ?? [], r, c), { seed, numRuns: 1 })[0]!];
    }),
  );
  const probeScope = scopeOf({ dims: probe, values: probeValues });
  let fProbe: Mat;
  try {
    fProbe = p.expr.evaluate(probeScope, budget());
  } catch (err) {
    if (err instanceof ShapeError) {
      const sizes = Object.entries(p.shapes)
        .map(([k, s]) => `${k}=${formatShape(s)}`)
        .join(', ');
      throw new InputError(`${FIELDS[p.kind][0]} cannot be evaluated for the declared shapes (${sizes}): ${err.message}`, FIELDS[p.kind][0]);
    }
    throw err;
  }
  if ((p.kind === 'gradient' || p.kind === 'hessian') && !M.isScalar(fProbe))
    throw new InputError(
      `f is ${M.shapeText(fProbe)} (at ${describeDims(probe)}), not a scalar; a ${p.kind} needs a scalar f${p.kind === 'gradient' ? ' (for a matrix-valued F use `differential`)' : ''}`,
      'f',
    );
  const probeDir: Record<string, Mat> = {};
  for (const w of p.wrt) probeDir[`d${w}`] = probeValues[w]!;
  if (p.gradient) {
    // The gradient given is a claim too: of W's shape, or refuted.
    const w = p.wrt[0]!;
    const want = resolveShape(p.shapes[w]!, probe);
    try {
      const g = p.gradient.evaluate(probeScope, budget());
      if (g.rows !== want[0] || g.cols !== want[1])
        return shapeRefutation(seed, probe, `the gradient G given is ${M.shapeText(g)} but ${w} is ${want[0]}x${want[1]}` + (p.letters.length ? ` at ${describeDims(probe)}` : ''));
    } catch (err) {
      if (err instanceof ShapeError) return shapeRefutation(seed, probe, `the gradient G given cannot be evaluated for the declared shapes: ${err.message}`);
      throw err;
    }
  }
  try {
    const cl = p.claim.evaluate(p.kind === 'differential' || p.kind === 'hessian' ? { ...probeScope, ...probeDir } : probeScope, budget());
    const [wr, wc] = p.wrt.length ? resolveShape(p.shapes[p.wrt[0]!]!, probe) : [0, 0];
    const want: [number, number] = p.kind === 'gradient' || (p.kind === 'hessian' && p.form === 'map') ? [wr, wc] : p.kind === 'hessian' ? [wr, wr] : [fProbe.rows, fProbe.cols];
    if (cl.rows !== want[0] || cl.cols !== want[1]) {
      const w = p.wrt[0];
      const what =
        p.kind === 'gradient'
          ? w!
          : p.kind === 'differential'
            ? 'F'
            : p.kind === 'identity'
              ? 'lhs'
              : p.form === 'matrix'
                ? `the Hessian of f with respect to ${w} (${wr}x${wc})`
                : `H[d${w}], of ${w}'s shape,`;
      return shapeRefutation(seed, probe, shapeMismatch(p, cl, want, what) + (p.letters.length ? ` at ${describeDims(probe)}` : ''));
    }
  } catch (err) {
    if (err instanceof ShapeError) return shapeRefutation(seed, probe, `${p.names[1]} cannot be evaluated for the declared shapes: ${err.message}`);
    throw err;
  }
  return undefined;
}

function runCheck(p: Problem, opts: CheckOptions, limit: number): Evidence {
  const seed = opts.seed ?? freshSeed();
  const cases = opts.cases ?? 100;
  if (!Number.isInteger(cases) || cases < 1) throw new InputError(`--cases must be a whole number ≥ 1, got ${cases}`, 'cases');

  const refuted = probeCheck(p, seed);
  if (refuted) return refuted;

  // Shrinking moves towards zeros and equal entries, which is where relu, abs, max… have kinks. A
  // failure found off every kink is shrunk among failures off every kink (a shrunk candidate on one
  // counts as not failing), so the counterexample shows the mistake where f has a derivative; a
  // failure found on a kink may shrink anywhere (properties/oracle/kinks.ts).
  const evaluate = hasKinkOperations(p.expr)
    ? offKinkShrinking(
        (c: Case) => evaluateCase(p, c),
        (c) => kinkNote(p.expr, c.values, c.dims) !== undefined,
      )
    : (c: Case) => evaluateCase(p, c);
  const run = runCases<Case, object, Extract<Outcome, { kind: 'fail' }>>(
    { arbitrary: arbitraryCase(p, opts), evaluate },
    { seed, cases, timeLimitMs: limit, shrink: opts.shrink, maxShrinks: opts.maxShrinks },
  );
  const { passed, discarded, maxRatio } = run;
  if (run.failure) {
    // Re-evaluate the shrunk case: the evidence is what that case shows (an error it throws, such
    // as bad input found at that point, propagates).
    const last = evaluateCase(p, run.failure.case);
    const o = last.kind === 'fail' ? last : run.failure.outcome;
    if (o?.kind === 'fail') {
      // On a kink of f (relu at 0, max where a = b): said, so the reader knows why this point (properties/oracle/kinks.ts).
      const kink = kinkNote(p.expr, run.failure.case.values, run.failure.case.dims);
      const reason = kink ? `${o.reason}. ${kink}` : o.reason;
      const counterexample = kink ? { ...o.counterexample, message: reason } : o.counterexample;
      return { verdict: 'refuted', cases: passed, discarded, seed, maxError: maxRatio, reason, counterexample, path: run.failure.path || undefined };
    }
    // The search stopped on an error thrown inside an evaluation, and the case passes when evaluated
    // again with no deadline: the evaluation gave up at the time limit (LimitError), so the check ran
    // out of time. Never a "verified" on fewer cases than asked.
    if (run.failure.error instanceof LimitError && passed < cases) throw timeLimit(passed, cases, limit);
    if (run.failure.error !== undefined) throw run.failure.error;
  }
  if (discarded > 0 && passed < cases) {
    // The suggestion names a variable of the claim's own: the one differentiated, else the first.
    const v = p.wrt[0] ?? Object.keys(p.shapes)[0] ?? 'X';
    throw new InputError(
      `${discarded} of the first ${discarded + passed} cases gave a value that is not finite (f or the claim is undefined there, e.g. the log of a negative entry, the inverse of a singular matrix, or exp of a large entry overflowing); add an assumption such as --assume ${v}=positive or --assume ${v}=invertible`,
      'assume',
    );
  }
  if (run.interrupted && passed < cases) throw timeLimit(passed, cases, limit);
  return { verdict: 'verified', cases: passed, discarded, seed, maxError: maxRatio };
}

/** The check ran out of time after `passed` of `cases` cases. */
function timeLimit(passed: number, cases: number, limit: number): TimeLimitError {
  return new TimeLimitError(
    `the check stopped after ${passed} of ${cases} cases: the time limit of ${Number((limit / 1000).toPrecision(3))} s passed; use smaller sizes, fewer --cases or a longer --time-limit`,
    passed,
    cases,
    limit,
  );
}

function describeDims(d: Record<string, number>): string {
  return Object.entries(d)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}

function shapeRefutation(seed: number, dims: Record<string, number>, message: string): Evidence {
  return {
    verdict: 'refuted',
    cases: 0,
    discarded: 0,
    seed,
    maxError: 0,
    reason: message,
    counterexample: { dims, values: {}, labels: ['', ''], message },
  };
}

/** Checks a claim stated as {@link ClaimInput}. */
export function checkClaim(input: ClaimInput, opts: CheckOptions = {}): Evidence {
  const p = prepare(input);
  const ev = checkProblem(p, opts);
  return p.inferred ? { ...ev, shapes: p.inferred } : ev;
}

/**
 * Wraps a case's evaluation for shrinking off the kinks: once a failure off every kink is seen, a
 * later failure on a kink (a shrunk candidate) counts as a discard, not a failure, so the shrinker
 * keeps the counterexample where f has a derivative. A first failure on a kink leaves every later
 * outcome as it is (there is no failure off the kinks to keep).
 */
export function offKinkShrinking<C, O extends { kind: string }>(evaluate: (c: C) => O, onKink: (c: C) => boolean): (c: C) => O | { kind: 'discard' } {
  let firstOnKink: boolean | undefined;
  return (c) => {
    const o = evaluate(c);
    if (o.kind !== 'fail') return o;
    const kink = onKink(c);
    firstOnKink ??= kink;
    return kink && !firstOnKink ? { kind: 'discard' } : o;
  };
}

/** What {@link checkClaimsTogether} found. */
export type TogetherResult =
  /** Every claim verified, on the same cases: one evidence per claim, in order. */
  | { verdict: 'verified'; evidence: Evidence[] }
  /** Claim `index` failed on a shared case (unshrunk): its evidence there. */
  | { verdict: 'refuted'; index: number; evidence: Evidence }
  /** Not decided together (the claims do not fit one set of cases, a probe refuted a claim's shape, too many cases discarded, the time limit, bad input): check each on its own. */
  | { verdict: 'separately'; why: string };

/**
 * Checks several claims about the same variables on the same random cases: a derivation's lines,
 * each against its own comparison (its finite difference, or the line before) with its own
 * tolerance, as {@link checkClaim} would, but with the points, their assumptions' constructions
 * and the directions drawn once for all, and the finite difference of an f that several claims
 * differentiate along the same direction (the first line of df and the gradient) computed once per
 * case. A case counts when every claim passes on it, so each claim passes on `cases` random cases.
 *
 * The claims must share the variables, their shapes and assumptions; those that differentiate
 * (gradient, differential, Jacobian; not Hessian) must all move the same one variable W, and an
 * identity may add `dW` (W's shape, no assumption), which is given the case's direction. Anything
 * else, and every outcome but "all verified" or a failing claim, comes back as `separately`: the
 * caller then checks each claim with {@link checkClaim}, which gives the usual evidence and errors.
 * A failure is returned as found (not shrunk), for the caller to confirm with the claim's own check.
 */
export function checkClaimsTogether(inputs: readonly ClaimInput[], opts: CheckOptions = {}): TogetherResult {
  const seed = opts.seed ?? freshSeed();
  const cases = opts.cases ?? 100;
  if (!Number.isInteger(cases) || cases < 1) throw new InputError(`--cases must be a whole number ≥ 1, got ${cases}`, 'cases');
  // Bad input in any claim (which checking them one by one reports in its turn): each on its own.
  let problems: Problem[];
  try {
    problems = inputs.map(prepare);
  } catch (e) {
    if (e instanceof InputError) return { verdict: 'separately', why: e.message };
    throw e;
  }
  const moving = problems.filter((p) => p.kind !== 'identity');
  const base = moving[0];
  if (!base) return { verdict: 'separately', why: 'no claim differentiates' };
  if (base.wrt.length !== 1) return { verdict: 'separately', why: 'several variables differentiated' };
  const w = base.wrt[0]!;
  const dW = `d${w}`;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const p of problems) {
    if (p.kind === 'hessian' || p.symmetric) return { verdict: 'separately', why: `a ${p.kind} claim` };
    if (p.kind !== 'identity' && (p.wrt.length !== 1 || p.wrt[0] !== w)) return { verdict: 'separately', why: 'different variables differentiated' };
    if (!same(p.letters, base.letters)) return { verdict: 'separately', why: 'different sizes' };
    for (const [name, s] of Object.entries(p.shapes)) {
      const fits =
        name in base.shapes ? same(s, base.shapes[name]) && same(p.assume[name] ?? [], base.assume[name] ?? []) : name === dW && p.kind === 'identity' && same(s, base.shapes[w]) && !p.assume[name];
      if (!fits) return { verdict: 'separately', why: `${name} differs between the claims` };
    }
    for (const name of Object.keys(base.shapes)) if (!(name in p.shapes) && p.kind !== 'identity') return { verdict: 'separately', why: `${name} is missing from a claim` };
  }
  const limit = opts.timeLimitMs ?? 10_000;
  return withDeadline(Date.now() + limit, (): TogetherResult => {
    try {
      for (const p of problems) if (probeCheck(p, seed)) return { verdict: 'separately', why: 'a claim is refuted by its shape' };
    } catch (e) {
      if (e instanceof InputError) return { verdict: 'separately', why: e.message };
      throw e;
    }
    // The case as each claim sees it: an identity gets dW (the direction) as a variable, and only its own variables.
    const views = problems.map((p) =>
      p.kind === 'identity'
        ? (c: Case): Case => ({ dims: c.dims, values: Object.fromEntries(Object.keys(p.shapes).map((k) => [k, k === dW ? c.direction[w]! : c.values[k]!])), direction: {} })
        : (c: Case): Case => c,
    );
    const worst = problems.map(() => 0);
    type Failed = Extract<Outcome, { kind: 'fail' }> & { index: number; at: Case };
    const run = runCases<Case, object, Failed>(
      {
        arbitrary: arbitraryCase(base, opts),
        evaluate: (c) => {
          const memo: CaseMemo = { curves: new Map(), values: new Map() };
          const ratios: number[] = [];
          for (let i = 0; i < problems.length; i++) {
            const at = views[i]!(c);
            const o = evaluateCase(problems[i]!, at, memo);
            if (o.kind === 'fail') return { ...o, index: i, at };
            if (o.kind === 'discard') return o;
            ratios.push(o.ratio);
          }
          ratios.forEach((r, i) => (worst[i] = Math.max(worst[i]!, r)));
          return { kind: 'pass', ratio: Math.max(...ratios) };
        },
      },
      { seed, cases, timeLimitMs: limit, shrink: false },
    );
    const { passed, discarded } = run;
    const o = run.failure?.outcome;
    if (o) {
      const kink = kinkNote(problems[o.index]!.expr, o.at.values, o.at.dims);
      const reason = kink ? `${o.reason}. ${kink}` : o.reason;
      const counterexample = kink ? { ...o.counterexample, message: reason } : o.counterexample;
      return {
        verdict: 'refuted',
        index: o.index,
        evidence: { verdict: 'refuted', cases: passed, discarded, seed, maxError: worst[o.index]!, reason, counterexample, path: run.failure!.path || undefined },
      };
    }
    if (run.failure) return { verdict: 'separately', why: 'an evaluation threw' };
    if (passed < cases) return { verdict: 'separately', why: run.interrupted ? 'the time limit passed' : 'too many cases discarded' };
    return { verdict: 'verified', evidence: problems.map((p, i) => ({ verdict: 'verified', cases: passed, discarded, seed, maxError: worst[i]!, ...(p.inferred ? { shapes: p.inferred } : {}) })) };
  });
}
