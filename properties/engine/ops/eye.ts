/** eye(n) identity; eye(m,n) m×n with ones on the diagonal. A constant: exact, with no differential. */
import { alloc, CALL, intArg, sizeArgs } from './shared.js';
import * as M from '../matrix.js';
import { P, type Op } from './types.js';
import { fn, pyLower, python, tsLower } from './code.js';

export default {
  name: 'eye',
  syntax: ['eye(n)', 'eye(m, n)'],
  form: 'function',
  arity: [1, 2],
  doc: 'eye(n) identity; eye(m,n) m×n with ones on the diagonal',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: (args, ctx) => {
    const [r, c] = args.length === 1 ? [intArg(args[0]!.v, 'eye', 0), intArg(args[0]!.v, 'eye', 0)] : sizeArgs(args, 'eye');
    alloc(ctx.budget, r, c, r * c, ctx);
    const v = M.identity(r, c);
    return ctx.bound ? { v, e: M.mat(r, c) } : { v };
  },
  tex: (_args, nodes, k) => ({ tex: `\\mathbf{I}_{${nodes.map((a) => k.dim(a)).join(' \\times ')}}`, prec: P.Atom }),
  differential: 'constant',
  shape: (_args, c) => ({ rows: c.dim(c.nodes[0]!), cols: c.dim(c.nodes[c.nodes.length > 1 ? 1 : 0]!) }),
  linearity: 'nonlinear',
  printing: CALL,
  torch: 'f_eye',
  code: {
    ...python((args, k) => pyLower(k.lib, k.lib.eye(args.map((a) => a.code).join(', ')), k)),
    ts: (args, k) => tsLower(fn(k.helper('_eye'), args[0]!.code, (args[1] ?? args[0])!.code).code, k),
  },
  domain: { where: 'a constant' },
  facts: { symmetricWithArity: 1, oneByOne: 1 },
} satisfies Op;
