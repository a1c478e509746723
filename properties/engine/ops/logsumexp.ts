/** logsumexp(z): log(1ᵀexp(z)) of a column vector (a row of them for a matrix), computed as max z + log Σ exp(z − max z). */
import { alloc, CALL } from './shared.js';
import { call, emul, mul, tr } from '../ast.js';
import { softmaxColumns } from './softmax.js';
import type { Op } from './types.js';

export default {
  name: 'logsumexp',
  syntax: ['logsumexp(z)', 'logsumexp(Z)'],
  form: 'function',
  arity: [1, 1],
  doc: 'log(1ᵀexp(z)) of a column vector (a row of them for a matrix)',
  elementwise: false,
  smooth: true,
  scale: 'own',
  evaluate: ([x], c) => {
    alloc(c.budget, 1, x!.v.cols, 2 * x!.v.data.length, c.text);
    const r = softmaxColumns(x!, c.bound);
    return c.bound ? { v: r.lse, e: r.lsee! } : { v: r.lse };
  },
  tex: ([x], _n, k) => k.call('\\operatorname{logsumexp}', x!),
  differential: {
    rules: ['grad-logsumexp'],
    because: ({ ctx, args: [z] }) =>
      ctx.shape(z!).cols === 1 ? 'The gradient softmax(z) read as d logsumexp(z) = softmax(z)ᵀdz.' : 'Column by column: d logsumexp(z) = softmax(z)ᵀdz for each column.',
    d: ({ ctx, args: [z], dargs: [dz] }) => {
      const s = ctx.shape(z!);
      if (s.cols === 1) return mul(tr(call('softmax', z!)), dz!);
      const one = ctx.ones({ rows: s.rows, cols: 1 });
      return mul(tr(one), emul(call('softmax', z!), dz!));
    },
  },
  shape: ([x]) => ({ rows: 1, cols: x!.cols }),
  linearity: 'nonlinear',
  printing: CALL,
  torch: 'f_logsumexp',
  domain: { where: 'everywhere' },
} satisfies Op;
