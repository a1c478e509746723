/** zeros(n) a column of zeros; zeros(m,n) an m×n zero matrix. A constant: exact, with no differential. */
import * as M from '../matrix.js';
import { alloc, sizeArgs } from './shared.js';
import { P, type Op } from './types.js';

export default {
  name: 'zeros',
  syntax: ['zeros(n)', 'zeros(m, n)'],
  form: 'function',
  arity: [1, 2],
  doc: 'zeros(n) a column of zeros; zeros(m,n) an m×n zero matrix',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: (args, ctx) => {
    const [r, c] = sizeArgs(args, 'zeros');
    alloc(ctx.budget, r, c, r * c, ctx.text);
    const v = M.mat(r, c);
    return ctx.bound ? { v, e: M.mat(r, c) } : { v };
  },
  tex: (_args, nodes, k) => ({ tex: `\\mathbf{0}_{${nodes.map((a) => k.dim(a)).join(' \\times ')}}`, prec: P.Atom }),
  differential: 'constant',
} satisfies Op;
