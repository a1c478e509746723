/**
 * The small helpers an emitted file carries, so that it depends on nothing but its library (and,
 * in TypeScript, on nothing at all). Each helper is one named piece of source with the helpers it
 * calls; the emitter copies exactly the ones its code uses, in dependency order.
 */
import type { Helper, PyLib } from '../engine/ops/types.js';

export type { Helper, PyLib };

/**
 * The TypeScript helpers. Values are held as `checkFunctionGradient` holds them: a matrix
 * `number[][]` (rows), a vector `number[]`, a scalar a number. Inverses, solves and determinants go
 * through an LU factorization with partial pivoting.
 */
export const TS_HELPERS: Readonly<Record<string, Helper>> = {
  _Val: { code: 'type _Val = number | number[] | number[][];' },
  _map: {
    uses: ['_Val'],
    code: `/** f applied to every entry. */
function _map<T extends _Val>(a: _Val, f: (x: number) => number): T {
  return (typeof a === 'number' ? f(a) : (a as (number | number[])[]).map((r) => _map(r, f))) as T;
}`,
  },
  _bzip: {
    code: `/** f entry by entry of two 2-D arrays broadcast as NumPy does: a 1×n row or an m×1 column (or 1×1) is repeated. */
function _bzip(a: number[][], b: number[][], f: (x: number, y: number) => number): number[][] {
  const m = Math.max(a.length, b.length);
  const n = Math.max(a[0]!.length, b[0]!.length);
  const at = (x: number[][], i: number, j: number) => x[x.length === 1 ? 0 : i]![x[0]!.length === 1 ? 0 : j]!;
  return Array.from({ length: m }, (_, i) => Array.from({ length: n }, (_, j) => f(at(a, i, j), at(b, i, j))));
}`,
  },
  _zip: {
    uses: ['_map'],
    code: `/** f entry by entry; a number pairs with every entry of the other operand. */
function _zip<T extends _Val>(a: _Val, b: _Val, f: (x: number, y: number) => number): T {
  if (typeof a === 'number') return _map<T>(b, (y) => f(a, y));
  if (typeof b === 'number') return _map<T>(a, (x) => f(x, b));
  return (a as (number | number[])[]).map((r, i) => _zip(r, (b as (number | number[])[])[i]!, f)) as T;
}`,
  },
  _tp: {
    code: `/** Aᵀ. */
function _tp(A: number[][]): number[][] {
  return A[0]!.map((_, j) => A.map((r) => r[j]!));
}`,
  },
  _mm: {
    code: `/** A B. */
function _mm(A: number[][], B: number[][]): number[][] {
  return A.map((r) => B[0]!.map((_, j) => r.reduce((s, a, k) => s + a * B[k]![j]!, 0)));
}`,
  },
  _mv: {
    code: `/** A x. */
function _mv(A: number[][], x: number[]): number[] {
  return A.map((r) => r.reduce((s, a, k) => s + a * x[k]!, 0));
}`,
  },
  _vm: {
    code: `/** xᵀ A, as a vector. */
function _vm(x: number[], A: number[][]): number[] {
  return A[0]!.map((_, j) => x.reduce((s, a, k) => s + a * A[k]![j]!, 0));
}`,
  },
  _dot: {
    code: `/** aᵀ b. */
function _dot(a: number[], b: number[]): number {
  return a.reduce((s, x, i) => s + x * b[i]!, 0);
}`,
  },
  _outer: {
    code: `/** a bᵀ. */
function _outer(a: number[], b: number[]): number[][] {
  return a.map((x) => b.map((y) => x * y));
}`,
  },
  _lu: {
    code: `/** LU factorization with partial pivoting: PA = LU, L and U in one matrix, and the sign of P. */
function _lu(A: number[][]): { lu: number[][]; perm: number[]; sign: number } {
  const n = A.length;
  if (A.some((r) => r.length !== n)) throw new Error(\`a square matrix is needed, got \${n}x\${A[0]?.length}\`);
  const lu = A.map((r) => [...r]);
  const perm = lu.map((_, i) => i);
  let sign = 1;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(lu[i]![k]!) > Math.abs(lu[p]![k]!)) p = i;
    if (p !== k) {
      [lu[p], lu[k]] = [lu[k]!, lu[p]!];
      [perm[p], perm[k]] = [perm[k]!, perm[p]!];
      sign = -sign;
    }
    const pivot = lu[k]![k]!;
    if (pivot === 0) continue;
    for (let i = k + 1; i < n; i++) {
      const m = (lu[i]![k]! /= pivot);
      for (let j = k + 1; j < n; j++) lu[i]![j]! -= m * lu[k]![j]!;
    }
  }
  return { lu, perm, sign };
}`,
  },
  _solve: {
    uses: ['_lu'],
    code: `/** The solution X of A X = B (B a matrix or a vector). */
function _solve<T extends number[] | number[][]>(A: number[][], B: T): T {
  const { lu, perm } = _lu(A);
  const n = lu.length;
  const vec = typeof B[0] === 'number';
  const cols: number[][] = vec ? [B as number[]] : (B as number[][])[0]!.map((_, j) => (B as number[][]).map((r) => r[j]!));
  const out = cols.map((b) => {
    const y = perm.map((p) => b[p]!);
    for (let i = 0; i < n; i++) for (let k = 0; k < i; k++) y[i]! -= lu[i]![k]! * y[k]!;
    for (let i = n - 1; i >= 0; i--) {
      for (let k = i + 1; k < n; k++) y[i]! -= lu[i]![k]! * y[k]!;
      y[i]! /= lu[i]![i]!;
    }
    return y;
  });
  return (vec ? out[0]! : out[0]!.map((_, i) => out.map((c) => c[i]!))) as T;
}`,
  },
  _eye: {
    code: `/** The r×c matrix with ones on the diagonal. */
function _eye(r: number, c: number = r): number[][] {
  return Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => (i === j ? 1 : 0)));
}`,
  },
  _inv: {
    uses: ['_solve', '_eye'],
    code: `/** A⁻¹. */
function _inv(A: number[][]): number[][] {
  return _solve(A, _eye(A.length));
}`,
  },
  _det: {
    uses: ['_lu'],
    code: `/** det A. */
function _det(A: number[][]): number {
  const { lu, sign } = _lu(A);
  return lu.reduce((p, r, i) => p * r[i]!, sign);
}`,
  },
  _logdet: {
    uses: ['_lu'],
    code: `/** log|det A|, summed from the LU factors (no overflow of the determinant itself). */
function _logdet(A: number[][]): number {
  return _lu(A).lu.reduce((s, r, i) => s + Math.log(Math.abs(r[i]!)), 0);
}`,
  },
  _trace: {
    code: `/** tr A. */
function _trace(A: number[][]): number {
  return A.reduce((s, r, i) => s + r[i]!, 0);
}`,
  },
  _sum: {
    uses: ['_Val'],
    code: `/** The sum of all entries. */
function _sum(a: _Val): number {
  return typeof a === 'number' ? a : (a as (number | number[])[]).reduce((s: number, r) => s + _sum(r), 0);
}`,
  },
  _count: {
    uses: ['_Val'],
    code: `/** The number of entries. */
function _count(a: _Val): number {
  return typeof a === 'number' ? 1 : (a as (number | number[])[]).reduce((s: number, r) => s + _count(r), 0);
}`,
  },
  _mean: {
    uses: ['_sum', '_count'],
    code: `/** The mean of all entries. */
function _mean(a: _Val): number {
  return _sum(a) / _count(a);
}`,
  },
  _fro: {
    uses: ['_Val'],
    code: `/** The Euclidean (Frobenius) norm, scaled so that no square overflows. */
function _fro(a: _Val): number {
  const xs = typeof a === 'number' ? [a] : (a as (number | number[])[]).flat();
  const m = Math.max(...xs.map(Math.abs));
  return m === 0 ? 0 : m * Math.sqrt(xs.reduce((s, x) => s + (x / m) ** 2, 0));
}`,
  },
  _norm2: {
    uses: ['_tp', '_mm'],
    code: `/** The spectral norm (largest singular value): the square root of the largest eigenvalue of AᵀA, by cyclic Jacobi rotations. */
function _norm2(A: number[][]): number {
  const S = _mm(_tp(A), A);
  const n = S.length;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += S[p]![q]! ** 2;
    if (off === 0) break;
    for (let p = 0; p < n; p++)
      for (let q = p + 1; q < n; q++) {
        if (S[p]![q]! === 0) continue;
        const th = (S[q]![q]! - S[p]![p]!) / (2 * S[p]![q]!);
        const t = Math.sign(th || 1) / (Math.abs(th) + Math.sqrt(th * th + 1));
        const c = 1 / Math.sqrt(t * t + 1),
          s = t * c;
        for (let k = 0; k < n; k++) {
          const a = S[k]![p]!,
            b = S[k]![q]!;
          S[k]![p] = c * a - s * b;
          S[k]![q] = s * a + c * b;
        }
        for (let k = 0; k < n; k++) {
          const a = S[p]![k]!,
            b = S[q]![k]!;
          S[p]![k] = c * a - s * b;
          S[q]![k] = s * a + c * b;
        }
      }
  }
  return Math.sqrt(Math.max(0, ...S.map((r, i) => r[i]!)));
}`,
  },
  _kron: {
    code: `/** A ⊗ B. */
function _kron(A: number[][], B: number[][]): number[][] {
  return A.flatMap((ra) => B.map((rb) => ra.flatMap((a) => rb.map((b) => a * b))));
}`,
  },
  _diagm: {
    code: `/** The diagonal matrix of a vector. */
function _diagm(v: number[]): number[][] {
  return v.map((x, i) => v.map((_, j) => (i === j ? x : 0)));
}`,
  },
  _diagv: {
    code: `/** The diagonal of a matrix, as a vector. */
function _diagv(A: number[][]): number[] {
  return Array.from({ length: Math.min(A.length, A[0]!.length) }, (_, i) => A[i]![i]!);
}`,
  },
  _fill: {
    code: `/** An r×c matrix of v. */
function _fill(r: number, c: number, v: number): number[][] {
  return Array.from({ length: r }, () => new Array<number>(c).fill(v));
}`,
  },
  _softmaxv: {
    code: `/** exp(z − max z) / Σ exp(z − max z). */
function _softmaxv(z: number[]): number[] {
  const m = Math.max(...z);
  const e = z.map((x) => Math.exp(x - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}`,
  },
  _softmaxm: {
    uses: ['_softmaxv', '_tp'],
    code: `/** The softmax of every column. */
function _softmaxm(Z: number[][]): number[][] {
  return _tp(_tp(Z).map(_softmaxv));
}`,
  },
  _lsev: {
    code: `/** log Σ exp(z), shifted by max z. */
function _lsev(z: number[]): number {
  const m = Math.max(...z);
  return m + Math.log(z.reduce((s, x) => s + Math.exp(x - m), 0));
}`,
  },
  _lsem: {
    uses: ['_lsev', '_tp'],
    code: `/** The log-sum-exp of every column, as a vector. */
function _lsem(Z: number[][]): number[] {
  return _tp(Z).map(_lsev);
}`,
  },
  _sigmoid: {
    code: `/** 1/(1 + e⁻ˣ), without overflow for large |x|. */
function _sigmoid(x: number): number {
  return x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x));
}`,
  },
  _softplus: {
    code: `/** log(1 + eˣ) = max(x, 0) + log1p(e^−|x|): no overflow for large x, no loss for very negative x. */
function _softplus(x: number): number {
  return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
}`,
  },
  _mpow: {
    uses: ['_mm', '_eye', '_inv'],
    code: `/** A^k for a whole number k, by repeated squaring (A⁻¹ for k < 0). */
function _mpow(A: number[][], k: number): number[][] {
  let base = k < 0 ? _inv(A) : A;
  let acc = _eye(A.length);
  for (let e = Math.abs(k); e > 0; e >>= 1) {
    if (e & 1) acc = _mm(acc, base);
    if (e > 1) base = _mm(base, base);
  }
  return acc;
}`,
  },
};

export const NUMPY: PyLib = {
  target: 'numpy',
  m: 'np',
  imports: ['import numpy as np'],
  array: (n) => `np.asarray(${n}, dtype=np.float64)`,
  scalar: (n) => `np.float64(${n})`,
  literal: (rows) => `np.array(${rows}, dtype=np.float64)`,
  flat: 'ravel()',
  outer: 'np.outer',
  kron: 'np.kron',
  slogdet: 'np.linalg.slogdet',
  inv: 'np.linalg.inv',
  solve: 'np.linalg.solve',
  det: 'np.linalg.det',
  matrixPower: 'np.linalg.matrix_power',
  pi: 'np.pi',
  e: 'np.e',
  softmax: (z) => `_softmax(${z})`,
  logsumexp: (z) => `_logsumexp(${z})`,
  sigmoid: (x) => `_sigmoid(${x})`,
  relu: (x) => `np.maximum(${x}, 0.0)`,
  softplus: (x) => `np.logaddexp(0.0, ${x})`,
  norm: (x) => `np.linalg.norm(${x})`,
  fro: (x) => `np.linalg.norm(${x}, 'fro')`,
  spectral: (x) => `np.linalg.norm(${x}, 2)`,
  ones: (d) => `np.ones((${d}))`,
  zeros: (d) => `np.zeros((${d}))`,
  eye: (d) => `np.eye(${d})`,
  toFloat: (x) => `float(${x})`,
  scalarName: 'a float',
  convention: 'A matrix is a 2-D array, a column vector a 1-D array, a scalar a float (lists are taken too).',
  helpers: {
    _softmax: {
      code: `def _softmax(z):
    """exp(z - max z) / sum exp(z - max z), column by column."""
    e = np.exp(z - np.max(z, axis=0))
    return e / np.sum(e, axis=0)`,
    },
    _logsumexp: {
      code: `def _logsumexp(z):
    """log sum exp(z), column by column, shifted by the maximum."""
    m = np.max(z, axis=0)
    return m + np.log(np.sum(np.exp(z - m), axis=0))`,
    },
    _sigmoid: {
      code: `def _sigmoid(x):
    """1/(1 + exp(-x)), accurate and without overflow on both sides of 0."""
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))`,
    },
  },
};

export const TORCH: PyLib = {
  target: 'torch',
  m: 'torch',
  imports: ['import math', '', 'import torch'],
  array: (n) => `torch.as_tensor(${n}, dtype=torch.float64)`,
  scalar: (n) => `torch.as_tensor(${n}, dtype=torch.float64)`,
  literal: (rows) => `torch.tensor(${rows}, dtype=torch.float64)`,
  flat: 'reshape(-1)',
  outer: 'torch.outer',
  kron: 'torch.kron',
  slogdet: 'torch.linalg.slogdet',
  inv: 'torch.linalg.inv',
  solve: 'torch.linalg.solve',
  det: 'torch.linalg.det',
  matrixPower: 'torch.linalg.matrix_power',
  pi: 'math.pi',
  e: 'math.e',
  softmax: (z) => `torch.softmax(${z}, dim=0)`,
  logsumexp: (z) => `torch.logsumexp(${z}, dim=0)`,
  sigmoid: (x) => `torch.sigmoid(${x})`,
  relu: (x) => `torch.relu(${x})`,
  softplus: (x) => `torch.nn.functional.softplus(${x})`,
  norm: (x) => `torch.linalg.vector_norm(${x})`,
  fro: (x) => `torch.linalg.matrix_norm(${x}, 'fro')`,
  spectral: (x) => `torch.linalg.matrix_norm(${x}, 2)`,
  ones: (d) => `torch.ones((${d}), dtype=torch.float64)`,
  zeros: (d) => `torch.zeros((${d}), dtype=torch.float64)`,
  eye: (d) => `torch.eye(${d}, dtype=torch.float64)`,
  toFloat: (x) => x,
  scalarName: 'a 0-d tensor',
  convention:
    'A matrix is a 2-D tensor, a column vector a 1-D tensor, a scalar a float (anything torch.as_tensor takes); the results are float64 tensors (a scalar one 0-d), so autograd can follow them.',
  helpers: {},
};

export const JAX: PyLib = {
  target: 'jax',
  m: 'jnp',
  imports: ['import jax', 'import jax.numpy as jnp', 'import jax.scipy.special', '', 'jax.config.update("jax_enable_x64", True)  # float64, as the oracle computes'],
  array: (n) => `jnp.asarray(${n}, dtype=jnp.float64)`,
  scalar: (n) => `jnp.asarray(${n}, dtype=jnp.float64)`,
  literal: (rows) => `jnp.array(${rows}, dtype=jnp.float64)`,
  flat: 'ravel()',
  outer: 'jnp.outer',
  kron: 'jnp.kron',
  slogdet: 'jnp.linalg.slogdet',
  inv: 'jnp.linalg.inv',
  solve: 'jnp.linalg.solve',
  det: 'jnp.linalg.det',
  matrixPower: 'jnp.linalg.matrix_power',
  pi: 'jnp.pi',
  e: 'jnp.e',
  softmax: (z) => `jax.nn.softmax(${z}, axis=0)`,
  logsumexp: (z) => `jax.scipy.special.logsumexp(${z}, axis=0)`,
  sigmoid: (x) => `jax.nn.sigmoid(${x})`,
  relu: (x) => `jax.nn.relu(${x})`,
  softplus: (x) => `jax.nn.softplus(${x})`,
  norm: (x) => `jnp.linalg.norm(${x})`,
  fro: (x) => `jnp.linalg.norm(${x}, 'fro')`,
  spectral: (x) => `jnp.linalg.norm(${x}, 2)`,
  ones: (d) => `jnp.ones((${d}))`,
  zeros: (d) => `jnp.zeros((${d}))`,
  eye: (d) => `jnp.eye(${d})`,
  toFloat: (x) => x,
  scalarName: 'a 0-d array',
  convention: 'A matrix is a 2-D array, a column vector a 1-D array, a scalar a float; the results are float64 jax arrays (a scalar one 0-d), so jax.grad and jax.jit can trace them.',
  helpers: {},
};
