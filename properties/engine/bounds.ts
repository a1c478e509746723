/**
 * Running error bounds: for an expression at a point, a first-order bound, entry by entry, on the
 * rounding error of its float64 value (Wilkinson's running error analysis, as in Higham,
 * "Accuracy and Stability of Numerical Algorithms", ch. 3).
 *
 * Each node yields its value v and a bound e ≥ |fl(v) − v|, propagated with the node's
 * derivative plus the node's own rounding:
 *   a ± b      e = ea + eb + u|v|
 *   a .* b     e = |a|eb + ea|b| + u|v|
 *   A * B      e = |A|eB + eA|B| + k·u·|A||B|        (k = inner size)
 *   σ(x)       e = |σ'(x)|ex + u|v|                 (elementwise functions)
 *   inv(X)     e = |X⁻¹|(eX + γ₃ₙ|L||U|)|X⁻¹|        (LU backward error, γ₃ₙ|L||U|)
 *   det, logdet, trace, sum, norm, softmax, … likewise from their differentials.
 * Unlike a relative tolerance this cannot be fooled by cancellation: in p − y with p ≈ y ≈ 1 the
 * bound is u·(|p| + |y|) although p − y is tiny, and near a singular X the |X⁻¹|…|X⁻¹| factor grows
 * with the condition number. The tolerances of the oracle are built on it.
 */
import type { MathNode } from 'mathjs';
import { CONSTANTS, ELEMENTWISE, sigmoid as sig, type Scope } from './expr.js';
import * as M from './matrix.js';
import type { Mat } from './matrix.js';

const U = Number.EPSILON / 2;
/**
 * Underflow: below 2⁻¹⁰²² results are subnormal and rounding to the nearest multiple of 2⁻¹⁰⁷⁴
 * errs by up to half of it in absolute terms, however small the value (Higham's model
 * fl(x op y) = (x op y)(1 + δ) + η, |η| ≤ 2⁻¹⁰⁷⁵). Invisible at ordinary sizes, it is the whole
 * error of a density of 1e-318.
 */
const ETA = Number.MIN_VALUE / 2;
type VE = { v: Mat; e: Mat };

const abs = (m: Mat): Mat => M.map(m, Math.abs);
const add = (...ms: Mat[]): Mat => ms.reduce((a, b) => M.zip(a, b, (x, y) => x + y));
const mulE = (a: Mat, b: Mat): Mat => M.zip(a, b, (x, y) => x * y);
const round = (v: Mat, k = 1): Mat => M.map(v, (x) => k * (U * Math.abs(x) + ETA));
const zeros = (m: Mat): Mat => M.mat(m.rows, m.cols);

/** |f'(x)| of the elementwise functions. */
const DERIV: Readonly<Record<string, (x: number, v: number) => number>> = {
  exp: (_x, v) => Math.abs(v),
  log: (x) => 1 / Math.abs(x),
  sqrt: (_x, v) => 1 / (2 * Math.abs(v)),
  sin: (x) => Math.abs(Math.cos(x)),
  cos: (x) => Math.abs(Math.sin(x)),
  tan: (_x, v) => 1 + v * v,
  tanh: (_x, v) => 1 - v * v,
  sigmoid: (x) => sig(x) * (1 - sig(x)),
  abs: () => 1,
  sign: () => 0,
  square: (x) => 2 * Math.abs(x),
};

function matmulVE(a: VE, b: VE): VE {
  if (M.isScalar(a.v) || M.isScalar(b.v)) {
    const v = M.zip(a.v, b.v, (x, y) => x * y);
    return { v, e: add(M.zip(abs(a.v), b.e, (x, y) => x * y), M.zip(a.e, abs(b.v), (x, y) => x * y), round(v)) };
  }
  const v = M.matmul(a.v, b.v);
  const k = a.v.cols;
  // Each of the k products may underflow too.
  const e = add(M.matmul(abs(a.v), b.e), M.matmul(a.e, abs(b.v)), M.scale(M.matmul(abs(a.v), abs(b.v)), k * U), M.map(round(v), (x) => x + k * ETA));
  return { v, e };
}

/**
 * |L||U| of X's LU factorisation with partial pivoting, in X's row order: Gaussian elimination's
 * backward error is |ΔX| ≤ γ₃ₙ|L||U| (Higham, Thm 9.3; for inverses and determinants from the
 * factors, §14.3), and with pivoting |L||U| is nonzero where X is zero, so n·u|X| is not a bound.
 */
function luMagnitude(x: Mat): Mat {
  const f = M.luFactor(x);
  const n = f.n;
  const l = M.mat(n, n), u = M.mat(n, n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const v = Math.abs(f.lu[i * n + j]!);
      if (j < i) l.data[i * n + j] = v;
      else u.data[i * n + j] = v;
      if (j === i) l.data[i * n + i] = 1;
    }
  const lu = M.matmul(l, u);
  const out = M.mat(n, n);
  for (let i = 0; i < n; i++) out.data.set(lu.data.subarray(i * n, (i + 1) * n), f.perm[i]! * n);
  return out;
}

/** The perturbation of X that the LU-based functions see: X's own bound plus the backward error γ₃ₙ|L||U|. */
const luPerturbation = (x: VE): Mat => add(x.e, M.scale(luMagnitude(x.v), 3 * x.v.rows * U));

function invVE(x: VE): VE {
  const v = M.inv(x.v);
  const ai = abs(v);
  return { v, e: add(M.matmul(M.matmul(ai, luPerturbation(x)), ai), round(v)) };
}

/** Σ |X⁻ᵀ| ∘ (eX + γ₃ₙ|L||U|): the first-order change of log|det X| under the perturbation bound. */
function logdetSpread(x: VE): number {
  const ai = abs(M.transpose(M.inv(x.v)));
  return M.inner(ai, luPerturbation(x));
}

/**
 * A bound on |det(X + Δ) − det X| for every |Δ| ≤ E entrywise, from Hadamard's inequality
 * |det A| ≤ Π‖aₖ‖₂ (aₖ the rows of A): replacing the rows one at a time,
 *   det(X + Δ) − det X = Σᵢ det(x₁ + δ₁, …, xᵢ₋₁ + δᵢ₋₁, δᵢ, xᵢ₊₁, …, xₙ),
 * so it is at most Σᵢ ‖Eᵢ‖₂ Πₖ≠ᵢ (‖xₖ‖₂ + ‖Eₖ‖₂). Not first order: it holds for any size of Δ,
 * and needs no inverse, so it is finite at a singular X.
 */
function hadamardSpread(x: Mat, e: Mat): number {
  const n = x.rows;
  const rowNorm = (m: Mat, i: number) => M.frobenius(M.mat(1, n, m.data.subarray(i * n, (i + 1) * n)));
  const xr = Array.from({ length: n }, (_, i) => rowNorm(x, i));
  const er = Array.from({ length: n }, (_, i) => rowNorm(e, i));
  let total = 0;
  for (let i = 0; i < n; i++) {
    let p = er[i]!;
    for (let k = 0; k < n; k++) if (k !== i) p *= xr[k]! + er[k]!;
    total += p;
  }
  // The norms and the products round by (2n + 2)u relative at most.
  return total * (1 + (2 * n + 2) * U);
}

/**
 * The value and the running error bound of a parsed expression at a point. `inputErrors` bounds
 * the error already in some variables (zero when absent: the point's values are exact).
 */
export function evaluateWithBound(node: MathNode, scope: Scope, inputErrors: Readonly<Record<string, Mat>> = {}): VE {
  const n = node as MathNode & { value?: unknown; name?: string; fn?: unknown; args?: MathNode[]; content?: MathNode; items?: MathNode[] };
  const rec = (m: MathNode) => evaluateWithBound(m, scope, inputErrors);
  switch (node.type) {
    case 'ConstantNode': {
      const v = M.scalar(n.value as number);
      return { v, e: round(v) };
    }
    case 'SymbolNode': {
      const name = n.name!;
      if (name in CONSTANTS) {
        const v = M.scalar(CONSTANTS[name]!);
        return { v, e: round(v) };
      }
      const v = scope[name]!;
      return { v, e: inputErrors[name] ?? zeros(v) };
    }
    case 'ParenthesisNode':
      return rec(n.content!);
    case 'ArrayNode': {
      const items = n.items!;
      const rows = items.every((it) => it.type === 'ArrayNode') ? items.map((it) => (it as unknown as { items: MathNode[] }).items) : [items];
      const parts = rows.map((r) => r.map(rec));
      const v = M.fromRows(parts.map((r) => r.map((p) => p.v.data[0]!)));
      const e = M.fromRows(parts.map((r) => r.map((p) => p.e.data[0]!)));
      return { v, e };
    }
    case 'OperatorNode': {
      const fn = n.fn as string;
      const args = n.args!.map(rec);
      const [a, b] = args as [VE, VE];
      switch (fn) {
        case 'unaryMinus': return { v: M.scale(a.v, -1), e: a.e };
        case 'unaryPlus': return a;
        case 'ctranspose':
        case 'transpose': return { v: M.transpose(a.v), e: M.transpose(a.e) };
        case 'add':
        case 'subtract': {
          const v = M.zip(a.v, b.v, fn === 'add' ? (x, y) => x + y : (x, y) => x - y);
          return { v, e: add(M.zip(a.e, b.e, (x, y) => x + y), round(v)) };
        }
        case 'dotMultiply': {
          const v = M.zip(a.v, b.v, (x, y) => x * y);
          return { v, e: add(M.zip(abs(a.v), b.e, (x, y) => x * y), M.zip(a.e, abs(b.v), (x, y) => x * y), round(v)) };
        }
        case 'dotDivide': {
          const v = M.zip(a.v, b.v, (x, y) => x / y);
          const rel = M.zip(a.e, b.v, (x, y) => x / Math.abs(y));
          const quo = M.zip(M.zip(abs(v), b.e, (x, y) => x * y), b.v, (x, y) => x / Math.abs(y));
          return { v, e: add(rel, quo, round(v)) };
        }
        case 'dotPow':
        case 'pow': {
          if (fn === 'pow' && !M.isScalar(a.v)) {
            const p = b.v.data[0]!;
            let base = p < 0 ? invVE(a) : a;
            let result: VE = { v: M.identity(a.v.rows), e: M.mat(a.v.rows, a.v.rows) };
            for (let k = Math.abs(p); k > 0; k >>= 1) {
              if (k & 1) result = matmulVE(result, base);
              if (k > 1) base = matmulVE(base, base);
            }
            return result;
          }
          const v = M.zip(a.v, b.v, (x, y) => x ** y);
          const da = M.zip(a.v, b.v, (x, y) => Math.abs(y * x ** (y - 1)));
          const db = M.zip(a.v, b.v, (x, y) => (x === 0 ? 0 : Math.abs(x ** y * Math.log(Math.abs(x)))));
          const ea = M.zip(da, a.e, (x, y) => (y === 0 ? 0 : x * y));
          const eb = M.zip(db, b.e, (x, y) => (y === 0 ? 0 : x * y));
          return { v, e: add(ea, eb, round(v)) };
        }
        case 'multiply':
          return matmulVE(a, b);
        case 'divide':
          if (M.isScalar(b.v)) {
            const v = M.map(a.v, (x) => x / b.v.data[0]!);
            const d = Math.abs(b.v.data[0]!);
            return { v, e: add(M.scale(a.e, 1 / d), M.scale(abs(v), b.e.data[0]! / d), round(v)) };
          }
          return matmulVE(a, invVE(b));
      }
      throw new Error(`no error bound for operator ${fn}`);
    }
    case 'FunctionNode': {
      const name = (n.fn as { name: string }).name;
      const argNodes = n.args!;
      if (name === 'norm') {
        const x = rec(argNodes[0]!);
        const p = argNodes[1] as (MathNode & { value?: unknown }) | undefined;
        if (p?.value === 2 && x.v.rows !== 1 && x.v.cols !== 1) {
          // The spectral norm: its algorithm's own bound (matrix.ts), and the input's error moves
          // σ₁ by at most ‖E‖₂ ≤ ‖E‖_F (Weyl).
          const sn = M.spectralNorm(x.v);
          return { v: M.scalar(sn.value), e: M.scalar(sn.error + M.frobenius(x.e)) };
        }
        const nv = M.frobenius(x.v);
        const e = nv === 0 ? M.frobenius(x.e) : M.inner(abs(x.v), x.e) / nv;
        return { v: M.scalar(nv), e: M.scalar(e + x.v.data.length * U * nv) };
      }
      const args = argNodes.map(rec);
      const x = args[0]!;
      if (name in DERIV) {
        const fx = M.map(x.v, ELEMENTWISE[name]!);
        const d = M.zip(x.v, fx, DERIV[name]!);
        return { v: fx, e: add(M.zip(d, x.e, (p, q) => (q === 0 ? 0 : p * q)), round(fx, 2)) };
      }
      switch (name) {
        case 'inv': return invVE(x);
        case 'transpose': return { v: M.transpose(x.v), e: M.transpose(x.e) };
        case 'trace': {
          let s = 0, e = 0, mag = 0;
          for (let i = 0; i < x.v.rows; i++) {
            const k = i * x.v.cols + i;
            s += x.v.data[k]!; e += x.e.data[k]!; mag += Math.abs(x.v.data[k]!);
          }
          return { v: M.scalar(s), e: M.scalar(e + x.v.rows * U * mag) };
        }
        case 'sum':
        case 'mean': {
          const N = x.v.data.length;
          const div = name === 'mean' ? N : 1;
          let s = 0, e = 0, mag = 0;
          for (let i = 0; i < N; i++) { s += x.v.data[i]!; e += x.e.data[i]!; mag += Math.abs(x.v.data[i]!); }
          return { v: M.scalar(s / div), e: M.scalar((e + N * U * mag) / div) };
        }
        case 'det': {
          const d = M.det(x.v);
          const n = x.v.rows;
          // The first-order bound needs X⁻¹; Hadamard's needs nothing, so it also holds where X is
          // singular (det = 0 exactly, a case to check rather than discard) and where first order
          // is not enough (‖X⁻¹‖‖ΔX‖ near 1). The pivots' product rounds by n·u relative.
          const first = Math.abs(d) * logdetSpread(x);
          const hadamard = hadamardSpread(x.v, luPerturbation(x));
          const spread = Number.isFinite(first) ? Math.min(first, hadamard) : hadamard;
          return { v: M.scalar(d), e: M.scalar(spread + n * U * Math.abs(d) + ETA) };
        }
        case 'logdet': {
          const l = M.logAbsDet(x.v);
          return { v: M.scalar(l), e: M.scalar(logdetSpread(x) + x.v.rows * U * Math.abs(l)) };
        }
        case 'kron': {
          const y = args[1]!;
          const v = M.kron(x.v, y.v);
          return { v, e: add(M.kron(abs(x.v), y.e), M.kron(x.e, abs(y.v)), round(v)) };
        }
        case 'diag': {
          const vec = x.v.cols === 1 || x.v.rows === 1;
          const pick = (m: Mat): Mat => {
            if (vec) {
              const k = m.data.length;
              const r = M.mat(k, k);
              for (let i = 0; i < k; i++) r.data[i * k + i] = m.data[i]!;
              return r;
            }
            const k = Math.min(m.rows, m.cols);
            const r = M.mat(k, 1);
            for (let i = 0; i < k; i++) r.data[i] = m.data[i * m.cols + i]!;
            return r;
          };
          return { v: pick(x.v), e: pick(x.e) };
        }
        case 'eye':
        case 'ones':
        case 'zeros': {
          const r = x.v.data[0]!;
          const c = args.length > 1 ? args[1]!.v.data[0]! : name === 'eye' ? r : 1;
          const v = name === 'zeros' ? M.mat(r, c) : name === 'eye' ? M.identity(r, c) : M.map(M.mat(r, c), () => 1);
          return { v, e: M.mat(r, c) };
        }
        case 'softmax':
        case 'logsumexp': {
          // Column by column: p = exp(z − lse). dp = p ∘ (dz − pᵀdz); computing z − lse costs
          // u(|z| + |lse|) and exp adds u relative.
          const z = x.v, ez = x.e;
          const outRows = name === 'softmax' ? z.rows : 1;
          const v = M.mat(outRows, z.cols), e = M.mat(outRows, z.cols);
          for (let j = 0; j < z.cols; j++) {
            let m = -Infinity;
            for (let i = 0; i < z.rows; i++) m = Math.max(m, z.data[i * z.cols + j]!);
            let s = 0;
            for (let i = 0; i < z.rows; i++) s += Math.exp(z.data[i * z.cols + j]! - m);
            const lse = m + Math.log(s);
            let pe = 0;
            const p: number[] = [];
            for (let i = 0; i < z.rows; i++) {
              const pi = Math.exp(z.data[i * z.cols + j]! - lse);
              p.push(pi);
              pe += pi * ez.data[i * z.cols + j]!;
            }
            if (name === 'logsumexp') {
              v.data[j] = lse;
              e.data[j] = pe + U * (Math.abs(lse) + 2 * Math.abs(m) + z.rows);
            } else {
              for (let i = 0; i < z.rows; i++) {
                const k = i * z.cols + j;
                v.data[k] = p[i]!;
                e.data[k] = p[i]! * (ez.data[k]! + pe + U * (Math.abs(z.data[k]!) + 2 * Math.abs(lse) + z.rows + 2)) + 2 * ETA;
              }
            }
          }
          return { v, e };
        }
      }
      throw new Error(`no error bound for function ${name}`);
    }
  }
  throw new Error(`no error bound for ${node.type}`);
}
