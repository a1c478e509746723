/**
 * norm(x), norm(x,2): the Euclidean norm of a vector; norm(X,'fro'): the Frobenius norm;
 * norm(X,2): the spectral norm of a matrix (its largest singular value), as in mathjs.
 */
import { alloc, CALL, need, scalarShape } from './shared.js';
import type { MathNode } from 'mathjs';
import { call, div, mul, tr } from '../ast.js';
import * as M from '../matrix.js';
import { abs, err, U } from './rounding.js';
import { P, type Op, type VE } from './types.js';
import { atom, fn, isNum, python, scalarArray } from './code.js';

export default {
  name: 'norm',
  syntax: ['norm(x)', 'norm(x, 2)', "norm(X, 'fro')", 'norm(X, 2)'],
  form: 'function',
  arity: [1, 2],
  doc: "norm(x) or norm(x,2) Euclidean norm of a vector; norm(X,'fro') Frobenius norm; norm(X,2) spectral norm (largest singular value)",
  elementwise: false,
  // Not smooth at 0, nor where the largest singular value is repeated.
  smooth: false,
  scale: 'free',
  literal: {
    index: 1,
    parse: (node: MathNode, text: string) => {
      const p = node as MathNode & { value?: unknown };
      return p.type === 'ConstantNode' && (p.value === 'fro' || p.value === 2) ? { value: p.value } : { error: `only norm(X,'fro') and norm(x,2) are supported, not ${text}` };
    },
  },
  evaluate: ([x], c): VE => {
    const v = x!.v;
    const vector = v.rows === 1 || v.cols === 1;
    need(vector || c.literal !== undefined, () => `${c.text}: norm(X) of a ${M.shapeText(v)} matrix is ambiguous; write norm(X,'fro') for the Frobenius norm`);
    if (c.literal === 2 && !vector) {
      alloc(c.budget, 1, 1, 30 * v.rows * v.cols * Math.min(v.rows, v.cols), c);
      // The spectral norm: its algorithm's own bound (matrix.ts), and the input's error moves
      // σ₁ by at most ‖E‖₂ ≤ ‖E‖_F (Weyl).
      const sn = M.spectralNorm(v);
      return c.bound ? { v: M.scalar(sn.value), e: M.scalar(sn.error + M.frobenius(err(x!))) } : { v: M.scalar(sn.value) };
    }
    alloc(c.budget, 1, 1, v.data.length, c);
    const nv = M.frobenius(v);
    if (!c.bound) return { v: M.scalar(nv) };
    const e = nv === 0 ? M.frobenius(err(x!)) : M.inner(abs(v), err(x!)) / nv;
    return { v: M.scalar(nv), e: M.scalar(e + v.data.length * U * nv) };
  },
  tex: ([x], nodes) => {
    const p = nodes[1] as (MathNode & { value?: unknown }) | undefined;
    const sub = p === undefined ? '' : p.value === 'fro' ? '_F' : `_{${String(p.value)}}`;
    return { tex: `\\lVert ${x!.tex} \\rVert${sub}`, prec: P.Atom };
  },
  differential: {
    rules: ['diff-norm'],
    d: ({ node, args: [x, p], dargs: [dx], ctx, unsupported }) => {
      const s = ctx.shape(x!);
      if (p?.k === 'num' && s.rows !== 1 && s.cols !== 1) unsupported("norm(X,2) of a matrix is its spectral norm, which mcv derive does not differentiate; norm(X,'fro') is the Frobenius norm");
      return div(call('trace', mul(tr(x!), dx!)), node);
    },
  },
  shape: scalarShape,
  linearity: 'nonlinear',
  printing: CALL,
  torch: 'f_norm',
  code: {
    ...python(([a, p], k) => {
      if (a!.repr === 'scalar') return fn(`${k.lib.m}.abs`, scalarArray(k.lib, a!));
      if (a!.repr === 'vec') return atom(k.lib.norm(a!.code));
      if (p?.node.k === 'str') return atom(k.lib.fro(a!.code));
      if (p && isNum(p.node, 2)) return atom(k.lib.spectral(a!.code));
      return k.fail("norm(X) of a matrix needs norm(X,'fro') or norm(X,2)");
    }),
    ts: ([a, p], k) => {
      if (a!.repr === 'scalar') return fn('Math.abs', a!.code);
      if (a!.repr === 'vec' || p?.node.k === 'str') return fn(k.helper('_fro'), a!.code);
      if (p && isNum(p.node, 2)) return fn(k.helper('_norm2'), a!.code);
      return k.fail("norm(X) of a matrix needs norm(X,'fro') or norm(X,2)");
    },
  },
  domain: { where: 'x ≠ 0 (the spectral norm: where the largest singular value is simple)', kink: 'not differentiable at 0; mcv derive uses x/‖x‖, which holds everywhere else' },
} satisfies Op;
