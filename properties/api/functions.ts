/**
 * Checks of JavaScript functions: the gradcheck of TypeScript. A hand-written gradient or
 * backward pass is put on trial the way `checkGradient` puts an expression on trial: at random
 * points drawn by the oracle's generators (with the same assumptions, sizes and seeds), along random
 * directions, against Richardson-extrapolated central differences of f (engine/fd.ts), and a
 * refutation is shrunk by fast-check to a small counterexample.
 *
 * The difference is the tolerance. An expression's rounding error is bounded by running error
 * bounds; a function is opaque, so nothing bounds it, and both sides are *measured* instead:
 * - the finite difference's error is engine/fd.ts's estimate (Ridders' tableau, the distance to an
 *   independent smaller-step estimate, a floor of u·max|f|/h, Moré & Wild's noise of f), raised to
 *   6σ/h where σ is f's noise as measured here along the direction (see measuredNoise: several
 *   tiny spacings, and the resolution of f, which can be far coarser than u·|f|). We measure rather
 *   than take "|f| times a few u times the evaluation count" because an opaque f can lose far more
 *   than a few u (a loss computed as a difference of large terms, log of a number near 1, float32
 *   inside): a fixed multiple of u raises false alarms on such functions, and any larger multiple
 *   would be a number tuned until green. Measuring costs about 40 more calls of f per case.
 * - the claimed side, Tr(Gᵀ dW) with G = grad(vars), carries grad's own rounding, measured the same
 *   way (the noise of t ↦ Tr(grad(W + t·dW)ᵀ dW): about 35 calls of grad), plus the bound
 *   n·u·Σ|G||dW| of the inner product we compute.
 * The comparison is then tolerance(fdError, claimError) of tolerance.ts, as for expressions. Both
 * measured noises only widen it, so they are measured only in a case that does not pass without
 * them: the verdict of every case is the one the full measurement gives, and a case that passes
 * at once (the usual one) costs about 25 calls of f and 2 of the claim instead of 70 and 40.
 *
 * Measuring noise is only sound for a deterministic function: randomness drawn per call (a dropout
 * mask, Math.random noise) would be measured as "noise", widen the tolerance and let a wrong
 * gradient pass. So in every case f and the claim are each called twice at the point, f once more
 * at t = 0 of the finite difference's noise probe, and, where the noise is measured, f and the
 * claim again at t = 0 of every probe (five more calls of each, compared, then used as the probe's
 * value); any difference, bit for bit, is a NondeterminismError naming the function and the
 * point, like gradcheck's "Backward is not reentrant", and is not shrunk. A claim that is NaN or
 * ±∞ where f is finite is a refutation there; only a non-finite f discards a case.
 *
 * The evaluations per case (about 25 of f and 2 of the claim, 70 and 40 where the noise is
 * measured) do not depend on the sizes; points
 * of more than LARGE_ENTRIES entries are drawn by largeMatrix from one seed, and each call gets
 * fresh arrays copied in one pass (vars.ts's toVars), so the work beyond f and the claim is a few
 * passes over the point per call.
 * Measured on a two-layer tanh network, a ReLU layer, softmax and logistic cross-entropies,
 * log-sum-exp, a norm, det, log|det|, tr(X³), tr(X⁻¹B) and x'Ax (40 to 300 checks of 100 cases
 * each, sizes up to 4 to 6): no false alarm; a gradient off by a
 * relative 1e-7 (the network) or 1e-8 (softmax cross-entropy, exp) refuted in every check.
 */
import fc from 'fast-check';
import { runCases } from '../oracle/runner.js';
import { LARGE_ENTRIES } from '../oracle/arbitraries/largeMatrix.js';
import { formatMatrix } from '../presentation/format.js';
import { fmt, freshSeed, type Counterexample, type Evidence } from '../oracle/check.js';
import { InputError, TimeLimitError } from '../engine/errors.js';
import { directionalDerivative, mixedSecondDerivative, noiseLevel } from '../engine/fd.js';
import * as M from '../engine/matrix.js';
import type { Mat } from '../engine/matrix.js';
import { FIRST_STEP, SECOND_STEP, U, tolerance } from '../oracle/tolerance.js';
import { kinkAt } from '../oracle/functionKinks.js';
import { differenceNote } from '../oracle/readable.js';
import {
  anyFromValue,
  describePoint,
  describeValue,
  expectedForm,
  fromValue,
  matrixArbitrary,
  parseVarSpec,
  pointFromValues,
  pointArbitrary,
  probeDims,
  reprOfValue,
  toValue,
  toVars,
  valuesAt,
  type Along,
  type Assume,
  type Point,
  type ReadonlyValue,
  type ReturnOfShape,
  type Shapes,
  type Value,
  type VarSpec,
  type Vars,
} from '../oracle/vars.js';

export type { Value, ReadonlyValue, Shapes, Vars, Assume, ValueOfShape, ReturnOfShape } from '../oracle/vars.js';
import type { ValueOfShape } from '../oracle/vars.js';

/**
 * A function gave two different answers at the same point (f, grad or vjp called twice with the
 * same inputs): it draws fresh randomness per call, or keeps state. Bad input (a subclass of
 * InputError), since no verdict on such a function would mean anything.
 */
export class NondeterminismError extends InputError {
  override readonly name: string = 'NondeterminismError';
}

/** A point given by the user (`at`): every variable of `S` as code holds it (read-only arrays accepted). */
export type PointOf<S extends Shapes> = { readonly [K in keyof S]: ReturnOfShape<S[K] & string> };

/** What every check of a function shares, but the variable differentiated. */
export interface FunctionOptions<S extends Shapes> {
  /**
   * Points to check at, as well as the random ones (`cases: 0`: instead of them), like
   * gradcheck's inputs: each with a random direction (and cotangent) from the seed, never shrunk;
   * where f does not move at all along it, another (up to three in all).
   * With `cases: 0` these points are the whole check: no random point is drawn, not even the first
   * one at distinct sizes, so a claim defined on less than f is (a gradient through inv(X), NaN at a
   * singular X) can be checked where it is defined. Without it every point drawn where f is finite
   * counts, and a claim that is NaN or ±∞ there is refuted (unless f has a kink there).
   */
  at?: PointOf<S> | readonly PointOf<S>[];
  /** Shape of every variable f takes: `{ W: 'kxd', x: 'd', b: '1' }` (letters are drawn per case, as in `mcv`). */
  shape: S;
  /** Assumptions per variable: `{ A: 'spd' }`, `{ X: ['symmetric', 'invertible'] }`. */
  assume?: Assume<S>;
  /** Seed of every random choice; drawn (and reported in the evidence) when absent. */
  seed?: number;
  /** Random cases (0 with `at`: only the points given, see `at`). @defaultValue 100, or 10 when a variable may have more than 1,024 entries */
  cases?: number;
  /** Largest value drawn for a dimension letter. @defaultValue 4 */
  maxDim?: number;
  /** Give up the search (a TimeLimitError, saying how far it got) after this long; shrinking is bounded by maxShrinks instead. @defaultValue 10000 */
  timeLimitMs?: number;
  /** Shrink a refutation to a small counterexample. @defaultValue true */
  shrink?: boolean;
  /** Candidates tried while shrinking a refutation, at most (a count, so a seed always gives the same counterexample). @defaultValue 1000 */
  maxShrinks?: number;
  /**
   * Make any discarded case (f not finite at a point drawn) an InputError, instead of a case
   * skipped and counted in `discarded` and `reason`. @defaultValue false
   */
  failOnDiscard?: boolean;
}

/** What every check of a function shares. */
export interface FunctionQuestion<S extends Shapes, W extends keyof S & string> extends FunctionOptions<S> {
  /** The variable differentiated. */
  wrt: W;
}

/** The gradients with respect to several variables, as one object: `{ W1: …, b1: … }`. */
export type GradientsOf<S extends Shapes, W extends keyof S & string> = { readonly [K in W]: ReturnOfShape<S[K] & string> };

/** `checkFunctionGradient` with several variables (or all, when `wrt` is omitted): grad returns an object of gradients. */
export interface FunctionGradientsQuestion<S extends Shapes, W extends keyof S & string> extends FunctionOptions<S> {
  /** The variables differentiated; all of `shape` when omitted. */
  wrt?: readonly W[];
  /** The scalar function: every variable in, a number out. */
  f: (vars: Vars<S>) => number;
  /** The claimed gradients, one per variable of wrt: `{ W1: dW1, b1: db1 }`. */
  grad: (vars: Vars<S>) => GradientsOf<S, W>;
}

/** `checkFunctionVjp` with several variables: vjp returns an object of vector-Jacobian products. */
export interface FunctionVjpsQuestion<S extends Shapes, W extends keyof S & string, Y extends ReadonlyValue> extends FunctionOptions<S> {
  /** The variables differentiated; all of `shape` when omitted. */
  wrt?: readonly W[];
  /** The function (a layer's forward pass). */
  f: (vars: Vars<S>) => Y;
  /** The backward pass for every variable of wrt: `{ W: dW, x: dx }`. */
  vjp: (vars: Vars<S>, dY: CotangentOf<Y>) => GradientsOf<S, W>;
}

/** The evidence of a check with several variables: the verdict over all, and each variable's own. */
export interface MultiEvidence<W extends string = string> extends Evidence {
  /** Each variable's evidence (the shared fields above: refuted if any is, the first refutation's reason and counterexample, the fewest cases, the largest error). */
  variables: Record<W, Evidence>;
}

/** `checkFunctionGradient`'s question: is grad the gradient of the scalar f with respect to wrt? */
export interface FunctionGradientQuestion<S extends Shapes, W extends keyof S & string> extends FunctionQuestion<S, W> {
  /** The scalar function: every variable in, a number out. */
  f: (vars: Vars<S>) => number;
  /** The claimed gradient: a value of wrt's shape (df = Tr(Gᵀ dW)). */
  grad: (vars: Vars<S>) => ReturnOfShape<S[W] & string>;
}

/** The cotangent's type: the form f returns, as a mutable value. */
export type CotangentOf<Y> = Y extends number ? number : Y extends readonly (readonly number[])[] ? number[][] : Y extends readonly number[] ? number[] : Value;

/** `checkFunctionVjp`'s question: is vjp the vector-Jacobian product of f with respect to wrt? */
export interface FunctionVjpQuestion<S extends Shapes, W extends keyof S & string, Y extends ReadonlyValue> extends FunctionQuestion<S, W> {
  /** The function (a layer's forward pass): every variable in, a number, an array or rows out. */
  f: (vars: Vars<S>) => Y;
  /** The backward pass: given the cotangent dY (the form f returns), the value of wrt's shape with Tr(vjpᵀ dW) = Tr(dYᵀ df). */
  vjp: (vars: Vars<S>, dY: CotangentOf<Y>) => ReturnOfShape<S[W] & string>;
}

/**
 * Several variables in one call, as gradcheck checks every input: `wrt: ['W1', 'b1']` (or
 * omitted, for every variable of shape), and grad returns `{ W1: …, b1: … }`. Each variable is
 * checked as with a single wrt (its own directions, the same seed) and reported in `variables`.
 */
export function checkFunctionGradient<const S extends Shapes, const W extends keyof S & string = keyof S & string>(q: FunctionGradientsQuestion<S, W>): MultiEvidence<W>;
/**
 * Is `grad` the gradient of the scalar `f` with respect to `wrt`? At random points and along
 * random directions dW, the finite difference of f must equal Tr(grad(vars)ᵀ dW) within the
 * measured error of both (see the module comment). A function that throws, returns something
 * other than a finite value of the right shape, or gives different answers for the same point is
 * bad input: an InputError naming it. The evidence has the fields of `checkGradient`'s.
 */
export function checkFunctionGradient<const S extends Shapes, const W extends keyof S & string>(q: FunctionGradientQuestion<S, W>): Evidence;
export function checkFunctionGradient(q: FunctionGradientQuestion<Shapes, string> | FunctionGradientsQuestion<Shapes, string>): Evidence {
  const f = requireFunction(q.f, 'f', 'the scalar function, (vars) => number');
  if (q.wrt === undefined || Array.isArray(q.wrt)) {
    const grad = requireFunction(q.grad, 'grad', `the claimed gradients, (vars) => { ${wrtList(q).join(', ')} }`);
    return runMany(q, wrtList(q), (w) => ({ kind: 'gradient', f, claim: pick(grad, w, 'grad', wrtList(q)), claimName: 'grad' }));
  }
  const grad = requireFunction(q.grad, 'grad', `the claimed gradient, (vars) => a value of ${String(q.wrt)}'s shape`);
  return run(q as FunctionQuestion<Shapes, string>, { kind: 'gradient', f, claim: grad, claimName: 'grad' });
}

/** Several variables in one call: vjp returns `{ W: …, x: … }`; see checkFunctionGradient. */
export function checkFunctionVjp<const S extends Shapes, const W extends keyof S & string = keyof S & string, const Y extends ReadonlyValue = ReadonlyValue>(
  q: FunctionVjpsQuestion<S, W, Y>,
): MultiEvidence<W>;
/**
 * Is `vjp` the vector-Jacobian product (the backward pass) of `f` with respect to `wrt`? At random
 * points, random directions dW and random cotangents dY (of the form f returns), the finite
 * difference of Tr(dYᵀ f) along dW must equal Tr(vjp(vars, dY)ᵀ dW): df along dW seen through
 * dY, so every entry of the Jacobian is on trial across the cases.
 */
export function checkFunctionVjp<const S extends Shapes, const W extends keyof S & string, const Y extends ReadonlyValue>(q: FunctionVjpQuestion<S, W, Y>): Evidence;
export function checkFunctionVjp(q: FunctionVjpQuestion<Shapes, string, ReadonlyValue> | FunctionVjpsQuestion<Shapes, string, ReadonlyValue>): Evidence {
  const f = requireFunction(q.f, 'f', 'the function, (vars) => a number, an array or rows');
  if (q.wrt === undefined || Array.isArray(q.wrt)) {
    const vjp = requireFunction(q.vjp, 'vjp', `the backward pass, (vars, dY) => { ${wrtList(q).join(', ')} }`);
    return runMany(q, wrtList(q), (w) => ({ kind: 'vjp', f, claim: pick(vjp, w, 'vjp', wrtList(q)), claimName: 'vjp' }));
  }
  const vjp = requireFunction(q.vjp, 'vjp', `the backward pass, (vars, dY) => a value of ${String(q.wrt)}'s shape`);
  return run(q as FunctionQuestion<Shapes, string>, { kind: 'vjp', f, claim: vjp, claimName: 'vjp' });
}

/** `checkFunctionHessian`'s question: is hvp the Hessian-vector product of the scalar f with respect to wrt? */
export interface FunctionHessianQuestion<S extends Shapes, W extends keyof S & string> extends FunctionQuestion<S, W> {
  /** The scalar function: every variable in, a number out. */
  f: (vars: Vars<S>) => number;
  /** The claimed Hessian-vector product H[V] = d(∇f)[V], a value of wrt's shape, given V of wrt's shape. */
  hvp: (vars: Vars<S>, V: ValueOfShape<S[W] & string>) => ReturnOfShape<S[W] & string>;
  /** The gradient, if known: hvp is then also checked as its derivative along V (a first difference, sharper). */
  grad?: (vars: Vars<S>) => ReturnOfShape<S[W] & string>;
}

/**
 * Is `hvp` the Hessian-vector product of the scalar `f` (gradgradcheck for code)? At random points
 * and two independent random directions V and U, the mixed second difference of f along U and V
 * must equal Tr(Uᵀ hvp(vars, V)) within the measured error of both, as `mcv hessian` compares an
 * expression's H: along one direction only, 2A would pass for the Hessian of xᵀAx.
 */
export function checkFunctionHessian<const S extends Shapes, const W extends keyof S & string>(q: FunctionHessianQuestion<S, W>): Evidence {
  const f = requireFunction(q.f, 'f', 'the scalar function, (vars) => number');
  const hvp = requireFunction(q.hvp, 'hvp', `the Hessian-vector product, (vars, V) => a value of ${String(q.wrt)}'s shape`);
  const grad = q.grad === undefined ? undefined : requireFunction(q.grad, 'grad', `the gradient, (vars) => a value of ${String(q.wrt)}'s shape`);
  return run(q as FunctionQuestion<Shapes, string>, { kind: 'hvp', f, claim: hvp, claimName: 'hvp', ...(grad ? { grad } : {}) });
}

/** The variables of a check with several: wrt, or every variable of shape. */
function wrtList(q: { wrt?: unknown; shape: unknown }): string[] {
  if (q.wrt === undefined) return typeof q.shape === 'object' && q.shape !== null ? Object.keys(q.shape) : [];
  const list = q.wrt as unknown[];
  if (list.length === 0) throw new InputError(`wrt is an empty list; name the variables to differentiate, e.g. wrt: ['W', 'b'], or omit wrt for all of them`, 'wrt');
  for (const w of list) if (typeof w !== 'string') throw new InputError(`wrt must list variable names, got ${typeof w}`, 'wrt');
  if (new Set(list).size !== list.length) throw new InputError(`wrt names a variable twice: ${list.join(', ')}`, 'wrt');
  return list as string[];
}

/** The claim for one variable of several: the entry `w` of what the user's function returns. */
function pick(claim: Fn, w: string, name: string, all: string[]): Fn {
  return (...args: never[]) => {
    const out = (claim as (...a: never[]) => unknown)(...args);
    if (typeof out !== 'object' || out === null || Array.isArray(out) || !(w in out))
      throw fromCheck(
        new InputError(
          `${name} must return an object with one entry per variable differentiated, { ${all.join(', ')} } (wrt lists several, or is omitted for all), but it returned ${Array.isArray(out) ? 'an array' : out === null ? 'null' : typeof out === 'object' ? `an object without ${w}` : typeof out}`,
          'claim',
        ),
      );
    return (out as Record<string, unknown>)[w];
  };
}

/** Marks an error as the check's own, so that call() does not wrap it as the user's function throwing. */
function fromCheck(err: InputError): InputError {
  return Object.assign(err, { fromCheck: true });
}

/** Checks each variable as with a single wrt and gathers the evidence. */
function runMany(q: FunctionOptions<Shapes>, wrt: string[], specFor: (w: string) => Spec): MultiEvidence {
  // One seed for all, drawn once, so that the evidence can be replayed as a whole.
  const seed = q.seed ?? freshSeed();
  const variables: Record<string, Evidence> = {};
  for (const w of wrt) variables[w] = run({ ...q, wrt: w, seed }, specFor(w));
  const all = Object.values(variables);
  const first = Object.entries(variables).find(([, e]) => e.verdict === 'refuted');
  return {
    verdict: first ? 'refuted' : 'verified',
    cases: Math.min(...all.map((e) => e.cases)),
    discarded: all.reduce((n, e) => n + e.discarded, 0),
    seed,
    maxError: Math.max(...all.map((e) => e.maxError)),
    ...(first ? { reason: `${first[0]}: ${first[1].reason}`, counterexample: first[1].counterexample, ...(first[1].path ? { path: first[1].path } : {}) } : {}),
    variables,
  };
}

// ---------------------------------------------------------------------------------------------

type Fn = (...args: never[]) => unknown;
type Repr = NonNullable<ReturnType<typeof reprOfValue>>;

function requireFunction<F>(v: F, name: string, what: string): Fn {
  if (typeof v !== 'function') {
    const hint = typeof v === 'string' ? '; to check an expression string use checkGradient' : '';
    throw new InputError(`${name} must be a function (${what}), got ${v === null ? 'null' : typeof v}${hint}`, name === 'f' ? 'f' : 'claim');
  }
  return v as Fn;
}

/** Calls a user's function; an exception becomes an InputError naming it and the point. */
function call(fn: Fn, name: string, args: unknown[], at: () => string): unknown {
  try {
    return (fn as (...a: unknown[]) => unknown)(...args);
  } catch (err) {
    // Our own checks on what the function returned (pick) are errors already, naming the fault.
    if (err instanceof InputError && (err as { fromCheck?: boolean }).fromCheck) throw err;
    const msg = err instanceof Error ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(err);
    throw new InputError(`${name} threw at ${at()}: ${msg}`, name === 'f' ? 'f' : 'claim');
  }
}

interface Spec {
  kind: 'gradient' | 'vjp' | 'hvp';
  f: Fn;
  /** grad(vars), vjp(vars, dY) or hvp(vars, V). */
  claim: Fn;
  claimName: 'grad' | 'vjp' | 'hvp';
  /** hvp checks: the gradient, when given, against which hvp is also checked. */
  grad?: Fn;
}

interface Case extends Point {
  /** The direction dW. */
  direction: Mat;
  /** The cotangent and the form f returns it in (vjp checks). */
  dY?: Mat;
  dYRepr?: Repr;
  /** hvp checks: the second direction U of Tr(Uᵀ H[V]), drawn independently of V. */
  direction2?: Mat;
}

/** Why a case gave no evidence: f not finite at the point, or f not moving at all along the direction. */
type Skip = { kind: 'discard'; why: 'f' | 'flat' | 'kink'; at: string };
type Outcome = { kind: 'pass'; ratio: number } | Skip | { kind: 'fail'; reason: string; counterexample: Counterexample; wrongShape?: true };

/**
 * Rounding noise of a curve near t = 0, for a function we cannot bound: engine/fd.ts's noiseLevel
 * (Moré & Wild) at three spacings, 1e-11, 1e-10 and 1e-9 times the first step (the inputs move by
 * about 1e-12 to 1e-10 of their size: thousands of units in the last place, yet far too little
 * for the curvature of f to show in its high-order differences). One seven-point estimate can read
 * far below the noise by chance (the rounding errors of neighbouring points are not independent),
 * so the largest of the three is taken.
 *
 * The curve may also be a staircase: f's value can resolve its inputs far more coarsely than its
 * magnitude suggests (a cross-entropy computed as log(s) with s within 1e-8 of 1 moves in steps of
 * one unit in the last place of 1, 2.2e-16, while f itself is 3e-8). The rounding error of each
 * value is then up to a stair, yet the stairs can be so regular that the high-order differences
 * see no noise at all. So the noise is taken as at least the smallest nonzero step between
 * neighbouring values seen in the probes (one stair where the stairs show, a multiple of one
 * elsewhere: an overestimate can only widen the tolerance); and when the curve does not move at
 * all at those spacings, the spacing is widened tenfold at a time, up to the first step itself,
 * until it does.
 */
function measuredNoise(g: (t: number) => Float64Array | null, h0: number): number {
  let sigma = 0,
    stair = Infinity;
  // noiseLevel evaluates t = jδ for j = -3 … 3 in order; the smallest nonzero step between
  // neighbours is the finest resolution of the curve seen.
  const probe = (delta: number): number | null => {
    const seen: number[] = [];
    const level = noiseLevel((t) => {
      const v = g(t);
      if (v) seen.push(v[0]!);
      return v;
    }, delta);
    for (let i = 1; i < seen.length; i++) {
      const d = Math.abs(seen[i]! - seen[i - 1]!);
      if (d > 0) stair = Math.min(stair, d);
    }
    return level;
  };
  for (const rel of NOISE_SPACINGS) sigma = Math.max(sigma, probe(rel * h0) ?? 0);
  for (let rel = NOISE_SPACINGS.at(-1)! * 10; stair === Infinity && rel <= 1; rel *= 10) if (probe(rel * h0) === null) break;
  return Math.max(sigma, Number.isFinite(stair) ? stair : 0);
}
/** The smallest nonzero distance between two of the values: the finest resolution of f seen. */
function finestStep(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  let step = Infinity;
  for (let i = 1; i < v.length; i++) if (v[i]! > v[i - 1]!) step = Math.min(step, v[i]! - v[i - 1]!);
  return Number.isFinite(step) ? step : 0;
}
const NOISE_SPACINGS = [1e-12, 1e-11, 1e-10, 1e-9, 1e-8];
/**
 * From noise of level σ to an error bound, as in engine/fd.ts: |noise| ≤ 3σ at each point, so a
 * central difference at step h is off by at most 3σ/h and a Richardson extrapolant (weights adding
 * up to less than 2) by 6σ/h; the claim's value by 3σ.
 */
const NOISE_TO_FD_ERROR = 6;
const NOISE_BOUND = 3;
/**
 * Ridders' search as for an expression without singular points (two tableaux, restarting with
 * smaller steps while they do not settle, which is what a kink within the step, as of a ReLU,
 * causes). The engine's search for a singular point much closer than the step trusts steps down
 * to 1e-8 of the first, where only a known bound of f's rounding keeps the estimate honest; an
 * opaque f has none, and on saturating tanh layers that search raised false alarms which this one
 * does not (300 checks of a two-layer network, sizes up to 6).
 */
const FD_MODE = { smooth: true };

/** The check of one question, with the user's functions wrapped so that every misuse names them. */
class Trial {
  readonly vs: VarSpec;
  readonly wrt: string;
  /** Name of the cotangent among the variables of a counterexample. */
  readonly dYName: string;

  constructor(
    q: FunctionQuestion<Shapes, string>,
    readonly spec: Spec,
  ) {
    this.vs = parseVarSpec(q.shape, q.assume);
    if (typeof q.wrt !== 'string' || !(q.wrt in this.vs.shapes))
      throw new InputError(`wrt ${typeof q.wrt === 'string' ? `"${q.wrt}" ` : ''}names no variable of shape; the variables are ${Object.keys(this.vs.shapes).join(', ')}`, 'wrt');
    this.wrt = q.wrt;
    let name = 'dY';
    while (name in this.vs.shapes) name += '_';
    this.dYName = name;
  }

  at(values: Record<string, Mat>, dY?: Mat): () => string {
    return () => describePoint(dY ? { ...values, [this.dYName]: dY } : values, formatMatrix);
  }

  /** f at a point, as a matrix (a gradient's f must return a number), finite or not. */
  fValue(values: Record<string, Mat>, at: () => string, along?: Along): Mat {
    const y = call(this.spec.f, 'f', [toVars(this.vs, values, along)], at);
    if (this.spec.kind !== 'vjp') {
      if (typeof y !== 'number')
        throw new InputError(`f must return a number (a gradient needs a scalar f; for a function returning an array use checkFunctionVjp), but it returned ${describeValue(y)} at ${at()}`, 'f');
      return M.scalar(y);
    }
    const F = anyFromValue(y);
    if (!F || F.data.length === 0) throw new InputError(`f must return a number, an array of numbers or rows of equal length, but it returned ${describeValue(y)} at ${at()}`, 'f');
    return F;
  }

  /** f at a point; null when not finite. */
  f(values: Record<string, Mat>, at: () => string, along?: Along): Mat | null {
    const F = this.fValue(values, at, along);
    return M.allFinite(F) ? F : null;
  }

  /** The form and size of f's output at a point (to draw the cotangent); null if f fails there. */
  outputAt(values: Record<string, Mat>): { rows: number; cols: number; repr: Repr } | null {
    try {
      const y = call(this.spec.f, 'f', [toVars(this.vs, values)], () => '');
      const F = anyFromValue(y);
      const repr = reprOfValue(y);
      return F && repr && F.data.length > 0 ? { rows: F.rows, cols: F.cols, repr } : null;
    } catch {
      return null;
    }
  }

  /**
   * The claimed side at a point: grad(vars) or vjp(vars, dY), finite or not. A value of numbers of
   * another size than wrt's is the claim's fault (a refutation, as an expression claim of the wrong
   * shape is): the message saying so is returned instead. Anything but numbers is bad input.
   */
  claimValue(c: Case, values: Record<string, Mat>, at: () => string, along?: Along, into?: Mat): Mat | { wrongShape: string } {
    const name = this.spec.claimName;
    const args: unknown[] = [toVars(this.vs, values, along)];
    if (this.spec.kind === 'vjp') args.push(toValue(c.dY!, c.dYRepr!));
    if (this.spec.kind === 'hvp') args.push(toValue(c.direction, this.vs.repr[this.wrt]!));
    const raw = call(this.spec.claim, name, args, at);
    const W = values[this.wrt]!;
    const G = fromValue(raw, W.rows, W.cols, into);
    if (G) return G;
    const T = fromValue(raw, W.cols, W.rows);
    const hint = T && W.rows !== W.cols ? ' (a missing transpose?)' : '';
    const message = `${name} must return a value of ${this.wrt}'s shape, ${expectedForm(W.rows, W.cols, this.vs.repr[this.wrt]!)}, but it returned ${describeValue(raw)}${hint}`;
    if (anyFromValue(raw)) return { wrongShape: message };
    throw new InputError(`${message} at ${at()}`, 'claim');
  }

  /**
   * The claimed side at a point of the curve; null when not finite; a wrong shape there is bad
   * input (it was right at the point). The value is read into {@link scratch}: it is good until
   * the next call (the noise probes use each one once, for an inner product and a comparison).
   */
  claim(c: Case, values: Record<string, Mat>, at: () => string, along?: Along): Mat | null {
    const G = this.claimValue(c, values, at, along, this.scratchFor(values[this.wrt]!));
    if ('wrongShape' in G) throw new InputError(`${G.wrongShape} at ${at()}`, 'claim');
    return finite(G) ? G : null;
  }

  /** One buffer of wrt's size, reused by every read of the claim that is not kept ({@link claim}). */
  private scratch: Mat | null = null;
  scratchFor(W: Mat): Mat {
    if (!this.scratch || this.scratch.rows !== W.rows || this.scratch.cols !== W.cols) this.scratch = M.mat(W.rows, W.cols);
    return this.scratch;
  }

  /**
   * Two values of one function at one point must be the same, bit for bit: a function that draws
   * fresh randomness per call (a dropout mask, Math.random noise) would otherwise have its
   * randomness read as rounding noise and widen the tolerance, or be averaged away by the finite
   * differences, and a wrong gradient could pass. Like gradcheck's "Backward is not reentrant".
   */
  requireSame(who: 'f' | 'grad' | 'vjp' | 'hvp', first: Mat, again: Mat, at: () => string): void {
    let k = first.data.length === again.data.length && first.rows === again.rows ? -1 : 0;
    if (k < 0)
      for (let i = 0; i < first.data.length; i++)
        if (!Object.is(first.data[i], again.data[i])) {
          k = i;
          break;
        }
    if (k < 0) return;
    const where = first.data.length === 1 ? '' : ` (entry ${Math.floor(k / first.cols) + 1},${(k % first.cols) + 1})`;
    const what = first.data.length === again.data.length ? `${fmt(first.data[k]!)} and then ${fmt(again.data[k]!)}${where}` : `values of ${M.shapeText(first)} and then of ${M.shapeText(again)}`;
    throw new NondeterminismError(
      `${who} is not deterministic: called twice at the same point it returned ${what}, at ${at()}. A ${who === 'f' ? 'function' : 'gradient'} check needs f and ${this.spec.claimName} to depend on their inputs only: is there dropout, an unseeded random (Math.random), or state kept between calls? Fix the seed per call (the same mask in f and ${this.spec.claimName}) or turn the randomness off for the check`,
      who === 'f' ? 'f' : 'claim',
    );
  }

  /** A refutation at the case, with the point, the direction and (vjp) the cotangent. */
  failAt(c: Case, message: string, more: Partial<Counterexample> = {}): Extract<Outcome, { kind: 'fail' }> {
    // How far apart, and how many times the tolerance (readable.ts): a small real difference is not rounding.
    const note = differenceNote(more);
    if (note && !message.includes(note)) message = `${message} (${note})`;
    const values = Object.fromEntries(Object.entries(c.values).map(([k, m]) => [k, M.toRows(m)]));
    if (c.dY) values[this.dYName] = M.toRows(c.dY);
    return { kind: 'fail', reason: message, counterexample: { dims: c.dims, values, direction: { [this.wrt]: M.toRows(c.direction) }, labels: ['', ''], ...more, message } };
  }

  /** Evaluates one case; throws InputError when a function misbehaves. */
  evaluate(c: Case): Outcome {
    if (this.spec.kind === 'hvp') return this.evaluateHessian(c);
    const { wrt } = this;
    const W = c.values[wrt]!;
    const V = c.direction;
    const at = this.at(c.values, c.dY);
    const name = this.spec.claimName;
    // f and the claim are each evaluated twice at the point, and f once more at t = 0 of every
    // noise probe below: any difference is nondeterminism, an error (requireSame).
    const F0raw = this.fValue(c.values, at);
    this.requireSame('f', F0raw, this.fValue(c.values, at), at);
    // Where f is not finite (a log of 0), the case is skipped, as the expression checks skip it;
    // too many such cases end the check with an InputError.
    if (!M.allFinite(F0raw)) return { kind: 'discard', why: 'f', at: at() };
    const F0 = F0raw;
    if (this.spec.kind === 'vjp') {
      if (!c.dY) throw new InputError(`f failed at ${at()} when called to size the cotangent, and not when called again; f must depend on its inputs only`, 'f');
      if (F0.rows !== c.dY.rows || F0.cols !== c.dY.cols)
        throw new InputError(`f returned a ${M.shapeText(F0)} value at ${at()} and a ${M.shapeText(c.dY)} one at the same point before; f must depend on its inputs only`, 'f');
    }
    const Graw = this.claimValue(c, c.values, at);
    if ('wrongShape' in Graw) return { ...this.failAt(c, Graw.wrongShape, { labels: [`${wrt}'s shape`, `${name}'s value`] }), wrongShape: true };
    const again = this.claimValue(c, c.values, at, undefined, this.scratchFor(W));
    this.requireSame(name, Graw, 'wrongShape' in again ? M.mat(0, 0) : again, at);
    // f is finite here, so its derivative along dW is a number: a claim that is NaN or ±Infinity
    // at such a point is wrong there (a 0/0 in a backward pass), not a case to skip.
    const bad = Graw.data.findIndex((v) => !Number.isFinite(v));
    // Unless f has a kink there along dW (‖x − a‖ at x = a): no derivative, so no evidence (functionKinks.ts).
    const along = (t: number) => {
      const F = t === 0 ? F0 : this.f(c.values, at, { name: wrt, t, V });
      return F && (!c.dY || (F.rows === c.dY.rows && F.cols === c.dY.cols)) ? (c.dY ? M.inner(c.dY, F) : F.data[0]!) : null;
    };
    if (bad >= 0 && kinkAt(along, firstStep(c.values, W, V))) return { kind: 'discard', why: 'kink', at: at() };
    if (bad >= 0) {
      const entry = Graw.data.length === 1 ? '' : ` at entry (${Math.floor(bad / Graw.cols) + 1},${(bad % Graw.cols) + 1})`;
      const fText = F0.data.length === 1 ? ` (f = ${fmt(F0.data[0]!)})` : '';
      return this.failAt(
        c,
        `${name} is ${Graw.data[bad]}${entry} where f is finite${fText}; if f is not differentiable at such points, keep them away with an assumption (e.g. assume: { ${wrt}: 'positive' }), else fix ${name}`,
        {
          labels: [`f`, name],
        },
      );
    }
    const G = Graw;

    // The scalar on trial along the curve W + t·dW: f itself, or Tr(dYᵀ f). Our own sum in the
    // latter is bounded by n·u·Σ|dY||f| (f's own rounding is measured, as noise).
    const scalarOf = (F: Mat) => (c.dY ? M.inner(c.dY, F) : F.data[0]!);
    const sumBound = c.dY ? c.dY.data.length * U * absInner(c.dY, F0) : 0;
    // The point W + t·dW, made as f's arguments are copied (toVars).
    const moved = (t: number): Along => ({ name: wrt, t, V });
    const at0 = scalarOf(F0);
    const seen: number[] = [at0];
    const g = (t: number) => {
      // At t = 0 (the middle of every noise probe) f is called again and compared with F0: the
      // same call gives the probe its value, so each comparison costs one call, not two.
      let F: Mat | null;
      if (t === 0) {
        const again = this.fValue(c.values, at);
        this.requireSame('f', F0, again, at);
        F = again;
      } else F = this.f(c.values, at, moved(t));
      if (!F || (c.dY && (F.rows !== c.dY.rows || F.cols !== c.dY.cols))) return null;
      const v = scalarOf(F);
      seen.push(v);
      return Float64Array.of(v);
    };
    const h0 = firstStep(c.values, W, V);
    const fd = directionalDerivative(g, h0, FD_MODE);
    if (!fd) throw new InputError(`f is not finite near ${at()} along d${wrt} (at every step tried); add an assumption that keeps f defined around its points`, 'f');
    const dot = M.inner(G, V);
    const lhs = fd.value[0]!;
    const err = Math.abs(lhs - dot);
    // Our inner product's bound, and the error of the finite difference without f's measured noise.
    const innerBound = V.data.length * U * absInner(G, V);
    const fdErrorUnmeasured = Math.max(fd.err, (2 * sumBound) / fd.h);
    // The measured noise of f and of the claim only ever widens the tolerance (tolerance() grows
    // with both arguments), so a case that passes without it passes with it: the noise is measured
    // (about 40 calls of f and 35 of the claim) only when the case would not pass otherwise. The
    // verdict of every case is the one the full measurement gives; ratio is err over the tolerance
    // applied, never less than over the wider one. (When f did not move at the steps of the
    // finite difference, the flat case below needs the probes' values too.)
    if (seen.some((v) => v !== at0)) {
      const tight = tolerance(fdErrorUnmeasured, innerBound);
      if (err <= tight) return { kind: 'pass', ratio: tight > 0 ? err / tight : 0 };
    }
    // f's noise: as measured along the curve, and at least the finest step between any two of the
    // values f took in this case (a staircase's stair: see measuredNoise).
    const fNoise = Math.max(measuredNoise(g, h0), finestStep(seen));
    const moves = seen.some((v) => v !== at0);
    const fdError = Math.max(fdErrorUnmeasured, (NOISE_TO_FD_ERROR * fNoise) / fd.h);
    // The claim's own rounding: its noise along the curve, and our inner product's bound.
    const claimNoise = measuredNoise((t) => {
      const Gt = this.claim(c, c.values, at, moved(t));
      if (t === 0) this.requireSame(name, G, Gt ?? M.mat(0, 0), at);
      return Gt ? Float64Array.of(M.inner(Gt, V)) : null;
    }, h0);
    const bound = NOISE_BOUND * claimNoise + innerBound;
    // f took one and the same value at every step tried, out to three first steps: as computed, it
    // does not move along dW here. A claimed slope within the claim's own rounding agrees with that
    // (f invariant along dW, as a softmax cross-entropy along the ones); a larger one cannot be
    // tested (softmax saturated to exactly 1, say, hides f's rounding): no evidence either way.
    if (!moves && dot !== 0) {
      if (Math.abs(dot) <= bound) return { kind: 'pass', ratio: Math.abs(dot) / bound };
      return { kind: 'discard', why: 'flat', at: at() };
    }

    const tol = tolerance(fdError, bound);
    if (err <= tol) return { kind: 'pass', ratio: tol > 0 ? err / tol : 0 };
    const labels: [string, string] =
      this.spec.kind === 'gradient' ? [`finite difference of f along d${wrt}`, `Tr(gradᵀ d${wrt})`] : [`finite difference of Tr(${this.dYName}ᵀ f) along d${wrt}`, `Tr(vjp(${this.dYName})ᵀ d${wrt})`];
    const message =
      this.spec.kind === 'gradient'
        ? `along d${wrt}, the finite difference of f is ${fmt(lhs)} but Tr(gradᵀ d${wrt}) is ${fmt(dot)}`
        : `along d${wrt} and seen through the cotangent ${this.dYName}, the finite difference of Tr(${this.dYName}ᵀ f) is ${fmt(lhs)} but Tr(vjp(${this.dYName})ᵀ d${wrt}) is ${fmt(dot)}`;
    return this.failAt(c, message, { labels, expected: lhs, actual: dot, error: err, tolerance: tol });
  }

  /**
   * One case of a Hessian-vector product: Tr(Uᵀ hvp(vars, V)) against the mixed second difference
   * of f along U and V (engine/fd.ts's mixedSecondDerivative, as `mcv hessian` compares them),
   * two independent directions. The tolerances are measured as for gradients: f's noise on both
   * curves (6σ/h² for the four-point quotient), hvp's own noise along V, and our inner product.
   */
  evaluateHessian(c: Case): Outcome {
    const { wrt } = this;
    const W = c.values[wrt]!;
    const V = c.direction,
      Ud = c.direction2!;
    const at = this.at(c.values);
    const F0raw = this.fValue(c.values, at);
    this.requireSame('f', F0raw, this.fValue(c.values, at), at);
    if (!M.allFinite(F0raw)) return { kind: 'discard', why: 'f', at: at() };
    const Hraw = this.claimValue(c, c.values, at);
    if ('wrongShape' in Hraw) return { ...this.failAt(c, Hraw.wrongShape, { labels: [`${wrt}'s shape`, `hvp's value`] }), wrongShape: true };
    const again = this.claimValue(c, c.values, at);
    this.requireSame('hvp', Hraw, 'wrongShape' in again ? M.mat(0, 0) : again, at);
    const bad = Hraw.data.findIndex((v) => !Number.isFinite(v));
    if (bad >= 0)
      return this.failAt(
        c,
        `hvp is ${Hraw.data[bad]} where f is finite (f = ${fmt(F0raw.data[0]!)}); if f is not twice differentiable at such points, keep them away with an assumption, else fix hvp`,
        { labels: ['f', 'hvp'] },
      );
    const Dp = M.zip(Ud, V, (a, b) => a + b),
      Dm = M.zip(Ud, V, (a, b) => a - b);
    const step = (D: Mat) => {
      const dn = M.frobenius(D);
      if (dn === 0) return SECOND_STEP;
      let fallback = 0;
      for (const v of Object.values(c.values)) fallback = Math.max(fallback, M.frobenius(v));
      return (SECOND_STEP * (M.frobenius(W) || fallback || 1)) / dn;
    };
    const h0 = Math.min(step(Dp), step(Dm));
    const curve = (D: Mat) => (t: number) => {
      // At t = 0 the one call is compared with F0raw and gives the value (as in evaluate).
      let F: Mat | null;
      if (t === 0) {
        const again = this.fValue(c.values, at);
        this.requireSame('f', F0raw, again, at);
        F = again;
      } else F = this.f(c.values, at, { name: wrt, t, V: D });
      return F ? Float64Array.of(F.data[0]!) : null;
    };
    const gp = curve(Dp),
      gm = curve(Dm);
    const fd = mixedSecondDerivative(gp, gm, h0);
    if (!fd) throw new InputError(`f is not finite near ${at()} along d${wrt} ± d${wrt}₂ (at every step tried); add an assumption that keeps f defined around its points`, 'f');
    const dot = M.inner(Ud, Hraw);
    const lhs = fd.value[0]!;
    const err = Math.abs(lhs - dot);
    const innerBound = Ud.data.length * U * absInner(Hraw, Ud);
    const what = `Tr(d${wrt}₂ᵀ hvp(d${wrt}))`;
    // As in evaluate: the measured noises only widen the tolerance, so they are measured only when
    // the case does not pass without them.
    const tight = tolerance(fd.err, innerBound);
    if (err <= tight) {
      const ratio = tight > 0 ? err / tight : 0;
      return this.spec.grad ? this.hvpAgainstGrad(c, Hraw, dot, what, ratio) : { kind: 'pass', ratio };
    }
    const sigma = Math.max(measuredNoise(gp, h0), measuredNoise(gm, h0));
    const fdError = Math.max(fd.err, (NOISE_TO_FD_ERROR * sigma) / (fd.h * fd.h));
    const hvpNoise = measuredNoise((t) => {
      const Ht = this.claim(c, c.values, at, { name: wrt, t, V });
      if (t === 0) this.requireSame('hvp', Hraw, Ht ?? M.mat(0, 0), at);
      return Ht ? Float64Array.of(M.inner(Ud, Ht)) : null;
    }, h0);
    const bound = NOISE_BOUND * hvpNoise + innerBound;
    const tol = tolerance(fdError, bound);
    if (err <= tol) {
      const ratio = tol > 0 ? err / tol : 0;
      return this.spec.grad ? this.hvpAgainstGrad(c, Hraw, dot, what, ratio) : { kind: 'pass', ratio };
    }
    return this.failAt(c, `along d${wrt} and d${wrt}₂, the mixed second difference of f is ${fmt(lhs)} but ${what} is ${fmt(dot)}`, {
      direction2: { [wrt]: M.toRows(Ud) },
      labels: [`mixed second difference of f along d${wrt}, d${wrt}₂`, what],
      expected: lhs,
      actual: dot,
      error: err,
      tolerance: tol,
    });
  }

  /**
   * With a gradient given (checkFunctionHessian's `grad`): Tr(Uᵀ hvp(V)) against the derivative of
   * t ↦ Tr(Uᵀ grad(W + tV)), a first difference, so far sharper than the second difference of f.
   * A disagreement does not say which of grad and hvp is wrong, so the message names both.
   */
  hvpAgainstGrad(c: Case, H: Mat, dot: number, what: string, ratio: number): Outcome {
    const { wrt } = this;
    const W = c.values[wrt]!;
    const V = c.direction,
      Ud = c.direction2!;
    const at = this.at(c.values);
    const gradAt = (along?: Along) => {
      const raw = call(this.spec.grad!, 'grad', [toVars(this.vs, c.values, along)], at);
      const G = fromValue(raw, W.rows, W.cols);
      if (!G) throw new InputError(`grad must return a value of ${wrt}'s shape, ${expectedForm(W.rows, W.cols, this.vs.repr[wrt]!)}, but it returned ${describeValue(raw)} at ${at()}`, 'claim');
      return G;
    };
    const G0 = gradAt();
    this.requireSame('grad', G0, gradAt(), at);
    const g = (t: number) => {
      const G = t === 0 ? gradAt() : gradAt({ name: wrt, t, V });
      if (t === 0) this.requireSame('grad', G0, G, at);
      return M.allFinite(G) ? Float64Array.of(M.inner(Ud, G)) : null;
    };
    const h0 = firstStep(c.values, W, V);
    const fd = directionalDerivative(g, h0, FD_MODE);
    if (!fd) return { kind: 'pass', ratio };
    const bound = Ud.data.length * U * absInner(H, Ud);
    const err = Math.abs(fd.value[0]! - dot);
    // grad's measured noise only widens the tolerance: measured only when the case needs it.
    const tight = tolerance(fd.err, bound);
    if (err <= tight) return { kind: 'pass', ratio: Math.max(ratio, tight > 0 ? err / tight : 0) };
    const fdError = Math.max(fd.err, (NOISE_TO_FD_ERROR * measuredNoise(g, h0)) / fd.h);
    const tol = tolerance(fdError, bound);
    if (err <= tol) return { kind: 'pass', ratio: Math.max(ratio, tol > 0 ? err / tol : 0) };
    return this.failAt(
      c,
      `hvp is not the derivative of the grad given (one of the two is wrong; checkFunctionGradient checks grad alone): along d${wrt}, the finite difference of Tr(d${wrt}₂ᵀ grad) is ${fmt(fd.value[0]!)} but ${what} is ${fmt(dot)}`,
      { direction2: { [wrt]: M.toRows(Ud) }, labels: [`finite difference of Tr(d${wrt}₂ᵀ grad) along d${wrt}`, what], expected: fd.value[0]!, actual: dot, error: err, tolerance: tol },
    );
  }

  /** Points, directions and (for a vjp) cotangents of f's output form, from the oracle's generators. */
  cases(maxDim: number): fc.Arbitrary<Case> {
    return pointArbitrary(this.vs, maxDim).chain((p) => {
      const W = p.values[this.wrt]!;
      const dir = matrixArbitrary([], W.rows, W.cols);
      if (this.spec.kind === 'gradient') return dir.map((direction): Case => ({ ...p, direction }));
      // A Hessian needs two independent directions: along one, vᵀ(2A)v = vᵀ(A + Aᵀ)v.
      if (this.spec.kind === 'hvp') return fc.tuple(dir, dir).map(([direction, direction2]): Case => ({ ...p, direction, direction2 }));
      // The cotangent has the size of f's output at this point, so f is called once to learn it.
      const out = this.outputAt(p.values);
      if (!out) return dir.map((direction): Case => ({ ...p, direction }));
      return fc.tuple(dir, matrixArbitrary([], out.rows, out.cols)).map(([direction, dY]): Case => ({ ...p, direction, dY, dYRepr: out.repr }));
    });
  }

  /** A case at a given point: a direction (and a cotangent) drawn from `seed`. */
  caseAt(p: Point, seed: number): Case {
    const sample = <T>(arb: fc.Arbitrary<T>): T => fc.sample(arb, { seed, numRuns: 1 })[0]!;
    const W = p.values[this.wrt]!;
    const c: Case = { ...p, direction: sample(matrixArbitrary([], W.rows, W.cols)) };
    if (this.spec.kind === 'hvp') c.direction2 = fc.sample(matrixArbitrary([], W.rows, W.cols), { seed: seed ^ 0x5bd1e995, numRuns: 1 })[0]!;
    if (this.spec.kind === 'vjp') {
      const out = this.outputAt(p.values);
      if (out) Object.assign(c, { dY: sample(matrixArbitrary([], out.rows, out.cols)), dYRepr: out.repr });
    }
    return c;
  }

  /** The first case: every letter at a distinct size ≥ 2, so a mix-up of sizes shows at once. */
  probe(seed: number): Case {
    const dims = probeDims(this.vs);
    // Each variable and the direction from its own seed: with one seed, variables of one shape
    // came out equal (x = a, on the kink of ‖x − a‖) and the direction equal to them.
    const sample = <T>(arb: fc.Arbitrary<T>, k = 0): T => fc.sample(arb, { seed: (seed + Math.imul(k, 0x9e3779b9)) | 0, numRuns: 1 })[0]!;
    const values = Object.fromEntries(Object.entries(valuesAt(this.vs, dims)).map(([k, arb], i) => [k, sample(arb, i + 1)]));
    const W = values[this.wrt]!;
    const c: Case = { dims, values, direction: sample(matrixArbitrary([], W.rows, W.cols)) };
    if (this.spec.kind === 'hvp') c.direction2 = fc.sample(matrixArbitrary([], W.rows, W.cols), { seed: seed ^ 0x5bd1e995, numRuns: 1 })[0]!;
    if (this.spec.kind === 'vjp') {
      const out = this.outputAt(values);
      if (out) Object.assign(c, { dY: sample(matrixArbitrary([], out.rows, out.cols), -1), dYRepr: out.repr });
    }
    return c;
  }
}

/** Σ |aᵢ||bᵢ|: M.inner of the two M.map(·, Math.abs), summed in the same order, without two copies of 10⁶ entries. */
function absInner(a: Mat, b: Mat): number {
  let s = 0;
  for (let i = 0; i < a.data.length; i++) s += Math.abs(a.data[i]!) * Math.abs(b.data[i]!);
  return s;
}

/** Every entry finite (x − x is 0 for a number, NaN for NaN and ±∞): M.allFinite's answer, in a plain loop. */
function finite(m: Mat): boolean {
  const d = m.data;
  for (let i = 0; i < d.length; i++) if (d[i]! - d[i]! !== 0) return false;
  return true;
}

/**
 * M.frobenius's value, bit for bit (the same scaled sum in the same order; x ** 2 is x * x), in
 * indexed loops: for-of and ** cost ~30 ms a norm of 10⁶ entries, twice a case.
 */
function norm(m: Mat): number {
  const d = m.data;
  let scale = 0;
  for (let i = 0; i < d.length; i++) scale = Math.max(scale, Math.abs(d[i]!));
  if (scale === 0 || !Number.isFinite(scale)) return scale;
  let s = 0;
  for (let i = 0; i < d.length; i++) {
    const y = d[i]! / scale;
    s += y * y;
  }
  return scale * Math.sqrt(s);
}

/** The first finite-difference step: FIRST_STEP relative to the point, as for expressions (check.ts). */
function firstStep(values: Record<string, Mat>, W: Mat, V: Mat): number {
  const vn = norm(V);
  if (vn === 0) return FIRST_STEP;
  const wn = norm(W);
  if (wn > 0) return (FIRST_STEP * wn) / vn;
  // W = 0 (or NaN): the scale of the other variables, computed only then (a norm is two passes over 10⁶ entries).
  let fallback = 0;
  for (const v of Object.values(values)) fallback = Math.max(fallback, M.frobenius(v));
  return (FIRST_STEP * (fallback || 1)) / vn;
}

function run(q: FunctionQuestion<Shapes, string>, spec: Spec): Evidence {
  const trial = new Trial(q, spec);
  const seed = q.seed ?? freshSeed();
  if (!Number.isInteger(seed)) throw new InputError(`seed must be a whole number, got ${q.seed}`, 'seed');
  const points = q.at === undefined ? [] : Array.isArray(q.at) ? (q.at as unknown[]) : [q.at];
  const cases = q.cases ?? defaultCases(trial.vs, q.maxDim ?? 4);
  if (!Number.isInteger(cases) || cases < (points.length ? 0 : 1))
    throw new InputError(`cases must be a whole number ≥ ${points.length ? '0 (0: only the points of at)' : '1'}, got ${cases}`, 'cases');
  const limit = q.timeLimitMs ?? 10_000;
  if (!(limit > 0)) throw new InputError(`timeLimitMs must be a positive number of milliseconds, got ${limit}`, 'timeLimit');

  // First, one case at distinct sizes: do the functions take and return what they must? Bad input
  // is reported here, before any random case, with the probe's point. With cases: 0 the check is
  // the points given and nothing else: the probe is a random point like the cases, so it is not
  // drawn (it once refuted emitted det(X)² code at a singular X outside the points it was asked about).
  const atProbe: Outcome = cases === 0 ? { kind: 'pass', ratio: 0 } : trial.evaluate(trial.probe(seed));
  // A claim of the wrong shape at the probe's distinct sizes is refuted at once, as check.ts
  // refutes an expression of the wrong shape (a random case of size 1 could hide it: a number
  // passes for a column of one).
  if (atProbe.kind === 'fail' && atProbe.wrongShape)
    return { verdict: 'refuted', cases: 0, discarded: 0, seed, maxError: 0, reason: reasonBlock(atProbe.counterexample, seed, 0, ''), counterexample: atProbe.counterexample };
  // The user's points: each a case with a random direction; a refutation there is not shrunk.
  let atPoints = { passed: 0, discarded: 0, maxRatio: 0 };
  let pointSkip: Skip | null = null;
  for (const [i, given] of points.entries()) {
    const label = Array.isArray(q.at) ? `at[${i}]` : 'at';
    const point = pointFromValues(trial.vs, given, label);
    let o = trial.evaluate(trial.caseAt(point, seed + i + 1));
    // A direction along which f does not move at all (a softmax along the ones) is the checker's
    // unlucky draw, not the user's point: another is drawn, up to AT_DIRECTIONS in all, each a whole case.
    for (let k = 1; o.kind === 'discard' && o.why === 'flat' && k < AT_DIRECTIONS; k++) o = trial.evaluate(trial.caseAt(point, (seed + i + 1 + Math.imul(k, 0x9e3779b9)) | 0));
    if (o.kind === 'fail')
      return {
        verdict: 'refuted',
        cases: atPoints.passed,
        discarded: atPoints.discarded,
        seed,
        maxError: atPoints.maxRatio,
        reason: reasonBlock(o.counterexample, seed, atPoints.passed, `at the point ${label} given`),
        counterexample: o.counterexample,
      };
    if (o.kind === 'discard') {
      atPoints.discarded++;
      pointSkip ??= o;
    } else atPoints = { ...atPoints, passed: atPoints.passed + 1, maxRatio: Math.max(atPoints.maxRatio, o.ratio) };
  }

  // With fixed shapes (no dimension letters) the probe is drawn as every random case is, from
  // the same generators at the same sizes: when it passes, it is one of the cases asked for, and
  // one random case fewer is run (at 10⁶ entries a case is ~30 calls of f). With letters it is at
  // sizes of its own (2, 3, …, maybe above maxDim) and all `cases` are random.
  const probeCounts = cases > 0 && trial.vs.letters.length === 0 && atProbe.kind === 'pass';
  const randomCases = probeCounts ? cases - 1 : cases;
  const run =
    randomCases === 0
      ? { passed: 0, discarded: 0, maxRatio: 0, interrupted: false }
      : runCases<Case, Omit<Skip, 'kind'>, Omit<Extract<Outcome, { kind: 'fail' }>, 'kind'>>(
          { arbitrary: trial.cases(q.maxDim ?? 4), evaluate: (c) => trial.evaluate(c) },
          // Nondeterminism is not shrunk: at another point the random draw may happen to agree.
          {
            seed,
            cases: randomCases,
            timeLimitMs: limit,
            // A point of large matrices only cannot shrink: every candidate would be the same point evaluated again (a whole case, 27 to 110 calls of f and grad).
            shrink: q.shrink !== false && !unshrinkable(trial),
            maxShrinks: q.maxShrinks,
            stopOn: (err) => err instanceof NondeterminismError,
          },
        );
  const passed = run.passed + atPoints.passed + (probeCounts ? 1 : 0);
  const maxRatio = Math.max(run.maxRatio, atPoints.maxRatio, probeCounts && atProbe.kind === 'pass' ? atProbe.ratio : 0);
  // The probe is a case like any other: its discard counts.
  const discarded = run.discarded + atPoints.discarded + (atProbe.kind === 'discard' ? 1 : 0);
  const skip: Skip | null = atProbe.kind === 'discard' ? atProbe : (pointSkip ?? ('firstDiscard' in run ? (run.firstDiscard ?? null) : null));
  const wanted = cases + points.length;
  const w = q.wrt;
  const some = `${discarded} of the first ${discarded + passed} cases`;
  const flatMessage = (sk: Skip) =>
    `in ${some} f did not change at all along d${w} (the same value at every step, out to three times the finite-difference step) while ${spec.claimName} claims a slope, e.g. at ${sk.at}: f as computed does not depend on ${w} there (does it use ${w}? is it saturated, e.g. a softmax of huge logits?); use smaller inputs or check that f reads ${w}`;
  const refuted = (o: Extract<Outcome, { kind: 'fail' }>, path?: string): Evidence => ({
    verdict: 'refuted',
    cases: passed,
    discarded,
    seed,
    maxError: maxRatio,
    reason: reasonBlock(o.counterexample, seed, passed, skip ? discardNote(discarded, skip) : ''),
    counterexample: o.counterexample,
    ...(path ? { path } : {}),
  });
  const failure = 'failure' in run ? run.failure : undefined;
  if (failure?.error instanceof NondeterminismError) throw failure.error;
  if (failure) {
    // The shrunk case again: a refutation is what it shows; bad input throws its InputError here,
    // naming a small point.
    const o = trial.evaluate(failure.case);
    if (o.kind === 'fail') return refuted(o, failure.path);
    if (failure.error instanceof InputError) throw failure.error;
    throw new NondeterminismError(
      `the check of ${spec.claimName} failed at a case and passed when it was run again: f or ${spec.claimName} does not depend on its inputs only (seed ${seed}); is there dropout, an unseeded random or state kept between calls?`,
      'f',
    );
  }
  // The probe is a case like any other: a refutation there stands even if no random case repeats it.
  if (atProbe.kind === 'fail') return refuted(atProbe);
  if (skip && (passed < wanted || q.failOnDiscard)) {
    if (skip.why === 'flat') throw new InputError(flatMessage(skip), 'f');
    if (skip.why === 'kink')
      throw new InputError(
        `in ${some} f has a kink along d${w} (its one-sided slopes differ, so it has no derivative there) and ${spec.claimName} is not finite, e.g. at ${skip.at}; keep such points away with an assumption, or check f at smooth points with at`,
        'f',
      );
    const why = q.failOnDiscard && passed === wanted ? ' and failOnDiscard is set' : '';
    throw new InputError(
      `f is not finite (NaN or ±Infinity) at ${skip.at} (in ${some}${why}); if f is undefined at such points, add an assumption that keeps them away (e.g. assume: { ${w}: 'positive' } or { ${w}: 'spd' }), else fix f`,
      'f',
    );
  }
  if (run.interrupted && passed < wanted)
    throw new TimeLimitError(
      `the check stopped after ${passed} of ${wanted} cases (${discarded} discarded): the time limit of ${Number((limit / 1000).toPrecision(3))} s passed; use smaller sizes (maxDim), fewer cases or a longer timeLimitMs`,
      passed,
      wanted,
      limit,
    );
  return { verdict: 'verified', cases: passed, discarded, seed, maxError: maxRatio, ...(skip ? { reason: discardNote(discarded, skip) } : {}) };
}

/**
 * Nothing in a case can shrink: no dimension letters (fixed sizes), and every variable (so every
 * direction of wrt's size) is drawn by largeMatrix, which does not shrink (vars.ts's
 * matrixArbitrary). A vjp's cotangent, of f's output size, may be small and shrinkable, so vjp
 * checks keep their shrinking.
 */
function unshrinkable(trial: Trial): boolean {
  if (trial.spec.kind === 'vjp' || trial.vs.letters.length > 0) return false;
  return Object.entries(trial.vs.shapes).every(([k, sh]) => {
    const simple = (trial.vs.assume[k] ?? []).every((a) => a === 'positive' || a === 'symmetric');
    return typeof sh.rows === 'number' && typeof sh.cols === 'number' && sh.rows * sh.cols > LARGE_ENTRIES && simple;
  });
}

/**
 * Directions tried at a point given (`at`) before a flat one counts as a discard there: a softmax
 * cross-entropy of two classes is flat along about 1 direction in 30 of the grid (dW with equal
 * entries), where the claim's slope is its own rounding (the cancellation in p − y, invisible as
 * noise since grad is constant along that direction too); three leave about 1 in 30,000.
 */
const AT_DIRECTIONS = 3;

/** Cases when none are asked for, for functions whose variables all fit in LARGE_ENTRIES entries. */
const DEFAULT_CASES = 100;
/**
 * Cases when a variable may be larger: each case checks the gradient along a random direction of
 * the whole space at once (a wrong gradient G′ passes only if Tr((G′ − G)ᵀ V) ≈ 0 for each V drawn,
 * which a random V makes unlikely in any dimension), and costs about 27 calls of f and grad (115
 * where the noise is measured): 100 cases of a function of a 200×200 matrix would take tens of
 * seconds, 10 take one or two.
 */
const DEFAULT_CASES_LARGE = 10;

function defaultCases(vs: VarSpec, maxDim: number): number {
  const size = (d: string | number) => (typeof d === 'number' ? d : maxDim);
  const largest = Math.max(...Object.values(vs.shapes).map((s) => size(s.rows) * size(s.cols)));
  return largest > LARGE_ENTRIES ? DEFAULT_CASES_LARGE : DEFAULT_CASES;
}

/** How many cases were discarded and why, with the first one's point: a verified check says it too. */
function discardNote(discarded: number, skip: Skip): string {
  const why = skip.why === 'flat' ? 'f did not move at all along the direction there' : skip.why === 'kink' ? 'a kink of f there, where the claim is not finite' : 'f not finite there';
  return `${discarded} case${discarded === 1 ? ' was' : 's were'} discarded (${why}, e.g. at ${skip.at}); failOnDiscard: true makes any discard an error`;
}

/** Largest value printed in full in a reason; larger ones are summarised (the whole value is in counterexample.values). */
const MAX_PRINTED_ENTRIES = 64;

/**
 * The refutation in one readable block, for `expect(ev.verdict, ev.reason)`: the message, then the
 * shrunk counterexample as `mcv` prints it (sizes, the point, the direction, the two numbers).
 */
function reasonBlock(cx: Counterexample, seed: number, passed: number, discards: string): string {
  const show = (rows: number[][]) => {
    const n = rows.length * (rows[0]?.length ?? 0);
    if (n <= MAX_PRINTED_ENTRIES) return formatMatrix(rows);
    let lo = Infinity,
      hi = -Infinity;
    for (const r of rows)
      for (const v of r) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    return `(${rows.length}x${rows[0]!.length}, entries from ${fmt(lo)} to ${fmt(hi)}; all of it in counterexample.values)`;
  };
  const lines = [cx.message, `counterexample (seed ${seed}; ${passed} case${passed === 1 ? '' : 's'} passed before it${discards ? `; ${discards}` : ''}):`];
  const dims = Object.entries(cx.dims).map(([k, v]) => `${k}=${v}`);
  if (dims.length) lines.push(`  sizes: ${dims.join(', ')}`);
  const items = [...Object.entries(cx.values), ...Object.entries(cx.direction ?? {}).map(([k, v]) => [`d${k}`, v] as const)];
  const width = Math.max(0, ...items.map(([k]) => k.length));
  for (const [k, v] of items) lines.push(`  ${k.padEnd(width)} = ${show(v)}`);
  if (cx.expected !== undefined && cx.actual !== undefined) {
    const [a, b] = cx.labels;
    const lw = Math.max(a.length, b.length);
    lines.push(`  ${a.padEnd(lw)} = ${fmt(cx.expected)}`, `  ${b.padEnd(lw)} = ${fmt(cx.actual)}`);
    if (cx.error !== undefined && cx.tolerance !== undefined) lines.push(`  difference ${fmt(cx.error)}, tolerance ${fmt(cx.tolerance)}`);
  }
  return lines.join('\n');
}
