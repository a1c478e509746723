/** zeros(n) a column of zeros; zeros(m,n) an m×n zero matrix. A constant: exact, with no differential. */
import { alloc, CALL, sizeArgs } from './shared.js';
import * as M from '../matrix.js';
import { P, type Op } from './types.js';
import { pyFilled, python, tsFilled } from './code.js';

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
    alloc(ctx.budget, r, c, r * c, ctx);
    const v = M.mat(r, c);
    return ctx.bound ? { v, e: M.mat(r, c) } : { v };
  },
  tex: (_args, nodes, k) => ({ tex: `\\mathbf{0}_{${nodes.map((a) => k.dim(a)).join(' \\times ')}}`, prec: P.Atom }),
  differential: 'constant',
  shape: (_args, c) => ({ rows: c.dim(c.nodes[0]!), cols: c.nodes.length > 1 ? c.dim(c.nodes[1]!) : 1 }),
  linearity: 'nonlinear',
  printing: CALL,
  torch: 'f_zeros',
  code: { ...python(pyFilled((L) => L.zeros)), ts: tsFilled(0) },
  domain: { where: 'a constant' },
  facts: { columnByDefault: true, oneByOne: 0 },
} satisfies Op;
