/** mean(X): the mean of all entries; mean(X, 1) the column means (1×n), mean(X, 2) the row means (m×1). */
import { dimMul, dimNode, div, mul, tr } from '../ast.js';
import { dimensionLiteral, dimensionOf, dimensionOfNodes, dimensionTex, reductionDifferential, reductionShape } from './dimension.js';
import { sumAlong } from './sum.js';
import { alloc, CALL } from './shared.js';
import * as M from '../matrix.js';
import { err, U } from './rounding.js';
import type { Op } from './types.js';
import { pyReduce, python, tsReduce } from './code.js';

export default {
  name: 'mean',
  syntax: ['mean(X)', 'mean(X, 1)', 'mean(X, 2)'],
  form: 'function',
  arity: [1, 2],
  doc: 'mean of all entries; mean(X,1) the column means (a 1×n row), mean(X,2) the row means (an m×1 column), as in MATLAB',
  elementwise: false,
  smooth: true,
  scale: 'free',
  literal: dimensionLiteral('mean'),
  evaluate: ([x], c) => {
    if (c.literal === 1 || c.literal === 2) {
      // The sums divided by the count: the division adds its own rounding, u|v|.
      const count = c.literal === 1 ? x!.v.rows : x!.v.cols;
      const r = sumAlong(x!, c.literal, c);
      const v = M.scale(r.v, 1 / count);
      return c.bound ? { v, e: M.zip(M.scale(err(r), 1 / count), v, (e, y) => e + U * Math.abs(y)) } : { v };
    }
    const N = x!.v.data.length;
    alloc(c.budget, 1, 1, N, c);
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
  tex: ([x], nodes, k) => k.call(`\\operatorname{mean}${dimensionTex(dimensionOfNodes(nodes))}`, x!),
  differential: {
    rules: ['diff-mean'],
    because: ({ args }) => (dimensionOf(args) === undefined ? undefined : 'the mean along a dimension is linear: d mean(X, k) = mean(dX, k).'),
    d: reductionDifferential('mean'),
  },
  shape: reductionShape,
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, ctx, back, rule }) => {
      const [a] = node.args;
      const s = ctx.shape(a!);
      const d = dimensionOf(node.args);
      // The adjoint of a column (row) mean repeats A/m down each column (A/n along each row).
      if (d === 1) return back(a!, div(mul(ctx.ones({ rows: s.rows, cols: 1 }), A), dimNode(s.rows)));
      if (d === 2) return back(a!, div(mul(A, tr(ctx.ones({ rows: s.cols, cols: 1 }))), dimNode(s.cols)));
      rule('frobenius-inner-product');
      return back(a!, div(mul(A, ctx.ones(s)), dimNode(dimMul(s.rows, s.cols))));
    },
    readOff: 'none',
  },
  printing: CALL,
  torch: 'f_mean',
  code: { ...python(pyReduce('mean')), ts: tsReduce('mean') },
  domain: { where: 'everywhere' },
} satisfies Op;
