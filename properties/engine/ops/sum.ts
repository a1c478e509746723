/** sum(X): the sum of all entries. */
import { call, mul } from '../ast.js';
import { alloc, CALL, scalarShape } from './shared.js';
import * as M from '../matrix.js';
import { err, U } from './rounding.js';
import type { Op } from './types.js';

export default {
  name: 'sum',
  syntax: ['sum(X)'],
  form: 'function',
  arity: [1, 1],
  doc: 'sum of all entries',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: ([x], c) => {
    const N = x!.v.data.length;
    alloc(c.budget, 1, 1, N, c.text);
    let s = 0;
    for (const v of x!.v.data) s += v;
    if (!c.bound) return { v: M.scalar(s) };
    let e = 0,
      mag = 0;
    for (let i = 0; i < N; i++) {
      e += err(x!).data[i]!;
      mag += Math.abs(x!.v.data[i]!);
    }
    return { v: M.scalar(s), e: M.scalar(e + N * U * mag) };
  },
  tex: ([x], _n, k) => k.call('\\operatorname{sum}', x!),
  differential: { rules: ['diff-sum-entries'], d: ({ dargs: [a] }) => call('sum', a!) },
  shape: scalarShape,
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, ctx, back, rule }) => {
      const [a] = node.args;
      if (ctx.isScalar(a!)) return back(a!, A);
      rule('frobenius-inner-product');
      return back(a!, mul(A, ctx.ones(ctx.shape(a!))));
    },
    readOff: 'none',
  },
  printing: CALL,
  torch: 'f_sum',
  domain: { where: 'everywhere' },
} satisfies Op;
