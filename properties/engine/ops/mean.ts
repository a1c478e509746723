/** mean(X): the mean of all entries. */
import { call, dimMul, dimNode, div, mul } from '../ast.js';
import { alloc, CALL, scalarShape } from './shared.js';
import * as M from '../matrix.js';
import { err, U } from './rounding.js';
import type { Op } from './types.js';

export default {
  name: 'mean',
  syntax: ['mean(X)'],
  form: 'function',
  arity: [1, 1],
  doc: 'mean of all entries',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: ([x], c) => {
    const N = x!.v.data.length;
    alloc(c.budget, 1, 1, N, c.text);
    let s = 0;
    for (const v of x!.v.data) s += v;
    if (!c.bound) return { v: M.scalar(s / N) };
    let e = 0,
      mag = 0;
    for (let i = 0; i < N; i++) {
      e += err(x!).data[i]!;
      mag += Math.abs(x!.v.data[i]!);
    }
    return { v: M.scalar(s / N), e: M.scalar((e + N * U * mag) / N) };
  },
  tex: ([x], _n, k) => k.call('\\operatorname{mean}', x!),
  differential: { rules: ['diff-mean'], d: ({ dargs: [a] }) => call('mean', a!) },
  shape: scalarShape,
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, ctx, back, rule }) => {
      const [a] = node.args;
      const s = ctx.shape(a!);
      rule('frobenius-inner-product');
      return back(a!, div(mul(A, ctx.ones(s)), dimNode(dimMul(s.rows, s.cols))));
    },
    readOff: 'none',
  },
  printing: CALL,
  torch: 'f_mean',
  domain: { where: 'everywhere' },
} satisfies Op;
