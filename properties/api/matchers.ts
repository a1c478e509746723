/**
 * `matrix-calculus-verified/matchers`: the oracle as matchers for vitest and jest.
 *
 * ```ts
 * import { expect } from 'vitest';
 * import { mcvMatchers } from 'matrix-calculus-verified/matchers';
 * expect.extend(mcvMatchers);
 * expect({ f: "x'*A*x", wrt: 'x', shape: { x: 'n', A: 'nxn' } }).toHaveGradient("(A + A')*x");
 * expect({ f: myLoss, wrt: 'W', shape: { W: 'kxd', x: 'd' } }).toHaveGradient(myGrad);
 * expect({ f: layer, wrt: 'W', shape: { W: 'kxd', x: 'd' } }).toHaveVjp(layerBackward);
 * ```
 * A failure's message is the verdict and counterexample as `mcv` prints them; `.not` asserts a
 * refutation. Importing this module gives TypeScript the matchers' types: they are added to
 * `jest.Matchers`, which vitest's `Assertion` extends and which `@types/jest` declares. (With
 * `@jest/globals`, add `declare module 'expect' { interface Matchers<R> extends McvMatchers<R> {} }`
 * to a .d.ts file of your project.)
 */
import { claimTitle, commandLine, reproduceArgs } from '../presentation/args.js';
import { formatEvidence } from '../presentation/format.js';
import type { Evidence } from '../oracle/check.js';
import { InputError } from '../engine/errors.js';
import { checkFunctionGradient, checkFunctionVjp, type FunctionOptions } from './functions.js';
import { checkGradient, type ClaimEvidence } from './index.js';
import type { Assume, ReadonlyValue, ReturnOfShape, Shapes, ValueOfShape, Vars } from '../oracle/vars.js';

/** What `expect(…)` receives: the function, the variable differentiated, the shapes, and the check's options. */
export interface GradientSubject {
  /** An expression (`"x'*A*x"`) or a JavaScript function of the variables. */
  f: string | ((vars: never) => unknown);
  wrt: string;
  shape: Readonly<Record<string, string>>;
  assume?: Readonly<Record<string, string | readonly string[]>>;
  seed?: number;
  cases?: number;
  maxDim?: number;
  timeLimitMs?: number;
  /** Function subjects: the options of checkFunctionGradient (points, discards, shrinking). */
  at?: unknown;
  failOnDiscard?: boolean;
  shrink?: boolean;
  maxShrinks?: number;
}

type VarsOf<T> = T extends { f: (vars: infer V) => unknown } ? V : never;
type YOf<T> = T extends { f: (vars: never) => infer Y } ? Y : never;
type Cotangent<Y> = Y extends number ? number : Y extends readonly (readonly number[])[] ? number[][] : Y extends readonly number[] ? number[] : never;

/** What a claim returns for a subject: wrt's shape when the subject's types know it ({@link functionSubject}), else any value. */
type ClaimValue<T> = T extends { wrt: infer W extends string; shape: infer S extends Shapes } ? (string extends W ? ReadonlyValue : ReturnOfShape<S[W] & string>) : ReadonlyValue;

/** The claim `toHaveGradient` takes for a subject: an expression for an expression, the gradient function for a function. */
export type GradientClaim<T> = T extends { f: string } ? string : T extends { f: (vars: never) => unknown } ? (vars: VarsOf<T>) => ClaimValue<T> : string | ((vars: never) => ReadonlyValue);
/** The backward pass `toHaveVjp` takes for a subject. */
export type VjpClaim<T> = T extends { f: (vars: never) => unknown } ? (vars: VarsOf<T>, dY: Cotangent<YOf<T>>) => ClaimValue<T> : (vars: never, dY: never) => ReadonlyValue;

/** A subject for the matchers built from a function, typed as checkFunctionGradient types its question. */
export interface FunctionSubject<S extends Shapes, W extends keyof S & string, Y> {
  f: (vars: Vars<S>) => Y;
  wrt: W;
  shape: S;
  assume?: Assume<S>;
  seed?: number;
  cases?: number;
  maxDim?: number;
  timeLimitMs?: number;
  at?: FunctionOptions<S>['at'];
  failOnDiscard?: boolean;
  shrink?: boolean;
  maxShrinks?: number;
}

/**
 * Types a subject as `checkFunctionGradient` types its question: `wrt` must be a variable of
 * `shape` (a typo does not compile), f's parameter is read off `shape`, and the claim given to
 * `toHaveGradient`/`toHaveVjp` must return wrt's shape. (`expect({ … })` alone widens wrt to a
 * string, so a plain object literal cannot be checked this far.) Returns the subject itself.
 *
 * ```ts
 * expect(functionSubject({ f: loss, wrt: 'W', shape: { W: 'kxd', x: 'd' } })).toHaveGradient(grad);
 * ```
 */
export function functionSubject<const S extends Shapes, const W extends keyof S & string, Y>(subject: FunctionSubject<S, W, Y>): FunctionSubject<S, W, Y> {
  return subject;
}
export type { ValueOfShape };

/** The matchers as TypeScript sees them on `expect(subject)`. */
export interface McvMatchers<R = unknown, T = unknown> {
  /** The subject's f has this gradient with respect to its wrt (an expression, or a function of the variables). */
  toHaveGradient(claim: GradientClaim<T>): R;
  /** The subject's f (a function) has this vector-Jacobian product (backward pass) with respect to its wrt. */
  toHaveVjp(vjp: VjpClaim<T>): R;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // vitest's Assertion<T> extends jest.Matchers<void, T>; @types/jest's expect returns it.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    // biome-ignore lint/complexity/noBannedTypes: the same default as vitest's own declaration, which this one merges with
    interface Matchers<R, T = {}> extends McvMatchers<R, T> {}
  }
}

/** What a matcher returns to vitest or jest. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
}

interface MatcherContext {
  isNot?: boolean;
}

function subject(received: unknown, matcher: string): GradientSubject {
  const r = received as Partial<GradientSubject> | null;
  if (typeof r !== 'object' || r === null || !('f' in r) || typeof r.wrt !== 'string' || typeof r.shape !== 'object')
    throw new InputError(
      `${matcher}: expect() must receive { f, wrt, shape } (f an expression or a function, wrt the variable, shape e.g. { x: 'n', A: 'nxn' }), got ${r === null ? 'null' : typeof r}`,
    );
  return r as GradientSubject;
}

function result(ev: Evidence, title: string, matcher: string, reproduce: string | null, ctx: MatcherContext): MatcherResult {
  const pass = ev.verdict === 'verified';
  // An expression's refuted gradient also says what mcv derives and how the claim relates to it.
  const { derived, diagnosis } = ev as ClaimEvidence;
  const explained = (derived !== undefined ? `\nderived gradient: ${derived}` : '') + (diagnosis ? `\ndiagnosis: ${diagnosis.summary}` : '');
  const text = formatEvidence(ev, title) + (pass ? '' : explained) + (reproduce && !pass ? `\nreproduce: ${reproduce}` : '');
  return {
    pass,
    message: () => (ctx.isNot ? `expected the ${matcher.replace('toHave', '').toLowerCase()} to be refuted, but it was not:\n${text}` : `${matcher}: ${text}`),
  };
}

/** The options only function checks have, as the subject gives them. */
function functionOptions(s: GradientSubject) {
  return { at: s.at as never, failOnDiscard: s.failOnDiscard, shrink: s.shrink, maxShrinks: s.maxShrinks };
}

/** `expect({ f, wrt, shape, assume? }).toHaveGradient(claim)`: see the module comment. */
function toHaveGradient(this: MatcherContext, received: unknown, claim: unknown): MatcherResult {
  const s = subject(received, 'toHaveGradient');
  const opts = { shape: s.shape, assume: s.assume, seed: s.seed, cases: s.cases, maxDim: s.maxDim, timeLimitMs: s.timeLimitMs };
  if (typeof s.f === 'string') {
    if (typeof claim !== 'string') throw new InputError(`toHaveGradient: f is an expression, so the claim must be one too (e.g. "(A + A')*x"), got ${typeof claim}`, 'claim');
    const ev = checkGradient({ ...opts, f: s.f, wrt: s.wrt, claim });
    const args = {
      kind: 'gradient' as const,
      expr: s.f,
      claim,
      wrt: s.wrt,
      shape: Object.entries(s.shape).map(([k, v]) => `${k}=${v}`),
      assume: Object.entries(s.assume ?? {}).map(([k, v]) => `${k}=${typeof v === 'string' ? v : v.join(',')}`),
      cases: s.cases === undefined ? undefined : String(s.cases),
    };
    return result(ev, claimTitle(args), 'toHaveGradient', commandLine('mcv', reproduceArgs(args, ev.seed)), this);
  }
  if (typeof s.f !== 'function') throw new InputError(`toHaveGradient: f must be an expression string or a function, got ${typeof s.f}`, 'f');
  if (typeof claim !== 'function')
    throw new InputError(`toHaveGradient: f is a function, so the claim must be the gradient function (vars) => value of ${s.wrt}'s shape, got ${typeof claim}`, 'claim');
  const ev = checkFunctionGradient({ ...opts, ...functionOptions(s), f: s.f as never, grad: claim as never, wrt: s.wrt });
  return result(ev, `df = Tr(gradᵀ d${s.wrt})`, 'toHaveGradient', null, this);
}

/** `expect({ f, wrt, shape, assume? }).toHaveVjp(vjp)`: see the module comment. */
function toHaveVjp(this: MatcherContext, received: unknown, vjp: unknown): MatcherResult {
  const s = subject(received, 'toHaveVjp');
  if (typeof s.f !== 'function') throw new InputError(`toHaveVjp: f must be a function (a forward pass), got ${typeof s.f}`, 'f');
  if (typeof vjp !== 'function') throw new InputError(`toHaveVjp: the claim must be the backward pass (vars, dY) => value of ${s.wrt}'s shape, got ${typeof vjp}`, 'claim');
  const ev = checkFunctionVjp({
    shape: s.shape,
    assume: s.assume,
    seed: s.seed,
    cases: s.cases,
    maxDim: s.maxDim,
    timeLimitMs: s.timeLimitMs,
    ...functionOptions(s),
    f: s.f as never,
    vjp: vjp as never,
    wrt: s.wrt,
  });
  return result(ev, `Tr(dYᵀ df) = Tr(vjp(dY)ᵀ d${s.wrt})`, 'toHaveVjp', null, this);
}

/** Pass to `expect.extend` (vitest or jest). */
export const mcvMatchers = { toHaveGradient, toHaveVjp };
