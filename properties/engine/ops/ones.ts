/** ones(n) a column of ones; ones(m,n) an m×n matrix of ones. A constant: exact, with no differential. */
import { alloc, CALL, sizeArgs } from './shared.js';
import * as M from '../matrix.js';
import { P, type Op } from './types.js';
import { pyFilled, python, tsFilled } from './code.js';

export default {
  name: 'ones',
  syntax: ['ones(n)', 'ones(m, n)'],
  form: 'function',
  arity: [1, 2],
  doc: 'ones(n) a column of ones; ones(m,n) an m×n matrix of ones',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: (args, ctx) => {
    const [r, c] = sizeArgs(args, 'ones');
    alloc(ctx.budget, r, c, r * c, ctx);
    const v = M.map(M.mat(r, c), () => 1);
    return ctx.bound ? { v, e: M.mat(r, c) } : { v };
  },
  tex: (_args, nodes, k) => ({ tex: `\\mathbf{1}_{${nodes.map((a) => k.dim(a)).join(' \\times ')}}`, prec: P.Atom }),
  differential: 'constant',
  shape: (_args, c) => ({ rows: c.dim(c.nodes[0]!), cols: c.nodes.length > 1 ? c.dim(c.nodes[1]!) : 1 }),
  linearity: 'nonlinear',
  printing: CALL,
  torch: 'f_ones',
  code: { ...python(pyFilled((L) => L.ones)), ts: tsFilled(1) },
  domain: { where: 'a constant' },
  facts: { columnByDefault: true, oneByOne: 1 },
} satisfies Op;
