/**
 * Scale invariance: for a rule homogeneous in its inputs, scaling every input by s scales both
 * sides of the comparison by the same power of s, so the oracle's verdict on the rule and on each of
 * its mistakes must not depend on s. Checked at s = 1e-6 and 1e6 against s = 1 with the same seeds
 * (the generators draw the same values and multiply them by s, directions included).
 *
 * Homogeneity is measured, not declared, so that the growing catalogue needs no list: the
 * expressions are evaluated at a random point scaled by 1, 2 and 4. Powers of two scale products,
 * sums, inverses and square roots exactly in floating point, so a homogeneous expression of degree
 * k gives exactly 2ᵏ and 4ᵏ times its value; exp, log, softmax and additive constants do not. The f
 * of a gradient or a differential may also carry an additive constant (log|det X| is degree 0 up
 * to n·log s): only its derivative is compared, and that is homogeneous.
 */
import fc from 'fast-check';
import { checkClaim, prepare, type ClaimInput } from '../properties/oracle/check.js';
import { deriveSeed } from '../properties/derive/checkRule.js';
import { forAssumptions } from '../properties/oracle/arbitraries/forAssumptions.js';
import { denseMatrix } from '../properties/oracle/arbitraries/denseMatrix.js';
import { ShapeError } from '../properties/engine/errors.js';
import { newBudget, type Expr } from '../properties/engine/expr.js';
import * as M from '../properties/engine/matrix.js';
import type { Mat } from '../properties/engine/matrix.js';
import { resolveShape } from '../properties/engine/shapes.js';
import { mistakeClaim, ruleClaim } from '../rules/claims.js';
import type { Rule } from '../rules/schema.js';
import { scaleSkip } from './falseAlarms.js';
import type { ScaleResult, Settings, VerdictRow } from '../properties/presentation/benchResults.js';

function argmaxAbs(m: Mat): number {
  let k = 0;
  for (let i = 1; i < m.data.length; i++) if (Math.abs(m.data[i]!) > Math.abs(m.data[k]!)) k = i;
  return k;
}

type Homogeneity = { degree: number | null } | { reason: string };

/** A scope at a random point (values and, for differentials, directions dW) with every entry multiplied by s. */
function scopes(input: ClaimInput, seed: number): (s: number) => Record<string, Mat> {
  const p = prepare(input);
  const dims = Object.fromEntries(p.letters.map((l, i) => [l, 2 + i]));
  const values: Record<string, Mat> = {};
  for (const [name, shape] of Object.entries(p.shapes)) {
    const [r, c] = resolveShape(shape, dims);
    values[name] = fc.sample(forAssumptions(p.assume[name] ?? [], r, c), { seed: deriveSeed(seed, name), numRuns: 1 })[0]!;
  }
  for (const w of p.wrt) {
    const [r, c] = resolveShape(p.shapes[w]!, dims);
    values[`d${w}`] = fc.sample(denseMatrix(r, c), { seed: deriveSeed(seed, `d${w}`), numRuns: 1 })[0]!;
  }
  return (s) => {
    const out: Record<string, Mat> = {};
    for (const [k, v] of Object.entries(values)) out[k] = M.scale(v, s);
    for (const [k, v] of Object.entries(dims)) out[k] = M.scalar(v);
    return out;
  };
}

/**
 * The degree k with e(2x) = 2ᵏ e(x) and e(4x) = 4ᵏ e(x) at two random points (with
 * `upToConstant`, the same for the differences e(2x) − e(x) and e(4x) − e(2x)); null degree for an
 * expression that is zero there.
 */
function degreeOf(e: Expr, input: ClaimInput, upToConstant: boolean, seed: number): Homogeneity {
  let degree: number | null = null;
  for (const pt of [0, 1]) {
    const at = scopes(input, deriveSeed(seed, `point${pt}`));
    let v: Mat[];
    try {
      v = [1, 2, 4, 8].map((s) => e.evaluate(at(s), newBudget()));
    } catch (err) {
      if (err instanceof ShapeError) return { reason: 'its shape is wrong, which refutes it at every scale' };
      return { reason: `it cannot be evaluated at a scaled point (${err instanceof Error ? err.message : String(err)})` };
    }
    if (!v.every(M.allFinite)) return { reason: 'it is not finite at a scaled point' };
    const diff = (i: number) => M.zip(v[i + 1]!, v[i]!, (x, y) => x - y);
    // a, then 2ᵏ·a and 4ᵏ·a if homogeneous of degree k.
    const [a, b, c] = upToConstant ? [diff(0), diff(1), diff(2)] : [v[0]!, v[1]!, v[2]!];
    const mag = Math.max(...v.map(M.maxAbs));
    const tol = (upToConstant ? 1e-9 : 1e-12) * mag;
    const j = argmaxAbs(a);
    if (Math.abs(a.data[j]!) <= tol) {
      if (M.maxAbs(b) <= tol && M.maxAbs(c) <= tol) continue; // zero (or, up to a constant, unchanged) here
      return { reason: 'it is not homogeneous in its inputs' };
    }
    const k = Math.log2(b.data[j]! / a.data[j]!);
    const kr = Math.round(k);
    if (!Number.isFinite(k) || Math.abs(k - kr) > 1e-6) return { reason: 'it is not homogeneous in its inputs' };
    // Every entry scales alike, and the factor 4 confirms the factor 2.
    const f1 = 2 ** kr,
      f2 = 4 ** kr;
    for (let i = 0; i < a.data.length; i++) {
      if (Math.abs(b.data[i]! - f1 * a.data[i]!) > tol * f1 + tol) return { reason: 'it is not homogeneous in its inputs' };
      if (Math.abs(c.data[i]! - f2 * a.data[i]!) > tol * f2 + tol) return { reason: 'it is not homogeneous in its inputs' };
    }
    if (degree !== null && degree !== kr) return { reason: 'its degree differs from point to point' };
    degree = kr;
  }
  return { degree: degree ?? 0 };
}

/** Is the rule homogeneous (f up to a constant for gradients and differentials), and of which degree? */
export function homogeneity(rule: Rule, seed = 1): Homogeneity {
  const skip = scaleSkip(rule);
  if (skip) return { reason: skip };
  const input = ruleClaim(rule);
  const p = prepare(input);
  const f = degreeOf(p.expr, input, rule.kind !== 'identity', seed);
  if ('reason' in f) return { reason: `${rule.kind === 'gradient' || rule.kind === 'hessian' ? 'f' : rule.kind === 'differential' ? 'F' : 'the left side'}: ${f.reason}` };
  const c = degreeOf(p.claim, input, false, seed);
  if ('reason' in c) return { reason: `the claim: ${c.reason}` };
  return f;
}

/** Is a claim (a mistake's) exactly homogeneous? */
export function claimHomogeneous(input: ClaimInput, seed = 1): Homogeneity {
  const p = prepare(input);
  return degreeOf(p.claim, input, false, seed);
}

const scaleKey = (s: number) => (s === 1 ? '1' : s.toExponential().replace('e+', 'e'));

function verdict(input: ClaimInput, seed: number, cases: number, scale: number): 'verified' | 'refuted' | 'error' {
  try {
    return checkClaim(input, { seed, cases, shrink: false, point: scale === 1 ? undefined : { scale }, timeLimitMs: 60_000 }).verdict;
  } catch {
    return 'error';
  }
}

/** Verdicts on the rule and its mistakes at scale 1 and at every scale of the settings. */
export function scaleInvarianceOf(rule: Rule, settings: Settings): ScaleResult {
  const t0 = performance.now();
  const h = homogeneity(rule, settings.seed);
  const out: ScaleResult = { id: rule.id, homogeneous: !('reason' in h), rows: [], excluded: [], seconds: 0 };
  if ('reason' in h) {
    out.reason = h.reason;
    out.seconds = (performance.now() - t0) / 1000;
    return out;
  }
  out.degree = h.degree ?? 0;
  const { scales, cases } = settings.scaleInvariance;
  const claims: { what: string; input: ClaimInput }[] = [{ what: 'rule', input: ruleClaim(rule) }];
  for (const m of rule.mistakes) {
    const input = mistakeClaim(rule, m);
    let hm: Homogeneity;
    try {
      hm = scaleSkip({ ...rule, assume: input.assume as Rule['assume'] }) ? { reason: scaleSkip({ ...rule, assume: input.assume as Rule['assume'] })! } : claimHomogeneous(input, settings.seed);
    } catch (e) {
      hm = { reason: `it cannot be evaluated (${e instanceof Error ? e.message : String(e)})` };
    }
    if ('reason' in hm) out.excluded.push({ what: m.id, reason: `the mistaken claim: ${hm.reason}` });
    else claims.push({ what: m.id, input });
  }
  for (const { what, input } of claims) {
    const seed = deriveSeed(settings.seed, `scale/${rule.id}/${what}`);
    const verdicts: VerdictRow['verdicts'] = {};
    for (const s of [1, ...scales]) verdicts[scaleKey(s)] = verdict(input, seed, cases, s);
    const vs = Object.values(verdicts);
    out.rows.push({ what, claim: input.claim, verdicts, same: vs.every((v) => v === vs[0]) });
  }
  out.seconds = (performance.now() - t0) / 1000;
  return out;
}
