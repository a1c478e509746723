/**
 * Gradients of functions of a symmetric matrix, in the two conventions in use.
 *
 * - **Symmetric directions** (`directions: 'symmetric'`): G is the gradient in the trace sense,
 *   df = Tr(Gᵀ dX), but only along symmetric dX. Since Tr(Gᵀ S) = Tr(sym(G)ᵀ S) for a symmetric S,
 *   what is checked is the symmetric part of G: the gradient within the symmetric matrices.
 * - **Independent entries** (`convention: 'entries'`): the claim C is the derivative with respect
 *   to the n(n+1)/2 independent entries of a symmetric X, C_ij = C_ji = ∂f/∂x_ij (x_ij and x_ji
 *   being one variable). Along a symmetric dX, df = Σ_{i≤j} C_ij dX_ij, which is Tr(Ĝᵀ dX) with
 *   Ĝ = (C + C∘I)/2 (off the diagonal each pair is shared by two entries). So a claim in this
 *   convention is checked as the trace-sense claim Ĝ along symmetric directions. Conversely, from
 *   a trace-sense G, the entries derivative is G + Gᵀ − G∘I (2G − G∘I when G is symmetric).
 *
 * Ĝ is computed exactly in floating point (a halving and a doubled-then-halved diagonal), so the
 * claim's error bound carries over unchanged (transformed the same way) and no tolerance moves.
 */
import { InputError } from '../engine/errors.js';
import type { Mat } from '../engine/matrix.js';
import type { Assumption, Shape } from '../engine/shapes.js';

/** Along which directions dW a gradient or Hessian is checked. */
export type Directions = 'all' | 'symmetric';
/** What a gradient claim means: the trace sense, df = Tr(Gᵀ dX), or the independent entries of a symmetric X. */
export type Convention = 'trace' | 'entries';

export const DIRECTIONS: readonly Directions[] = ['all', 'symmetric'];
export const CONVENTIONS: readonly Convention[] = ['trace', 'entries'];

/** The two options as a user gives them (the CLI's `--directions` and `--convention`, the library's fields). */
export interface SymmetricInput {
  directions?: string;
  convention?: string;
}

/** What a problem checks: symmetric directions (implied by the entries convention) and the claim's convention. */
export interface SymmetricMode {
  directions: Directions;
  convention: Convention;
}

/** Assumptions under which the point is a symmetric matrix (the entries convention needs one). */
const SYMMETRIC_POINT: readonly Assumption[] = ['symmetric', 'spd', 'diagonal'];

/**
 * Validates `--directions` and `--convention` for a claim; every misuse is an InputError naming the
 * option and the fix. Returns undefined when both are the defaults (the unrestricted trace sense).
 */
export function symmetricMode(
  input: SymmetricInput,
  kind: string,
  wrt: readonly string[],
  shapes: Readonly<Record<string, Shape>>,
  assume: Readonly<Record<string, readonly Assumption[]>>,
): SymmetricMode | undefined {
  const directions = (input.directions ?? 'all').trim() as Directions;
  const convention = (input.convention ?? 'trace').trim() as Convention;
  if (!DIRECTIONS.includes(directions)) throw new InputError(`--directions ${input.directions}: give ${DIRECTIONS.join(' or ')}`, 'directions');
  if (!CONVENTIONS.includes(convention)) throw new InputError(`--convention ${input.convention}: give ${CONVENTIONS.join(' or ')}`, 'convention');
  if (directions === 'all' && convention === 'trace') return undefined;
  const flag = convention === 'entries' ? '--convention entries' : '--directions symmetric';
  if (kind === 'identity') throw new InputError(`${flag} is for a gradient, a Hessian or a differential, not an identity`, convention === 'entries' ? 'convention' : 'directions');
  if (kind === 'differential' && convention === 'entries')
    throw new InputError(`--convention entries is for a gradient or a Hessian; a differential has no convention (use --directions symmetric)`, 'convention');
  const field = convention === 'entries' ? 'convention' : 'directions';
  for (const w of wrt) {
    const s = shapes[w]!;
    if (s.rows !== s.cols) throw new InputError(`${flag}: ${w} must be square (a symmetric direction has as many rows as columns); declare e.g. --shape ${w}=nxn`, field);
  }
  if (convention === 'entries')
    for (const w of wrt)
      if (!(assume[w] ?? []).some((a) => SYMMETRIC_POINT.includes(a)))
        throw new InputError(`--convention entries: the independent entries of ${w} exist only for a symmetric ${w}; add --assume ${w}=symmetric (or spd)`, 'convention');
  return { directions: 'symmetric', convention };
}

/** (D + Dᵀ)/2: a symmetric direction (exactly symmetric: both halves are rounded alike). */
export function symmetrize(D: Mat): Mat {
  const n = D.rows;
  const out = D.data.slice();
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out[i * n + j] = (D.data[i * n + j]! + D.data[j * n + i]!) / 2;
  return { ...D, data: out };
}

/**
 * Ĝ = (C + C∘I)/2, the trace-sense claim equivalent along symmetric directions to the entries
 * derivative C: off-diagonal entries halved, the diagonal kept. Exact in floating point; applied
 * to an error bound too (it is linear and keeps signs).
 */
export function entriesToTrace(C: Mat): Mat {
  const n = C.rows;
  const out = C.data.slice();
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) out[i * n + j] = C.data[i * n + j]! / 2;
  return { ...C, data: out };
}

/** The entries derivative from a trace-sense gradient G, as an expression: G + Gᵀ − G∘I. */
export function entriesFromTraceExpr(G: string, n: string): string {
  return `(${G}) + (${G})' - (${G}) .* eye(${n})`;
}
