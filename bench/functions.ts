/**
 * The function checks (properties/api/functions.ts) on JavaScript code as a user writes it: a two-layer
 * network, softmax cross-entropy over a batch, layer norm, log |det| through an LU factorization,
 * a ReLU layer, and float32 versions, each with its right gradient (false alarms), planted bugs
 * (detection) and, on the network, planted randomness (which must be caught, never verified).
 */
import { checkFunctionGradient, NondeterminismError } from '../properties/api/functions.js';
import { deriveSeed } from '../properties/derive/checkRule.js';
import type { FunctionCheckResult } from '../properties/presentation/benchResults.js';

/** One function's figures: each check has its own seed. */
export type { FunctionCheckResult };

type Fn = (v: never) => unknown;
interface Subject {
  id: string;
  what: string;
  shape: Record<string, string>;
  wrt: string;
  assume?: Record<string, string>;
  f: Fn;
  grad: Fn;
  bugs: Record<string, Fn>;
  randomness?: Record<string, { f?: Fn; grad?: Fn }>;
}

const mv = (A: number[][], v: number[]) => A.map((r) => r.reduce((s, a, j) => s + a * v[j]!, 0));
const mtv = (A: number[][], u: number[]) => A[0]!.map((_, j) => A.reduce((s, r, i) => s + r[j]! * u[i]!, 0));
const outer = (u: number[], v: number[]) => u.map((a) => v.map((b) => a * b));
const col = (X: number[][], j: number) => X.map((r) => r[j]!);
const f32 = Math.fround;

/** A mask of k units, ½ kept and scaled by 2, from `rand`. */
const mask = (k: number, rand: () => number) => Array.from({ length: k }, () => (rand() < 0.5 ? 0 : 2));
/** mulberry32: the same mask on every call when reseeded per call. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Net = { W1: number[][]; b1: number[]; W2: number[][]; x: number[]; y: number[] };
/** ½‖W2·(m ⊙ tanh(W1·x + b1)) − y‖² with a dropout mask m (all ones: none), and its gradient in W1. */
function net(v: Net, m?: number[], round: (x: number) => number = (x) => x) {
  const a = mv(v.W1, v.x).map((z, i) => round(round(Math.tanh(round(z + v.b1[i]!))) * (m?.[i] ?? 1)));
  const r = mv(v.W2, a).map((o, i) => round(o - v.y[i]!));
  const loss = round(0.5 * r.reduce((s, ri) => round(s + ri * ri), 0));
  const backward = (forgetTanh = false, transposed = false) => {
    const da = mtv(v.W2, r);
    const dz = da.map((g, i) => round(g * (m?.[i] ?? 1) * (forgetTanh ? 1 : 1 - Math.tanh(z(i)) ** 2)));
    return transposed ? outer(v.x, dz) : outer(dz, v.x).map((row) => row.map(round));
  };
  const z = (i: number) => mv([v.W1[i]!], v.x)[0]! + v.b1[i]!;
  return { loss, backward };
}

type Batch = { W: number[][]; X: number[][]; Y: number[][] };
/** Σ over the batch's columns b of −log softmax(W·x_b)[label_b] (Y one-hot), and (P − Y)·Xᵀ. */
function softmaxCE({ W, X, Y }: Batch, round: (x: number) => number = (x) => x) {
  const m = X[0]!.length;
  let loss = 0;
  const G = W.map((r) => r.map(() => 0));
  const firstOnly = W.map((r) => r.map(() => 0));
  for (let b = 0; b < m; b++) {
    const z = mv(W, col(X, b)).map(round);
    const top = Math.max(...z);
    const e = z.map((zi) => round(Math.exp(zi - top)));
    const s = round(e.reduce((a, c) => a + c, 0));
    const p = e.map((ei) => round(ei / s));
    const y = col(Y, b);
    loss = round(loss - round(Math.log(round(p[y.indexOf(1)]!))));
    const d = p.map((pi, i) => round(pi - y[i]!));
    const xb = col(X, b);
    for (let i = 0; i < G.length; i++)
      for (let j = 0; j < xb.length; j++) {
        G[i]![j] = round(G[i]![j]! + d[i]! * xb[j]!);
        if (b === 0) firstOnly[i]![j] = round(d[i]! * xb[j]!);
      }
  }
  return { loss, G, firstOnly };
}

/** Σ cᵢ yᵢ with y = (x − μ)/σ, σ = √(var + ε): layer norm, and its gradient in x. */
function layerNorm({ x, c }: { x: number[]; c: number[] }) {
  const n = x.length;
  const mu = x.reduce((a, b) => a + b, 0) / n;
  const sigma = Math.sqrt(x.reduce((a, b) => a + (b - mu) ** 2, 0) / n + 1e-3);
  const y = x.map((xi) => (xi - mu) / sigma);
  const mc = c.reduce((a, b) => a + b, 0) / n;
  const mcy = c.reduce((a, ci, i) => a + ci * y[i]!, 0) / n;
  return {
    loss: c.reduce((a, ci, i) => a + ci * y[i]!, 0),
    grad: c.map((ci, i) => (ci - mc - y[i]! * mcy) / sigma),
    sigmaFixed: c.map((ci) => (ci - mc) / sigma), // the bug: σ's dependence on x forgotten
  };
}

/** LU with partial pivoting: log |det X| and X⁻ᵀ (by solving with the factors). */
function logDetLU(X: number[][]) {
  const n = X.length;
  const A = X.map((r) => [...r]);
  const perm = X.map((_, i) => i);
  let logDet = 0;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(A[i]![k]!) > Math.abs(A[p]![k]!)) p = i;
    [A[k], A[p]] = [A[p]!, A[k]!];
    [perm[k], perm[p]] = [perm[p]!, perm[k]!];
    logDet += Math.log(Math.abs(A[k]![k]!));
    for (let i = k + 1; i < n; i++) {
      A[i]![k] = A[i]![k]! / A[k]![k]!;
      for (let j = k + 1; j < n; j++) A[i]![j] = A[i]![j]! - A[i]![k]! * A[k]![j]!;
    }
  }
  // X⁻¹ column by column: solve L U z = P e_j.
  const inv = X.map(() => X.map(() => 0));
  for (let j = 0; j < n; j++) {
    const z: number[] = perm.map((pi) => (pi === j ? 1 : 0));
    for (let i = 0; i < n; i++) for (let k = 0; k < i; k++) z[i] = z[i]! - A[i]![k]! * z[k]!;
    for (let i = n - 1; i >= 0; i--) {
      for (let k = i + 1; k < n; k++) z[i] = z[i]! - A[i]![k]! * z[k]!;
      z[i] = z[i]! / A[i]![i]!;
    }
    for (let i = 0; i < n; i++) inv[i]![j] = z[i]!;
  }
  return { logDet, inv, invT: inv[0]!.map((_, j) => inv.map((r) => r[j]!)) };
}

type Relu = { W: number[][]; x: number[]; y: number[] };
/** ½‖relu(W·x) − y‖², its gradient in W, and the bug relu′ = 1. */
function reluLayer({ W, x, y }: Relu, leaky = false) {
  const z = mv(W, x);
  const r = z.map((zi, i) => Math.max(zi, 0) - y[i]!);
  return {
    loss: 0.5 * r.reduce((s, ri) => s + ri * ri, 0),
    grad: outer(
      r.map((ri, i) => (z[i]! > 0 || leaky ? ri : 0)),
      x,
    ),
  };
}

const NET = { W1: 'hxd', b1: 'h', W2: 'kxh', x: 'd', y: 'k' };

/** The functions, their right gradients, their planted bugs and randomness. */
export const SUBJECTS: Subject[] = [
  {
    id: 'two-layer-network',
    what: '½‖W2·tanh(W1·x + b1) − y‖², gradient in W1',
    shape: NET,
    wrt: 'W1',
    f: (v: Net) => net(v).loss,
    grad: (v: Net) => net(v).backward(),
    bugs: { 'tanh′ forgotten': (v: Net) => net(v).backward(true), 'missing transpose (x·dzᵀ)': (v: Net) => net(v).backward(false, true) },
    randomness: {
      'a fresh dropout mask in the backward pass (the forward pass seeded)': {
        f: (v: Net) => net(v, mask(v.W1.length, seeded(7))).loss,
        grad: (v: Net) => net(v, mask(v.W1.length, Math.random)).backward(),
      },
      'grad + Math.random() noise': {
        grad: (v: Net) =>
          net(v)
            .backward()
            .map((r) => r.map((g) => g + Math.random() - 0.5)),
      },
      'Math.random() dropout in f, grad 100× the mask-free one': {
        f: (v: Net) => net(v, mask(v.W1.length, Math.random)).loss,
        grad: (v: Net) =>
          net(v)
            .backward()
            .map((r) => r.map((g) => 100 * g)),
      },
      'Math.random() dropout in f, grad 0': { f: (v: Net) => net(v, mask(v.W1.length, Math.random)).loss, grad: (v: Net) => v.W1.map((r) => r.map(() => 0)) },
    },
  },
  {
    id: 'two-layer-network-float32',
    what: 'the same network, every operation rounded to float32 (Math.fround)',
    shape: NET,
    wrt: 'W1',
    f: (v: Net) => net(v, undefined, f32).loss,
    grad: (v: Net) => net(v, undefined, f32).backward(),
    bugs: { 'tanh′ forgotten': (v: Net) => net(v, undefined, f32).backward(true) },
  },
  {
    id: 'softmax-cross-entropy',
    what: 'Σ_b −log softmax(W·x_b)[label_b] over a batch, gradient in W',
    shape: { W: 'kxd', X: 'dxm', Y: 'kxm' },
    assume: { Y: 'onehot' },
    wrt: 'W',
    f: (v: Batch) => softmaxCE(v).loss,
    grad: (v: Batch) => softmaxCE(v).G,
    bugs: { 'batch sum forgotten (first column only)': (v: Batch) => softmaxCE(v).firstOnly },
  },
  {
    id: 'softmax-cross-entropy-float32',
    what: 'the same, in float32',
    shape: { W: 'kxd', X: 'dxm', Y: 'kxm' },
    assume: { Y: 'onehot' },
    wrt: 'W',
    f: (v: Batch) => softmaxCE(v, f32).loss,
    grad: (v: Batch) => softmaxCE(v, f32).G,
    bugs: { 'batch sum forgotten (first column only)': (v: Batch) => softmaxCE(v, f32).firstOnly },
  },
  {
    id: 'layer-norm',
    what: 'Σ cᵢ (xᵢ − μ)/√(var + 1e-3), gradient in x',
    shape: { x: 'n', c: 'n' },
    wrt: 'x',
    f: (v: { x: number[]; c: number[] }) => layerNorm(v).loss,
    grad: (v: { x: number[]; c: number[] }) => layerNorm(v).grad,
    bugs: { 'σ taken as a constant': (v: { x: number[]; c: number[] }) => layerNorm(v).sigmaFixed },
  },
  {
    id: 'log-det-lu',
    what: 'log |det X| through an LU with partial pivoting, gradient X⁻ᵀ',
    shape: { X: 'nxn' },
    assume: { X: 'invertible' },
    wrt: 'X',
    f: ({ X }: { X: number[][] }) => logDetLU(X).logDet,
    grad: ({ X }: { X: number[][] }) => logDetLU(X).invT,
    bugs: { 'missing transpose (X⁻¹)': ({ X }: { X: number[][] }) => logDetLU(X).inv },
  },
  {
    id: 'relu-layer',
    what: '½‖relu(W·x) − y‖², gradient in W (through the kink)',
    shape: { W: 'kxd', x: 'd', y: 'k' },
    wrt: 'W',
    f: (v: Relu) => reluLayer(v).loss,
    grad: (v: Relu) => reluLayer(v).grad,
    bugs: { 'relu′ taken as 1': (v: Relu) => reluLayer(v, true).grad },
  },
];

type Outcome = 'verified' | 'refuted' | 'nondeterministic' | 'error';
function outcome(run: () => { verdict: 'verified' | 'refuted' }): Outcome {
  try {
    return run().verdict;
  } catch (err) {
    return err instanceof NondeterminismError ? 'nondeterministic' : 'error';
  }
}

/** Runs every subject on `checks` seeds of `cases` cases each (seeds derived from `seed`). */
export function functionChecks(seed: number, checks: number, cases: number): FunctionCheckResult[] {
  return SUBJECTS.map((s) => {
    const run = (what: string, f: Fn, grad: Fn) =>
      Array.from({ length: checks }, (_, i) =>
        outcome(() =>
          checkFunctionGradient({ f: f as never, grad: grad as never, wrt: s.wrt as never, shape: s.shape, assume: s.assume, seed: deriveSeed(seed, `functions/${s.id}/${what}/${i}`), cases }),
        ),
      );
    const right = run('correct', s.f, s.grad);
    return {
      id: s.id,
      what: s.what,
      correct: { checks, verified: right.filter((o) => o === 'verified').length },
      bugs: Object.entries(s.bugs).map(([id, grad]) => ({ id, checks, refuted: run(id, s.f, grad).filter((o) => o === 'refuted').length })),
      randomness: Object.entries(s.randomness ?? {}).map(([id, r]) => {
        const os = run(id, r.f ?? s.f, r.grad ?? s.grad);
        return { id, checks, caught: os.filter((o) => o === 'nondeterministic').length, verified: os.filter((o) => o === 'verified').length };
      }),
    };
  });
}
