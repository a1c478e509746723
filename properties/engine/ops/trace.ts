/** trace(X): the sum of the diagonal. */
import { call, mul } from '../ast.js';
import { alloc, CALL, needSquare, scalarShape } from './shared.js';
import * as M from '../matrix.js';
import { err, U } from './rounding.js';
import type { Op } from './types.js';

export default {
  name: 'trace',
  syntax: ['trace(X)'],
  form: 'function',
  arity: [1, 1],
  doc: 'sum of the diagonal of a square matrix',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: ([x], c) => {
    const v = x!.v;
    needSquare(v, 'trace', c);
    alloc(c.budget, 1, 1, v.rows, c.text);
    let s = 0,
      e = 0,
      mag = 0;
    for (let i = 0; i < v.rows; i++) s += v.data[i * v.cols + i]!;
    if (!c.bound) return { v: M.scalar(s) };
    for (let i = 0; i < v.rows; i++) {
      const k = i * v.cols + i;
      e += err(x!).data[k]!;
      mag += Math.abs(v.data[k]!);
    }
    return { v: M.scalar(s), e: M.scalar(e + v.rows * U * mag) };
  },
  tex: ([x], _n, k) => k.call('\\operatorname{Tr}', x!),
  differential: { rules: ['diff-trace'], d: ({ dargs: [a] }) => call('trace', a!) },
  shape: scalarShape,
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, ctx, back, rule, note }) => {
      const [a] = node.args;
      if (a!.k === 'call' && a!.name === 'kron') {
        // kron-trace: Tr(A ⊗ B) = Tr(A) Tr(B).
        rule('kron-trace');
        return back(mul(call('trace', a!.args[0]!), call('trace', a!.args[1]!)), A);
      }
      if (ctx.isScalar(a!)) return back(a!, A);
      note('c·Tr(L) = Tr((c I)ᵀ L).');
      return back(a!, mul(A, ctx.eye(ctx.shape(a!).rows)));
    },
    readOff: 'none',
  },
  printing: CALL,
  torch: 'f_trace',
  domain: { where: 'everywhere' },
} satisfies Op;
