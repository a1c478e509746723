/** logsumexp(z): log(1ᵀexp(z)) of a column vector (a row of them for a matrix), computed as max z + log Σ exp(z − max z). */
import { alloc, CALL } from './shared.js';
import { call, emul, mul, num, tr } from '../ast.js';
import { dimensionLiteral, dimensionOf, dimensionOfNodes, dimensionTex, transposed } from './dimension.js';
import { softmaxColumns } from './softmax.js';
import { type Op, PREC } from './types.js';
import { alongVector, atom, dimensionArg, fn, python, wrap } from './code.js';

export default {
  name: 'logsumexp',
  syntax: ['logsumexp(z)', 'logsumexp(Z)', 'logsumexp(Z, 1)', 'logsumexp(Z, 2)'],
  form: 'function',
  arity: [1, 2],
  doc: 'log(1ᵀexp(z)) of a column vector (a row of them for a matrix); logsumexp(Z,1) of each column (1×n), logsumexp(Z,2) of each row (m×1), as in MATLAB',
  elementwise: false,
  smooth: true,
  scale: 'own',
  literal: dimensionLiteral('logsumexp'),
  evaluate: ([x], c) => {
    alloc(c.budget, 1, x!.v.cols, 2 * x!.v.data.length, c);
    // logsumexp(Z, 2), row by row: that of the columns of Zᵀ, as a column.
    const rows = c.literal === 2;
    const r = softmaxColumns(rows ? transposed(x!) : x!, c.bound);
    const out = c.bound ? { v: r.lse, e: r.lsee! } : { v: r.lse };
    return rows ? transposed(out) : out;
  },
  tex: ([x], nodes, k) => k.call(`\\operatorname{logsumexp}${dimensionTex(dimensionOfNodes(nodes))}`, x!),
  differential: {
    rules: ['grad-logsumexp'],
    because: ({ ctx, args }) =>
      dimensionOf(args) === 2
        ? 'Row by row: d logsumexp(z) = softmax(z)ᵀdz for each row.'
        : ctx.shape(args[0]!).cols === 1
          ? 'The gradient softmax(z) read as d logsumexp(z) = softmax(z)ᵀdz.'
          : 'Column by column: d logsumexp(z) = softmax(z)ᵀdz for each column.',
    d: ({ ctx, args, dargs: [dz] }) => {
      const [z] = args;
      const s = ctx.shape(z!);
      // Row by row: (softmax(Z, 2) ∘ dZ) 1, a column.
      if (dimensionOf(args) === 2) return mul(emul(call('softmax', z!, num(2)), dz!), ctx.ones({ rows: s.cols, cols: 1 }));
      if (s.cols === 1) return mul(tr(call('softmax', z!)), dz!);
      const one = ctx.ones({ rows: s.rows, cols: 1 });
      return mul(tr(one), emul(call('softmax', z!), dz!));
    },
  },
  shape: ([x], c) => (dimensionOf(c.nodes) === 2 ? { rows: x!.rows, cols: 1 } : { rows: 1, cols: x!.cols }),
  linearity: 'nonlinear',
  printing: CALL,
  torch: 'f_logsumexp',
  code: {
    ...python((args, k) => {
      const [L, a, d] = [k.lib, args[0]!, dimensionArg(args) ?? 1];
      // A vector is one column (or row) to reduce, or entries each alone: then it is itself.
      if (a.repr === 'scalar' || (a.repr === 'vec' && !alongVector(a, d))) return a;
      if (L.target === 'numpy') k.helper('_logsumexp');
      return atom(L.logsumexp(a.repr === 'mat' && d === 2 ? `${wrap(a, PREC.atom)}.T` : a.code));
    }),
    ts: (args, k) => {
      const [a, d] = [args[0]!, dimensionArg(args) ?? 1];
      if (a.repr === 'scalar' || (a.repr === 'vec' && !alongVector(a, d))) return a;
      if (a.repr === 'vec') return fn(k.helper('_lsev'), a.code);
      return fn(k.helper('_lsem'), d === 1 ? a.code : fn(k.helper('_tp'), a.code).code);
    },
  },
  domain: { where: 'everywhere' },
} satisfies Op;
