/** sum(X): the sum of all entries; sum(X, 1) the column sums (1×n), sum(X, 2) the row sums (m×1). */
import { mul, tr } from '../ast.js';
import { dimensionLiteral, dimensionOf, dimensionOfNodes, dimensionTex, reductionDifferential, reductionShape, transposed } from './dimension.js';
import { alloc, CALL } from './shared.js';
import * as M from '../matrix.js';
import { err, U } from './rounding.js';
import type { EvalContext, Op, VE } from './types.js';
import { pyReduce, python, tsReduce } from './code.js';

/** The column sums of x (1×n), with their bounds when asked: each as sum(X) of one column. */
function columnSums(x: VE, c: EvalContext): VE {
  const { rows, cols } = x.v;
  alloc(c.budget, 1, cols, rows * cols, c);
  const v = M.mat(1, cols),
    e = M.mat(1, cols);
  for (let j = 0; j < cols; j++) {
    let s = 0,
      ej = 0,
      mag = 0;
    for (let i = 0; i < rows; i++) {
      const k = i * cols + j;
      s += x.v.data[k]!;
      if (c.bound) {
        ej += err(x).data[k]!;
        mag += Math.abs(x.v.data[k]!);
      }
    }
    v.data[j] = s;
    e.data[j] = ej + rows * U * mag;
  }
  return c.bound ? { v, e } : { v };
}

/** sum(X, 1) or sum(X, 2), through the column sums (of Xᵀ for the rows). */
export function sumAlong(x: VE, d: 1 | 2, c: EvalContext): VE {
  return d === 1 ? columnSums(x, c) : transposed(columnSums(transposed(x), c));
}

export default {
  name: 'sum',
  syntax: ['sum(X)', 'sum(X, 1)', 'sum(X, 2)'],
  form: 'function',
  arity: [1, 2],
  doc: 'sum of all entries; sum(X,1) the column sums (a 1×n row), sum(X,2) the row sums (an m×1 column), as in MATLAB',
  elementwise: false,
  smooth: true,
  scale: 'free',
  literal: dimensionLiteral('sum'),
  evaluate: ([x], c) => {
    if (c.literal === 1 || c.literal === 2) return sumAlong(x!, c.literal, c);
    const N = x!.v.data.length;
    alloc(c.budget, 1, 1, N, c);
    let s = 0;
    for (const v of x!.v.data) s += v;
    if (!c.bound) return { v: M.scalar(s) };
    let e = 0,
      mag = 0;
    for (let i = 0; i < N; i++) {
      e += err(x!).data[i]!;
      mag += Math.abs(x!.v.data[i]!);
    }
    return { v: M.scalar(s), e: M.scalar(e + N * U * mag) };
  },
  tex: ([x], nodes, k) => k.call(`\\operatorname{sum}${dimensionTex(dimensionOfNodes(nodes))}`, x!),
  differential: {
    rules: ['diff-sum-entries'],
    because: ({ args }) => (dimensionOf(args) === undefined ? undefined : 'sum along a dimension is linear: d sum(X, k) = sum(dX, k).'),
    d: reductionDifferential('sum'),
  },
  shape: reductionShape,
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, ctx, back, rule }) => {
      const [a] = node.args;
      const d = dimensionOf(node.args);
      // The adjoint of a column (row) sum repeats A down each column (along each row): 1A, A1ᵀ.
      if (d === 1) return back(a!, mul(ctx.ones({ rows: ctx.shape(a!).rows, cols: 1 }), A));
      if (d === 2) return back(a!, mul(A, tr(ctx.ones({ rows: ctx.shape(a!).cols, cols: 1 }))));
      if (ctx.isScalar(a!)) return back(a!, A);
      rule('frobenius-inner-product');
      return back(a!, mul(A, ctx.ones(ctx.shape(a!))));
    },
    readOff: 'none',
  },
  printing: CALL,
  torch: 'f_sum',
  code: { ...python(pyReduce('sum')), ts: tsReduce('sum') },
  domain: { where: 'everywhere' },
} satisfies Op;
