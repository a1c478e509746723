/** trace(X): the sum of the diagonal. */
import { call } from '../ast.js';
import * as M from '../matrix.js';
import { err, U } from './rounding.js';
import { alloc, needSquare } from './shared.js';
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
} satisfies Op;
