/** diag(x): a vector to a diagonal matrix, a matrix to the column of its diagonal. */
import { call } from '../ast.js';
import * as M from '../matrix.js';
import type { Mat } from '../matrix.js';
import { moved } from './rounding.js';
import { alloc } from './shared.js';
import type { Op } from './types.js';

export default {
  name: 'diag',
  syntax: ['diag(x)', 'diag(X)'],
  form: 'function',
  arity: [1, 1],
  doc: 'a vector to a diagonal matrix; a matrix to the column of its diagonal',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: ([x], c) => {
    const vec = x!.v.cols === 1 || x!.v.rows === 1;
    const n = vec ? x!.v.data.length : Math.min(x!.v.rows, x!.v.cols);
    if (vec) alloc(c.budget, n, n, n * n, c.text);
    else alloc(c.budget, n, 1, n, c.text);
    const pick = (m: Mat): Mat => {
      const r = vec ? M.mat(n, n) : M.mat(n, 1);
      for (let i = 0; i < n; i++) {
        if (vec) r.data[i * n + i] = m.data[i]!;
        else r.data[i] = m.data[i * m.cols + i]!;
      }
      return r;
    };
    return moved(c, x!, pick);
  },
  tex: ([x], _n, k) => k.call('\\operatorname{diag}', x!),
  differential: { rules: ['diff-diag'], d: ({ dargs: [a] }) => call('diag', a!) },
} satisfies Op;
