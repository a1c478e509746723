/** mean(X): the mean of all entries. */
import { call } from '../ast.js';
import * as M from '../matrix.js';
import { err, U } from './rounding.js';
import { alloc } from './shared.js';
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
} satisfies Op;
