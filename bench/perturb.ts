/**
 * Almost-right gradients: the correct claim of a gradient rule with a relative error δ, the
 * claims the detection benchmark puts on trial.
 *
 * - `scale`: the claim `(1+δ)*(G)`, an ordinary expression checked exactly as `mcv` would check it.
 * - `random`: G + R with a fresh random matrix R of Frobenius norm δ‖G‖_F at every case, drawn from
 *   a seeded generator (seedrandom) independent of the oracle's own random choices. R depends on the
 *   value of G at the case, which no fixed expression can express for symbolic shapes, so the
 *   prepared problem's claim is wrapped: it evaluates G as parsed and adds R. The claim's rounding
 *   bound stays the one of G (the addition of R adds at most u|G + R| per entry, already the size
 *   of the last rounding term of G's bound, and nothing at all next to δ ≥ 1e-12).
 */
import seedrandom from 'seedrandom';
import { prepare, type ClaimInput, type Problem } from '../properties/oracle/check.js';
import type { Expr } from '../properties/engine/expr.js';
import * as M from '../properties/engine/matrix.js';
import type { Mat } from '../properties/engine/matrix.js';
import type { PerturbationKind } from '../properties/presentation/benchResults.js';

/** How the correct gradient is made wrong. */
export type { PerturbationKind };

export const PERTURBATION_KINDS: readonly PerturbationKind[] = ['scale', 'random'];

/** Short descriptions for the page and the printed table. */
export const PERTURBATION_TEXT: Record<PerturbationKind, string> = {
  scale: 'G·(1+δ)',
  random: 'G + R, ‖R‖_F = δ‖G‖_F',
};

/** A standard normal variate from a uniform generator (Box–Muller). */
function gaussian(rng: () => number): number {
  let u = 0;
  while (u === 0) u = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** R with ‖R‖_F = δ‖G‖_F in a uniformly random direction (a normalised Gaussian matrix). */
export function randomPerturbation(g: Mat, delta: number, rng: () => number): Mat {
  const z = M.map(g, () => gaussian(rng));
  const nz = M.frobenius(z);
  return nz === 0 ? M.mat(g.rows, g.cols) : M.scale(z, (delta * M.frobenius(g)) / nz);
}

/**
 * The problem whose claim is the correct gradient of `claim` (a gradient ClaimInput) with relative
 * error δ of the given kind. `seed` seeds the random perturbations (ignored for `scale`).
 */
export function perturbedProblem(claim: ClaimInput, kind: PerturbationKind, delta: number, seed: number): Problem {
  if (claim.kind !== 'gradient' && claim.kind !== 'hessian') throw new Error(`perturbedProblem: a gradient or Hessian claim is needed, got ${claim.kind}`);
  return kind === 'scale' ? scaledProblem(claim, delta) : randomlyPerturbed(prepare(claim), delta, seed);
}

/** The claim `(1+δ)*(G)`, prepared like any claim. */
export function scaledProblem(claim: ClaimInput, delta: number): Problem {
  return prepare({ ...claim, claim: `(1+${delta})*(${claim.claim})` });
}

/**
 * The prepared correct problem `p` with its claim G replaced by G + R, a fresh R at every evaluation.
 * For a Hessian, H[V] is replaced by H[V] + R with ‖R‖ = δ‖H[V]‖ (for a matrix H, the product H·V:
 * the map is what the oracle compares).
 */
export function randomlyPerturbed(p: Problem, delta: number, seed: number): Problem {
  const rng = seedrandom(`perturbation/${seed}`);
  const wrap = (g: Expr): Expr => ({
    ...g,
    source: `${g.source} + R`,
    evaluate(scope, budget) {
      const v = g.evaluate(scope, budget);
      return M.axpy(v, 1, randomPerturbation(v, delta, rng));
    },
  });
  if (p.kind === 'hessian') {
    const hmap = wrap(p.hmap!);
    return p.form === 'map' ? { ...p, claim: hmap, hmap } : { ...p, hmap };
  }
  return { ...p, claim: wrap(p.claim) };
}
