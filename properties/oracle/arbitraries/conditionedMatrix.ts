import fc from 'fast-check';
import { identity, mat, matmul, transpose, zip, type Mat } from '../../engine/matrix.js';
import { orthogonalMatrix } from './orthogonalMatrix.js';
import { spectrum } from './spectrum.js';

/** Options of {@link conditionedMatrix}. */
export interface ConditionedConstraints {
  /** Symmetric (U = V). @defaultValue false */
  symmetric?: boolean;
  /** Positive definite: symmetric with positive eigenvalues. @defaultValue false */
  definite?: boolean;
  /** Every entry > 0 as well (needs condition > n). @defaultValue false */
  positive?: boolean;
}

/** The Householder reflector that swaps e₁ and 1/√n (its columns 2…n span the complement of 1). */
function onesReflector(n: number): Mat {
  const w = mat(n, 1);
  for (let i = 0; i < n; i++) w.data[i] = (i === 0 ? 1 : 0) - 1 / Math.sqrt(n);
  let ww = 0;
  for (const x of w.data) ww += x * x;
  return zip(identity(n), matmul(w, transpose(w)), (a, b) => a - (2 * b) / ww);
}

/** diag(1, R): R acting on the last n − 1 coordinates. */
function bordered(r: Mat): Mat {
  const n = r.rows + 1;
  const m = identity(n);
  for (let i = 1; i < n; i++) for (let j = 1; j < n; j++) m.data[i * n + j] = r.data[(i - 1) * r.cols + (j - 1)]!;
  return m;
}

/**
 * An n×n matrix with an exact 2-norm condition number (stress tests): U·diag(±σ)·Vᵀ with orthogonal
 * U, V and σ from {@link spectrum}.
 *
 * With `positive`, every entry is > 0 as well: U and V both map e₁ to 1/√n, σ₁ = 1 and the other
 * singular values lie in [1/condition, 1/(2n)], so the matrix is 11ᵀ/n (entries 1/n) plus a part
 * whose entries are at most its 2-norm 1/(2n): every entry is at least 1/(2n). That needs
 * condition > n (a positive matrix can be much better conditioned, but not by this construction);
 * the stress tests ask for 1e2 and more.
 */
export function conditionedMatrix(n: number, condition: number, c: ConditionedConstraints = {}): fc.Arbitrary<Mat> {
  const symmetric = c.symmetric || c.definite;
  const signs = c.definite ? fc.constant(new Array<boolean>(n).fill(false)) : fc.array(fc.boolean(), { minLength: n, maxLength: n });
  const build = (u: Mat, v: Mat, s: readonly number[], neg: readonly boolean[]): Mat => {
    const d = mat(n, n);
    s.forEach((x, i) => (d.data[i * n + i] = neg[i] ? -x : x));
    const a = matmul(matmul(u, d), transpose(v));
    // U·D·Uᵀ rounds differently on the two sides of the diagonal: symmetrise it exactly.
    return symmetric ? zip(a, transpose(a), (x, y) => (x + y) / 2) : a;
  };
  if (!c.positive || n === 1) {
    const q = orthogonalMatrix(n);
    return fc.tuple(q, symmetric ? fc.constant(null) : q, spectrum(n, condition), signs).map(([u, v, s, neg]) => (c.positive ? mat(1, 1, [1]) : build(u, v ?? u, s, neg)));
  }
  if (!(condition > n)) throw new Error(`a matrix with positive entries is drawn at condition numbers above n = ${n}, not ${condition}`);
  const h = onesReflector(n);
  const r = Math.max(1 / condition, 1 / (2 * n));
  const rest = n === 2 ? fc.constant([1 / condition]) : spectrum(n - 1, r * condition).map((s) => s.map((x) => x * r));
  const q = orthogonalMatrix(n - 1);
  return fc.tuple(q, symmetric ? fc.constant(null) : q, rest, signs).map(([r1, r2, s, neg]) =>
    // The first singular value (along 1/√n) keeps its sign: it carries the positive part 11ᵀ/n.
    build(matmul(h, bordered(r1)), matmul(h, bordered(r2 ?? r1)), [1, ...s], [false, ...neg.slice(1)]),
  );
}
