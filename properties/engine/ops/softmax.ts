/**
 * softmax(z): exp(z − max z)/Σ exp(z − max z) of a column vector, or of each column of a matrix.
 * Shared with logsumexp: {@link softmaxColumns} computes the value and the error bound in one
 * pass, so the value whose error is bounded is the value compared.
 */
import { alloc, CALL, sameShape } from './shared.js';
import { emul, mul, sub, tr } from '../ast.js';
import { dimensionLiteral, dimensionOf, dimensionOfNodes, dimensionTex, transposed } from './dimension.js';
import * as M from '../matrix.js';
import type { Mat } from '../matrix.js';
import { ETA, U } from './rounding.js';
import { type EvalContext, type Op, PREC, type VE } from './types.js';
import { alongVector, atom, dimensionArg, fn, pyLift, pyLower, python, tsMap, wrap } from './code.js';

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
  alloc(c.budget, x!.v.rows, x!.v.cols, 3 * x!.v.data.length, c);
  // softmax(Z, 2), row by row, is the softmax of the columns of Zᵀ, transposed back.
  const rows = c.literal === 2;
  const r = softmaxColumns(rows ? transposed(x!) : x!, c.bound);
  const out: VE = c.bound ? { v: r.p, e: r.pe! } : { v: r.p };
  return rows ? transposed(out) : out;
}

export default {
  name: 'softmax',
  syntax: ['softmax(z)', 'softmax(Z)', 'softmax(Z, 1)', 'softmax(Z, 2)'],
  form: 'function',
  arity: [1, 2],
  doc: 'softmax of a column vector (of each column of a matrix); softmax(Z,1) of each column, softmax(Z,2) of each row (batch-first: one sample per row), as in MATLAB',
  elementwise: false,
  smooth: true,
  scale: 'own',
  literal: dimensionLiteral('softmax'),
  evaluate: evaluateSoftmax,
  tex: ([x], nodes, k) => k.call(`\\operatorname{softmax}${dimensionTex(dimensionOfNodes(nodes))}`, x!),
  differential: {
    rules: ['diff-softmax'],
    because: ({ ctx, args }) =>
      dimensionOf(args) === 2 ? 'softmax(Z, 2) acts row by row: the rule for each row.' : ctx.shape(args[0]!).cols === 1 ? undefined : 'softmax acts column by column: the rule for each column.',
    d: ({ ctx, node, args, dargs: [dz] }) => {
      const [z] = args;
      const s = ctx.shape(z!);
      if (dimensionOf(args) === 2) {
        // Row by row: dP = P ∘ dZ − P ∘ ((P ∘ dZ) 1 1ᵀ), with 1 a column of the row length.
        const one = ctx.ones({ rows: s.cols, cols: 1 });
        return sub(emul(node, dz!), emul(node, mul(mul(emul(node, dz!), one), tr(one))));
      }
      if (s.cols === 1) return sub(emul(node, dz!), mul(node, mul(tr(node), dz!)));
      const one = ctx.ones({ rows: s.rows, cols: 1 });
      return sub(emul(node, dz!), emul(node, mul(one, mul(tr(one), emul(node, dz!)))));
    },
  },
  shape: sameShape,
  linearity: 'nonlinear',
  printing: CALL,
  torch: 'f_softmax',
  code: {
    ...python((args, k) => {
      const [L, a, d] = [k.lib, args[0]!, dimensionArg(args) ?? 1];
      if (L.target === 'numpy') k.helper('_softmax');
      if (a.repr === 'scalar') return pyLower(L, L.softmax(pyLift(L, a)), k);
      // A vector is one column (or row) to normalise, or entries each alone: softmax 1 for each.
      if (a.repr === 'vec') return alongVector(a, d) ? atom(L.softmax(a.code)) : fn(`${L.m}.ones_like`, a.code);
      return atom(d === 1 ? L.softmax(a.code) : `${L.softmax(`${wrap(a, PREC.atom)}.T`)}.T`);
    }),
    ts: (args, k) => {
      const [a, d] = [args[0]!, dimensionArg(args) ?? 1];
      if (a.repr === 'scalar') return atom('1');
      if (a.repr === 'vec') return alongVector(a, d) ? fn(k.helper('_softmaxv'), a.code) : tsMap(a, '() => 1', k);
      const tp = (c: string) => fn(k.helper('_tp'), c).code;
      return atom(d === 1 ? fn(k.helper('_softmaxm'), a.code).code : tp(fn(k.helper('_softmaxm'), tp(a.code)).code));
    },
  },
  domain: { where: 'everywhere' },
} satisfies Op;
