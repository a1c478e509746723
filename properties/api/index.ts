/**
 * The library API of matrix-calculus-verified: the same oracle as `mcv` and the catalogue.
 *
 * ```ts
 * import { checkGradient } from 'matrix-calculus-verified';
 * const ev = checkGradient({ f: "a'*X*b", wrt: 'X', claim: "a*b'", shape: { X: '3x4', a: '3', b: '4' } });
 * ev.verdict; // 'verified'
 * ```
 * JavaScript functions are checked with `checkFunctionGradient`, `checkFunctionVjp` and `checkFunctionHessian`; the
 * matchers for vitest and jest are in `matrix-calculus-verified/matchers`, the generators in
 * `matrix-calculus-verified/arbitraries`. Bad input throws an InputError whose message names the
 * thing at fault.
 */
import { checkClaim, type CheckOptions, type ClaimInput, type Evidence } from '../oracle/check.js';
import type { Diagnosis } from '../derive/diagnose.js';
import { claimArgs, derivedHint } from '../presentation/derive.js';
import { FUNCTIONS as EXPRESSION_FUNCTIONS } from '../engine/expr.js';

export type { Evidence, Counterexample, CheckOptions, ClaimInput, Kind } from '../oracle/check.js';
export { checkClaim, fmt } from '../oracle/check.js';
export { InputError, LimitError, TimeLimitError, type Field } from '../engine/errors.js';
export { formatEvidence } from '../presentation/format.js';
export { ASSUMPTIONS, ASSUMPTION_DOCS, type Assumption } from '../engine/shapes.js';
export { TOLERANCES } from '../oracle/tolerance.js';
export {
  checkFunctionGradient,
  checkFunctionVjp,
  checkFunctionHessian,
  NondeterminismError,
  type FunctionOptions,
  type FunctionQuestion,
  type FunctionGradientQuestion,
  type FunctionGradientsQuestion,
  type FunctionVjpQuestion,
  type FunctionVjpsQuestion,
  type FunctionHessianQuestion,
  type GradientsOf,
  type MultiEvidence,
  type PointOf,
  type CotangentOf,
  type Value,
  type ReadonlyValue,
  type Shapes,
  type Vars,
  type Assume,
  type ValueOfShape,
  type ReturnOfShape,
} from './functions.js';

/**
 * The functions expressions may use, with their arity and a line of documentation. (Typed here, so
 * that the package's declarations do not reach into the evaluator's.)
 */
export const FUNCTIONS: Readonly<Record<string, { readonly arity: readonly [number, number]; readonly doc: string }>> = EXPRESSION_FUNCTIONS;
export type { Diagnosis, DiagnosisKind, Relation } from '../derive/diagnose.js';
export type { DeriveInput, DeriveResult, DeriveStep, RefutedLine, VariableGradient } from '../derive/derive.js';
export { deriveGradient, type DeriveSeveralInput } from '../derive/several.js';

/** What every question shares: shapes, assumptions and the check's options. */
export interface Question extends Pick<CheckOptions, 'cases' | 'seed' | 'maxDim' | 'timeLimitMs'> {
  /** Shape of every variable, as with `--shape`: `3x4`, `mxn`, `n`, `1`; the ones missing are inferred from use. */
  shape?: Readonly<Record<string, string>>;
  /** Assumptions, as with `--assume`: `{ X: 'spd' }` or `{ X: ['symmetric', 'invertible'] }`. */
  assume?: Readonly<Record<string, string | readonly string[]>>;
}

const opts = (q: Question): CheckOptions => ({ cases: q.cases, seed: q.seed, maxDim: q.maxDim, timeLimitMs: q.timeLimitMs });

/**
 * The evidence of {@link checkGradient}, {@link checkDifferential} and {@link checkHessian}: when
 * the claim is refuted and `mcv derive` finds (and verifies) the answer, also that answer and the
 * diagnosis, how the claim relates to it (an identity the oracle verified, or `kind: 'none'`).
 */
export interface ClaimEvidence extends Evidence {
  /** The derived gradient, differential or Hessian (in the claim's form), as `mcv` prints it. */
  derived?: string;
  diagnosis?: Diagnosis;
}

/** A refuted claim with the derived answer and the diagnosis, as `mcv` prints them. */
function explained(input: ClaimInput, ev: Evidence, q: Question): ClaimEvidence {
  if (ev.verdict !== 'refuted') return ev;
  const hint = derivedHint({ ...claimArgs(input), ...(q.timeLimitMs !== undefined ? { timeLimit: String(q.timeLimitMs / 1000) } : {}) }, ev);
  const derived = hint?.gradient ?? hint?.differential ?? hint?.hessian;
  return { ...ev, ...(derived !== undefined ? { derived } : {}), ...(hint?.diagnosis ? { diagnosis: hint.diagnosis } : {}) };
}

function checkExplained(input: ClaimInput, q: Question): ClaimEvidence {
  return explained(input, checkClaim(input, opts(q)), q);
}

/**
 * For a square W: `directions: 'symmetric'` checks along symmetric dW only (the gradient within the
 * symmetric matrices), `convention: 'entries'` reads the claim as the derivative with respect to the
 * independent entries of a symmetric W (G + Gᵀ − G∘I of the trace-sense G). See `docs/guide/symmetric.md`.
 */
export interface SymmetricQuestion {
  directions?: 'all' | 'symmetric';
  convention?: 'trace' | 'entries';
}

const sym = (q: SymmetricQuestion) => ({ ...(q.directions ? { directions: q.directions } : {}), ...(q.convention ? { convention: q.convention } : {}) });

/** Is G the gradient of the scalar f with respect to wrt (df = Tr(Gᵀ dW))? A refuted G comes with the derived gradient and the diagnosis. */
export function checkGradient(q: Question & SymmetricQuestion & { f: string; wrt: string; claim: string }): ClaimEvidence {
  return checkExplained({ kind: 'gradient', expr: q.f, claim: q.claim, wrt: [q.wrt], shapes: q.shape ?? {}, assume: q.assume, ...sym(q) }, q);
}

/** Is dF (written with dW for each W in wrt) the differential of F? */
export function checkDifferential(q: Question & { F: string; wrt: string | readonly string[]; claim: string }): ClaimEvidence {
  const wrt = typeof q.wrt === 'string' ? q.wrt.split(',').map((s) => s.trim()) : [...q.wrt];
  return checkExplained({ kind: 'differential', expr: q.F, claim: q.claim, wrt, shapes: q.shape ?? {}, assume: q.assume }, q);
}

/**
 * Is H the Hessian of the scalar f with respect to wrt (d(∇f) = H[dW])? H is a map written with
 * dW (W's shape) or, for a scalar or column W, the n×n matrix with H[dW] = H*dW. With `gradient`,
 * H is also checked as its differential, and it as the gradient of f.
 */
export function checkHessian(q: Question & SymmetricQuestion & { f: string; wrt: string; claim: string; gradient?: string }): ClaimEvidence {
  return checkExplained(
    { kind: 'hessian', expr: q.f, claim: q.claim, wrt: [q.wrt], shapes: q.shape ?? {}, assume: q.assume, ...(q.gradient !== undefined ? { gradient: q.gradient } : {}), ...sym(q) },
    q,
  );
}

/**
 * Is J the Jacobian of F with respect to wrt? Numerator layout: d vec F = J d vec W (for a column F
 * of a column x, dF = J dx), checked as the differential J·vec(dW) of F.
 */
export function checkJacobian(q: Question & { F: string; wrt: string; claim: string }): Evidence {
  return checkClaim({ kind: 'jacobian', expr: q.F, claim: q.claim, wrt: [q.wrt], shapes: q.shape ?? {}, assume: q.assume }, opts(q));
}

/** Are lhs and rhs equal for every admissible value? */
export function checkIdentity(q: Question & { lhs: string; rhs: string }): Evidence {
  return checkClaim({ kind: 'identity', expr: q.lhs, claim: q.rhs, shapes: q.shape ?? {}, assume: q.assume }, opts(q));
}

/** `mcv derive --hessian` as a library: the Hessian derived step by step, every line checked. */
export { deriveHessian, type HessianResult, type HessianStep } from '../derive/hessian.js';

/**
 * `mcv derive --emit` as a library: f and its derived gradient (Hessian, or the Jacobian of a vector
 * or matrix F) as one self-contained file for `numpy`, `torch`, `jax` or `ts`.
 */
export { emitCode, parseTarget, type EmitInput, type Emitted } from '../emit/emit.js';
export { TARGETS, type Target } from '../emit/emit.js';
