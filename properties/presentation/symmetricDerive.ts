/**
 * `mcv derive --directions symmetric | --convention entries`: the derived gradient (and Hessian) is
 * the trace-sense one; this converts it to the convention asked for and checks the converted form
 * with the oracle in that convention, so what is printed is never unverified. No node:* imports.
 */
import { checkClaim, type Evidence } from '../oracle/check.js';
import { InputError } from '../engine/errors.js';
import { parseAssumption, parseShape, type Assumption, type Shape } from '../engine/shapes.js';
import { symmetricMode, type SymmetricMode } from '../oracle/symmetric.js';
import { parsePairs } from './args.js';

/** What the conversion gives: the converted G (and H[dW]) and the oracle's verdict on them. */
export interface SymmetricConversion {
  directions: 'symmetric';
  convention: 'trace' | 'entries';
  /** One line on what the converted form is. */
  meaning: string;
  gradient: string;
  hessian?: string;
  verdict: 'verified' | 'refuted';
  evidence: Evidence;
  hessianEvidence?: Evidence;
}

/** The arguments the conversion needs, as typed. */
export interface SymmetricArgs {
  wrt: string;
  shape: readonly string[];
  assume: readonly string[];
  directions?: string;
  convention?: string;
}

/** Validates the options (InputError naming the option); undefined when none asks for a conversion. */
export function symmetricModeOfArgs(a: SymmetricArgs, kind: 'gradient' | 'hessian'): SymmetricMode | undefined {
  if (!a.directions?.trim() && !a.convention?.trim()) return undefined;
  const shapeText = parsePairs(a.shape, '--shape', 'X=3x4');
  const shapes: Record<string, Shape> = Object.fromEntries(Object.entries(shapeText).map(([k, v]) => [k, parseShape(v, k)]));
  const assume: Record<string, Assumption[]> = Object.fromEntries(Object.entries(parsePairs(a.assume, '--assume', 'X=spd')).map(([k, v]) => [k, v.split(',').map((x) => parseAssumption(x, k))]));
  const w = a.wrt.trim();
  if (!(w in shapes)) throw new InputError(`--wrt ${w} names no variable; declare it with --shape`, 'wrt');
  return symmetricMode({ directions: a.directions, convention: a.convention }, kind, [w], shapes, assume);
}

/** G (or H[dW]) in the convention: the entries derivative G + Gᵀ − G∘I, or the symmetric part (G + Gᵀ)/2. */
export function convertForm(e: string, mode: SymmetricMode, n: string): string {
  return mode.convention === 'entries' ? `${e} + (${e})' - (${e}) .* eye(${n})` : `((${e}) + (${e})')/2`;
}

/**
 * Converts a derived G (and H[dW]) and checks the converted forms in the convention asked for.
 * `n` is W's size as written in its shape (a letter or a number).
 */
export function convertDerived(
  a: SymmetricArgs & { f: string },
  mode: SymmetricMode,
  derived: { gradient: string; hessian?: string },
  opts: { cases: number; seed: number; timeLimitMs?: number },
): SymmetricConversion {
  const shapes = parsePairs(a.shape, '--shape', 'X=3x4');
  const assume = parsePairs(a.assume, '--assume', 'X=spd');
  const w = a.wrt.trim();
  const n = parseShape(shapes[w]!, w).rows.toString();
  const gradient = convertForm(derived.gradient, mode, n);
  const common = { expr: a.f, wrt: [w], shapes, assume, directions: mode.directions, convention: mode.convention } as const;
  const evidence = checkClaim({ ...common, kind: 'gradient', claim: gradient }, opts);
  const hessian = derived.hessian === undefined ? undefined : convertForm(derived.hessian, mode, n);
  const hessianEvidence = hessian === undefined ? undefined : checkClaim({ ...common, kind: 'hessian', claim: hessian }, opts);
  const verdict = evidence.verdict === 'verified' && (hessianEvidence?.verdict ?? 'verified') === 'verified' ? 'verified' : 'refuted';
  const meaning =
    mode.convention === 'entries'
      ? `the derivative with respect to the independent entries of the symmetric ${w}: G + Gᵀ − G∘I`
      : `the gradient within the symmetric matrices, the symmetric part of G: (G + Gᵀ)/2`;
  return { directions: 'symmetric', convention: mode.convention, meaning, gradient, ...(hessian ? { hessian } : {}), verdict, evidence, ...(hessianEvidence ? { hessianEvidence } : {}) };
}

const refutedReason = (c: SymmetricConversion) => (c.evidence.verdict === 'refuted' ? c.evidence.reason : c.hessianEvidence?.reason);

/** The lines `mcv derive` appends for a conversion. */
export function conversionText(c: SymmetricConversion, w: string): string {
  const along = c.convention === 'entries' ? '--convention entries' : '--directions symmetric';
  const head = `${c.convention === 'entries' ? 'in the independent-entries convention' : 'along symmetric directions only'}: ${c.meaning}`;
  const v = c.verdict === 'verified' ? `verified (${along}) in ${c.evidence.cases} random cases; seed ${c.evidence.seed}` : `refuted (${along}): ${refutedReason(c)} (a bug of mcv; please report it)`;
  const lines = [head, v, `G (${c.convention === 'entries' ? 'entries' : 'symmetric'}) = ${c.gradient}`];
  if (c.hessian) lines.push(`H[d${w}] (${c.convention === 'entries' ? 'entries' : 'symmetric'}) = ${c.hessian}`);
  return lines.join('\n');
}

/** The `symmetric` field of `mcv derive --json`. */
export function conversionJson(c: SymmetricConversion): Record<string, unknown> {
  return {
    directions: c.directions,
    convention: c.convention,
    meaning: c.meaning,
    gradient: c.gradient,
    ...(c.hessian ? { hessian: c.hessian } : {}),
    verdict: c.verdict,
    ...(c.verdict === 'refuted' ? { reason: refutedReason(c) } : {}),
  };
}
