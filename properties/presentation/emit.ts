/**
 * `mcv derive --emit numpy|torch|jax|ts`: the derivation run as `mcv derive` runs it, then the code
 * of f, its gradient (and Hessian) in the target library. No node:* imports, so the site's Check
 * page can use it too.
 */
import { deriveGradient, deriveHessian, type DeriveResult, type HessianResult } from '../derive/index.js';
import { emitCode, parseTarget, type Emitted } from '../emit/emit.js';
import { InputError } from '../engine/errors.js';
import type { Target } from '../emit/emit.js';
import { commandLine, parsePairs } from './args.js';
import { deriveCommand, deriveFromArgs, type DeriveArgs } from './derive.js';

/** A derivation and, when it is derived, its code. */
export interface EmitRun {
  result: DeriveResult | HessianResult;
  /** Present when the derivation is derived (every line verified). */
  emitted?: Emitted;
}

/** The code of a derived result (the gradient's, or the Hessian's with its gradient), for one target. */
export function emitDerived(r: DeriveResult | HessianResult, a: DeriveArgs, target: Target): Emitted {
  const jacobian = r.kind === 'differential' ? (r as DeriveResult).jacobian : undefined;
  if (r.kind === 'differential' && jacobian === undefined)
    throw new InputError(`--emit: ${a.f} is not a scalar and no Jacobian was read off its differential (${(r as DeriveResult).noJacobian ?? 'no closed form'}), so there is no code to emit`, 'f');
  const h = r.kind === 'hessian' ? r : undefined;
  return emitCode({
    target,
    f: a.f,
    wrt: a.wrt.trim(),
    // The shapes the derivation used: inferred ones included.
    shape: r.shapes ?? parsePairs(a.shape, '--shape', 'X=3x4'),
    ...(jacobian !== undefined ? { jacobian } : { gradient: r.gradient! }),
    ...(h?.hessianMatrix !== undefined ? { hessianMatrix: h.hessianMatrix } : h?.hessian !== undefined ? { hessian: h.hessian } : {}),
    source: commandLine('mcv', [...deriveCommand(a, r.seed), '--emit', target]),
  });
}

/**
 * Derives (the Hessian too with `a.hessian`) and emits the code for `target` when every line is
 * verified. Bad input, an unknown target among it, throws an InputError naming it.
 */
export function deriveAndEmit(a: DeriveArgs, target: string): EmitRun {
  const t = parseTarget(target);
  const several = a.wrt
    .split(',')
    .map((w) => w.trim())
    .filter(Boolean);
  // Before deriving: an emitted file computes one gradient (or Jacobian), of one variable.
  if (several.length > 1) {
    const one = (w: string) => commandLine('mcv', ['derive', a.f, '--wrt', w, ...a.shape.flatMap((s) => ['--shape', s]), ...a.assume.flatMap((s) => ['--assume', s]), '--emit', t]);
    throw new InputError(
      `--emit writes the code for one variable at a time, and --wrt ${a.wrt.trim()} names ${several.length}: run it once per variable, ${several.map(one).join(' and ')} (without --emit, one derivation gives ${several.length === 2 ? 'both' : `all ${several.length}`} gradients)`,
      'wrt',
    );
  }
  const input = deriveFromArgs(a);
  const result = a.hessian ? deriveHessian(input) : deriveGradient(input);
  if (result.verdict !== 'derived') return { result };
  return { result, emitted: emitDerived(result, a, t) };
}
