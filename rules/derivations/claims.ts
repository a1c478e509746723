/**
 * The claims that check a derivation, line by line (as rules/claims.ts gives a rule's): data the
 * catalogue validates at load and the derivation checker (properties/derive/derivation.ts) runs.
 *
 * - a rewrite of f is an identity with the line before it (the first with f itself);
 * - the first line of df is a differential claim: F = f, wrt [W], dF = the line (so it is compared
 *   with the finite difference of f along a random direction dW);
 * - every later line of df is an identity with the line before, dW being an extra variable of W's
 *   shape (drawn freely, like a direction: assumptions constrain the point, never dW);
 * - the gradient read off is the identity sum(G .* dW) = the last line, i.e. Tr(Gᵀ dW) = df.
 */
import type { ClaimInput } from '../../properties/oracle/check.js';
import { differentialName, type Derivation } from './schema.js';

/** One check of a derivation: which line, against what, as a claim. */
export interface DerivationCheck {
  /** 1-based index of the line checked; `steps.length + 1` for the gradient read off. */
  line: number;
  /** What the line is: a rewrite of f, a line of df, or the gradient. */
  what: 'f' | 'df' | 'gradient';
  /** A readable name, used as the test name: `step 2 follows from step 1`. */
  name: string;
  /** What the line is compared with, in words (shown on the site). */
  against: string;
  claim: ClaimInput;
}

/** The claims that check a derivation, in order. */
export function derivationChecks(d: Derivation): DerivationCheck[] {
  const dW = differentialName(d.wrt);
  const base = { shapes: d.shapes, assume: d.assume ?? {} };
  const withDirection = { shapes: { ...d.shapes, [dW]: d.shapes[d.wrt] ?? '1' }, assume: d.assume ?? {} };
  const checks: DerivationCheck[] = [];
  let prevF: { expr: string; line: number } = { expr: d.f, line: 0 };
  let prevDf: { expr: string; line: number } | null = null;
  d.steps.forEach((s, i) => {
    const line = i + 1;
    if ('f' in s) {
      checks.push({
        line,
        what: 'f',
        name: prevF.line === 0 ? `step ${line} equals f` : `step ${line} follows from step ${prevF.line}`,
        against: prevF.line === 0 ? 'f, at random points' : `step ${prevF.line}, at random points`,
        claim: { kind: 'identity', expr: prevF.expr, claim: s.f, ...base },
      });
      prevF = { expr: s.f, line };
    } else if (prevDf === null) {
      checks.push({
        line,
        what: 'df',
        name: `step ${line} is the differential of f`,
        against: `the finite difference of f along a random direction ${dW}`,
        claim: { kind: 'differential', expr: d.f, claim: s.df, wrt: [d.wrt], ...base },
      });
      prevDf = { expr: s.df, line };
    } else {
      checks.push({
        line,
        what: 'df',
        name: `step ${line} follows from step ${prevDf.line}`,
        against: `step ${prevDf.line}, at random points and ${dW}`,
        claim: { kind: 'identity', expr: prevDf.expr, claim: s.df, ...withDirection },
      });
      prevDf = { expr: s.df, line };
    }
  });
  if (prevDf !== null) {
    const last: { expr: string; line: number } = prevDf;
    checks.push({
      line: d.steps.length + 1,
      what: 'gradient',
      name: `the gradient is read off step ${last.line}`,
      against: `step ${last.line}: Tr(Gᵀ ${dW}) = sum(G .* ${dW}) at random points and ${dW}`,
      claim: { kind: 'identity', expr: last.expr, claim: `sum((${d.gradient.G}) .* ${dW})`, ...withDirection },
    });
  }
  return checks;
}
