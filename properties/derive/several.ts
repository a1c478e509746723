/**
 * `mcv derive --wrt X,Y`: several variables at once. Each variable's part of df (the terms in its
 * differential, the others held fixed) is derived, brought to the trace form and read off as its
 * gradient exactly as for one variable, every line and each gradient verified; the whole df is the
 * sum of these parts, and it is checked too, as a differential claim in all the directions at once
 * (so a term lost between the parts cannot pass).
 */
import { prepare, checkClaim as runCheck, freshSeed, type ClaimInput } from '../oracle/check.js';
import { deriveSeed } from './checkRule.js';
import { add, fromMath, print, type Node } from '../engine/ast.js';
import { InputError } from '../engine/errors.js';
import { toTex } from '../engine/tex.js';
import { Context } from './context.js';
import { deriveGradientWith, type GradientHooks, type DeriveInput, type DeriveResult, type DeriveStep, type VariableGradient } from './derive.js';
import { withInferredShapes } from './shapes.js';
import { simplify } from './simplify.js';

/** What to derive with respect to several variables: as {@link DeriveInput}, with `wrt` a list. */
export interface DeriveSeveralInput extends Omit<DeriveInput, 'wrt'> {
  /** The variables, each differentiated (`['X', 'Y']`); a string may list them with commas (`'X,Y'`). */
  wrt: string | readonly string[];
}

/** The variables named by `wrt` (a list, or one string with commas). */
export function wrtList(wrt: string | readonly string[]): string[] {
  return (typeof wrt === 'string' ? wrt.split(',') : [...wrt]).map((w) => w.trim());
}

/**
 * Derives the gradient of a scalar f (or the differential of a matrix F) with respect to one
 * variable or several. With one, this is the derivation of {@link deriveGradientWith}; with several,
 * the result has `wrt` (the list), `gradients` (one per variable, each derived and verified as for
 * one), `steps` holding the whole df (checked as a differential claim in every direction at once),
 * and for a matrix F `gradient` the whole dF.
 */
export function deriveGradient(input: DeriveInput | DeriveSeveralInput): DeriveResult {
  return deriveGradientsWith(input, {});
}

/** @internal {@link deriveGradient} with the hooks of {@link deriveGradientWith} (`checks: 'none'` for the crash sweep). */
export function deriveGradientsWith(input: DeriveInput | DeriveSeveralInput, hooks: Pick<GradientHooks, 'checks'>): DeriveResult {
  const wrt = wrtList(input.wrt);
  if (wrt.length === 1) return deriveGradientWith({ ...input, wrt: wrt[0]! }, hooks);
  return deriveSeveral({ ...input, wrt }, wrt, hooks);
}

function deriveSeveral(given: DeriveSeveralInput, wrt: string[], hooks: Pick<GradientHooks, 'checks'>): DeriveResult {
  // Shapes not given are inferred once, for every variable together (as for one: engine/infer.ts).
  const inferred = withInferredShapes({ ...given, wrt: wrt.join(',') }, 'prefer');
  const input = { ...given, shape: inferred.input.shape };
  const r = deriveSeveralWithShapes(input, wrt, hooks);
  return inferred.shapes ? { ...r, shapes: inferred.shapes } : r;
}

function deriveSeveralWithShapes(input: DeriveSeveralInput & { shape: Record<string, string> }, wrt: string[], hooks: Pick<GradientHooks, 'checks'>): DeriveResult {
  const seed = input.seed ?? freshSeed();
  const cases = input.cases ?? 100;
  const deadline = Date.now() + (input.timeLimitMs ?? 10_000);
  const assume = input.assume ?? {};
  // Validation as `mcv differential --wrt X,Y` does it: names, duplicates, shapes (the claim is a placeholder).
  for (const w of wrt) if (w === '') throw new InputError(`--wrt ${wrtList(input.wrt).join(',')}: an empty name in the list; separate the variables with commas, e.g. --wrt X,Y`, 'wrt');
  const p = prepare({ kind: 'differential', expr: input.f, claim: '0', wrt, shapes: input.shape, assume });
  for (const w of wrt) if (`d${w}` in p.shapes) throw new InputError(`"d${w}" is the differential of ${w} in the derivation, so no variable may have that name`, 'shape');

  // Each variable's part, as for one variable (with the same seed, so that `--wrt X` alone reproduces it).
  const parts: DeriveResult[] = [];
  for (const w of wrt) {
    const r = deriveGradientWith({ ...input, wrt: w, seed, cases }, { ...hooks, deadline });
    const named = r.refuted ? { ...r.refuted, name: `with respect to ${w}: ${r.refuted.name}` } : undefined;
    if (r.verdict !== 'derived') return { ...r, seed, cases, wrt, gradients: [], ...(named ? { refuted: named } : {}) };
    parts.push(r);
  }
  const kind = parts[0]!.kind;
  const gradients: VariableGradient[] = parts.map((r, k) => ({
    wrt: wrt[k]!,
    ...(r.gradient !== undefined ? { gradient: r.gradient } : {}),
    ...(r.latex !== undefined ? { latex: r.latex } : {}),
    steps: r.steps,
    ...(r.derivation ? { derivation: r.derivation } : {}),
  }));

  // The whole df: the sum of the parts (each part's first line of df), simplified once more.
  const withD: Record<string, string> = { ...input.shape };
  for (const w of wrt) withD[`d${w}`] = input.shape[w]!;
  const q = prepare({ kind: 'identity', expr: '0', claim: '0', shapes: withD });
  const ctx = new Context(q.shapes, p.assume, wrt[0]!, `d${wrt[0]}`, new Set(q.letters));
  const firstDf = (r: DeriveResult) => r.steps.find((s) => s.df !== undefined)!;
  const asNode = (s: string): Node => fromMath(prepare({ kind: 'identity', expr: s, claim: '0', shapes: withD }).expr.node, s, wrt[0]!);
  const whole = print(
    simplify(
      parts.map((r) => asNode(firstDf(r).df!)).reduce((x, y) => add(x, y)),
      ctx,
    ),
  );
  const by = [...new Set(parts.flatMap((r) => firstDf(r).by))];
  const because = [...new Set(parts.map((r) => firstDf(r).because).filter((b): b is string => !!b))].join(' ');
  let latex = whole;
  try {
    latex = toTex(whole, { shapes: withD });
  } catch {
    // The printer's failure costs the LaTeX only; the line stays in mcv's syntax.
  }
  const line: DeriveStep = { df: whole, latex, by, ...(because ? { because } : {}) };
  const result: DeriveResult = {
    verdict: 'derived',
    kind,
    ...(kind === 'differential' ? { gradient: whole, latex } : {}),
    steps: [line],
    wrt,
    gradients,
    cases,
    seed,
  };
  if (hooks.checks === 'none') return result;
  const claim: ClaimInput = { kind: 'differential', expr: input.f, claim: whole, wrt, shapes: input.shape, assume };
  const lineSeed = deriveSeed(seed, 'derive/several/df');
  const ev = runCheck(claim, { seed: lineSeed, cases, shrink: true, timeLimitMs: Math.max(1, deadline - Date.now()) });
  if (ev.verdict !== 'verified')
    return { ...result, verdict: 'refuted', refuted: { line: 1, name: `df is the differential of f in ${wrt.map((w) => `d${w}`).join(', ')}`, claim, seed: lineSeed, evidence: ev } };
  return result;
}
