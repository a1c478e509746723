/** diag(x): a vector to a diagonal matrix, a matrix to the column of its diagonal. */
import { call, tr } from '../ast.js';
import { alloc, CALL } from './shared.js';
import * as M from '../matrix.js';
import type { Mat } from '../matrix.js';
import { moved } from './rounding.js';
import type { Op } from './types.js';
import { fn, python } from './code.js';

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
    if (vec) alloc(c.budget, n, n, n * n, c);
    else alloc(c.budget, n, 1, n, c);
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
  shape: ([x], c) => {
    if (x!.cols === 1) return { rows: x!.rows, cols: x!.rows };
    if (x!.rows === 1) return { rows: x!.cols, cols: x!.cols };
    if (x!.rows === x!.cols) return { rows: x!.rows, cols: 1 };
    if (typeof x!.rows === 'number' && typeof x!.cols === 'number') return { rows: Math.min(x!.rows, x!.cols), cols: 1 };
    return c.bad(`${c.text}: the diagonal of a ${x!.rows}x${x!.cols} matrix has a size mcv derive cannot name`);
  },
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, ctx, back, note, unsupported }) => {
      const [a] = node.args;
      const s = ctx.shape(a!);
      note('Tr(Aᵀ diag(v)) = diag(A)ᵀv, and Tr(diag(a)ᵀ diag(X)) for the diagonal of X.');
      if (s.rows === 1 && s.cols !== 1) return back(a!, tr(call('diag', A)));
      if (s.cols !== 1 && s.rows !== s.cols) return unsupported('the diagonal of a non-square matrix has no gradient rule here');
      return back(a!, call('diag', A));
    },
    readOff: 'none',
  },
  printing: CALL,
  torch: 'f_diag',
  code: {
    ...python(([a], k) => (a!.repr === 'scalar' ? a! : fn(`${k.lib.m}.diag`, a!.code))),
    ts: ([a], k) => (a!.repr === 'scalar' ? a! : a!.repr === 'vec' ? fn(k.helper('_diagm'), a!.code) : fn(k.helper('_diagv'), a!.code)),
  },
  domain: { where: 'everywhere' },
} satisfies Op;
