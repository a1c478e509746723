/**
 * A claim's shapes completed by inference (engine/infer.ts): how each kind of claim relates its
 * expressions, for the one place that parses a problem (`prepare` in check.ts).
 */
import type { ClaimInput } from './check.js';
import { inferShapes, type InferInput, type Inferred } from '../engine/infer.js';

/** The shapes of a claim, the missing ones inferred from how f and the claim use them. */
export function completeClaimShapes(input: ClaimInput): Inferred {
  const wrt = input.wrt ?? [];
  const w = wrt[0] ?? '';
  const usesDirection = new RegExp(`(^|[^A-Za-z0-9_])d${w}([^A-Za-z0-9_]|$)`).test(input.claim);
  const claims: InferInput['claims'] =
    input.kind === 'gradient'
      ? [{ text: input.claim, field: 'claim', relation: { like: w } }]
      : input.kind === 'hessian'
        ? [
            { text: input.claim, field: 'claim', relation: usesDirection ? { like: w } : { squareOf: w } },
            ...(input.gradient !== undefined ? [{ text: input.gradient, field: 'gradient' as const, relation: { like: w } }] : []),
          ]
        : input.kind === 'jacobian'
          ? [{ text: input.claim, field: 'claim', relation: { jacobianOf: w } }]
          : [{ text: input.claim, field: input.kind === 'identity' ? 'rhs' : 'claim', relation: 'f', defines: input.kind === 'identity' }];
  return inferShapes({
    f: input.expr,
    fField: input.kind === 'identity' ? 'lhs' : 'f',
    claims,
    wrt,
    fScalar: input.kind === 'gradient' || input.kind === 'hessian',
    given: input.shapes,
    ...(input.assume ? { assume: input.assume } : {}),
  });
}
