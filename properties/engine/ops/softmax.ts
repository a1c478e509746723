/**
 * softmax(z): exp(z − max z)/Σ exp(z − max z) of a column vector, or of each column of a matrix.
 * Shared with logsumexp: {@link softmaxColumns} computes the value and the error bound in one
 * pass, so the value whose error is bounded is the value compared.
 */
import { alloc, CALL, sameShape } from './shared.js';
import { emul, mul, sub, tr } from '../ast.js';
import * as M from '../matrix.js';
import type { Mat } from '../matrix.js';
import { ETA, U } from './rounding.js';
import type { EvalContext, Op, VE } from './types.js';

/** The softmax of every column, its log-sum-exp, and (with `bound`) bounds on both. */
export function softmaxColumns(x: VE, bound: boolean): { p: Mat; lse: Mat; pe?: Mat; lsee?: Mat } {
  const z = x.v,
    ez = x.e;
  const n = z.rows;
  const p = M.mat(z.rows, z.cols),
    lse = M.mat(1, z.cols);
  const pe = bound ? M.mat(z.rows, z.cols) : undefined,
    lsee = bound ? M.mat(1, z.cols) : undefined;
  for (let j = 0; j < z.cols; j++) {
    let m = -Infinity;
    for (let i = 0; i < n; i++) m = Math.max(m, z.data[i * z.cols + j]!);
    if (!Number.isFinite(m)) {
      // All −∞ (or a +∞ or NaN): the values are not finite and the oracle discards the point.
      for (let i = 0; i < n; i++) p.data[i * z.cols + j] = NaN;
      lse.data[j] = m;
      continue;
    }
    let s = 0;
    for (let i = 0; i < n; i++) {
      const e = Math.exp(z.data[i * z.cols + j]! - m);
      p.data[i * z.cols + j] = e;
      s += e;
    }
    for (let i = 0; i < n; i++) p.data[i * z.cols + j] = p.data[i * z.cols + j]! / s;
    lse.data[j] = m + Math.log(s);
    if (!bound) continue;
    // Rounding, relative to p: d = z − m errs by u|d|, which exp turns into a relative error
    // u|d|, and exp adds 2u (within an ulp); the sum of n positive terms adds (n − 1)u and
    // carries its terms' errors, the division u. The input's error moves p by p ∘ (ez + pᵀez).
    let spread = 0,
      carried = 0;
    for (let i = 0; i < n; i++) {
      const k = i * z.cols + j;
      spread += p.data[k]! * ez!.data[k]!;
      carried += p.data[k]! * (Math.abs(z.data[k]! - m) + 2);
    }
    const common = (n - 1) * U + U * carried + U;
    for (let i = 0; i < n; i++) {
      const k = i * z.cols + j;
      const pk = p.data[k]!;
      pe!.data[k] = pk * (ez!.data[k]! + spread + U * (Math.abs(z.data[k]! - m) + 2) + common) + 3 * ETA;
    }
    // lse = m + log s: s's relative error (n − 1)u + u·carried, log's own 2u|log s|, the sum's u|lse|.
    lsee!.data[j] = spread + U * (Math.abs(lse.data[j]!) + 2 * Math.abs(Math.log(s)) + (n - 1) + carried);
  }
  return { p, lse, pe, lsee };
}

export function evaluateSoftmax([x]: readonly VE[], c: EvalContext): VE {
  alloc(c.budget, x!.v.rows, x!.v.cols, 3 * x!.v.data.length, c.text);
  const r = softmaxColumns(x!, c.bound);
  return c.bound ? { v: r.p, e: r.pe! } : { v: r.p };
}

export default {
  name: 'softmax',
  syntax: ['softmax(z)', 'softmax(Z)'],
  form: 'function',
  arity: [1, 1],
  doc: 'softmax of a column vector (of each column of a matrix)',
  elementwise: false,
  smooth: true,
  scale: 'own',
  evaluate: evaluateSoftmax,
  tex: ([x], _n, k) => k.call('\\operatorname{softmax}', x!),
  differential: {
    rules: ['diff-softmax'],
    because: ({ ctx, args: [z] }) => (ctx.shape(z!).cols === 1 ? undefined : 'softmax acts column by column: the rule for each column.'),
    d: ({ ctx, node, args: [z], dargs: [dz] }) => {
      const s = ctx.shape(z!);
      if (s.cols === 1) return sub(emul(node, dz!), mul(node, mul(tr(node), dz!)));
      const one = ctx.ones({ rows: s.rows, cols: 1 });
      return sub(emul(node, dz!), emul(node, mul(one, mul(tr(one), emul(node, dz!)))));
    },
  },
  shape: sameShape,
  linearity: 'nonlinear',
  printing: CALL,
  torch: 'f_softmax',
  domain: { where: 'everywhere' },
} satisfies Op;
