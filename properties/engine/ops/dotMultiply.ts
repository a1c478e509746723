/** A .* B: the Hadamard (entrywise) product. */
import { call, emul, mul, tr } from '../ast.js';
import { entrywise, entrywiseShape } from './shared.js';
import * as M from '../matrix.js';
import { plus } from './differentials.js';
import { abs, add, err, round } from './rounding.js';
import type { Mat } from '../matrix.js';
import { type Op, PREC, type VE } from './types.js';
import { pyBinary, python, tsBinary } from './code.js';

const times = (x: number, y: number) => x * y;
/** |A|eB + eA|B| + u|v|. */
const bound = (a: VE, b: VE, v: Mat) => add(M.zip(abs(a.v), err(b), times), M.zip(err(a), abs(b.v), times), round(v));

export default {
  name: 'dotMultiply',
  syntax: ['A .* B'],
  form: 'operator',
  arity: [2, 2],
  doc: 'Hadamard (entrywise) product (a scalar, a row 1×n or a column m×1 is broadcast against an m×n matrix)',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: (args, c) => entrywise('multiply entrywise', args, c, times, bound),
  tex: ([a, b], _n, k) => k.product('dotMultiply', a!, b!),
  differential: { rules: ['diff-hadamard'], d: ({ args: [a, b], dargs: [da, db] }) => plus(da ? emul(da, b!) : null, db ? emul(a!, db) : null) },
  shape: entrywiseShape,
  linearity: {
    kind: 'bilinear',
    transpose: ({ node, A, ctx, dep, back, rule, internal }) => {
      const [a, b] = node.args;
      const da = dep(a!);
      if (da && dep(b!)) return internal();
      const [lin, other] = da ? [a!, b!] : [b!, a!];
      rule('trace-hadamard');
      if (ctx.isScalar(lin) && !ctx.isScalar(other)) return back(lin, call('sum', emul(A, other)));
      return back(lin, emul(A, other));
    },
    readOff: ({ node, ctx, dep, m, note, unsupported }) => {
      const [a, b] = node.args;
      if (dep(a!) && dep(b!)) return unsupported('a Hadamard product with dw on both sides is not linear in dw');
      const [lin, other] = dep(a!) ? [a!, b!] : [b!, a!];
      if (ctx.isScalar(other)) return mul(other, m(lin));
      if (ctx.shape(other).cols !== 1) return unsupported('a Hadamard product with a matrix is not read off as a matrix times dw');
      note('a ⊙ v = diag(a) v for columns.');
      return mul(call('diag', other), m(lin));
    },
    transposed: ([a, b]) => emul(tr(a!), tr(b!)),
  },
  printing: { form: 'infix', symbol: ' .* ', prec: 2, left: 2, right: 4, group: 'hadamard' },
  torch: 'op_emul',
  code: { ...python(pyBinary('*', PREC.mul)), ts: tsBinary('*', PREC.mul, '(p, q) => p * q') },
  domain: { where: 'everywhere' },
  facts: { fold: (x, y) => x * y },
  written: { leftToRight: true, onlyWhereNeeded: true, transposedByParts: true },
} satisfies Op;
