/** A ./ B: entrywise division. */
import { call, div, ediv, emul, mul, num } from '../ast.js';
import { entrywise, entrywiseShape, exactQuotient } from './shared.js';
import * as M from '../matrix.js';
import { minus } from './differentials.js';
import { abs, add, err, round } from './rounding.js';
import { type Op, PREC } from './types.js';
import { pyBinary, python, tsBinary } from './code.js';

export default {
  name: 'dotDivide',
  syntax: ['A ./ B'],
  form: 'operator',
  arity: [2, 2],
  doc: 'entrywise division (a scalar, a row 1×n or a column m×1 is broadcast against an m×n matrix)',
  elementwise: false,
  smooth: false,
  scale: 'free',
  evaluate: (args, c) =>
    entrywise(
      'divide entrywise',
      args,
      c,
      (x, y) => x / y,
      (a, b, v) => {
        const rel = M.zip(err(a), b.v, (x, y) => x / Math.abs(y));
        const quo = M.zip(
          M.zip(abs(v), err(b), (x, y) => x * y),
          b.v,
          (x, y) => x / Math.abs(y),
        );
        return add(rel, quo, round(v));
      },
    ),
  tex: ([a, b], _n, k) => k.product('dotDivide', a!, b!),
  differential: {
    rules: ['diff-elementwise-quotient'],
    d: ({ args: [a, b], dargs: [da, db] }) => minus(da ? ediv(da, b!) : null, db ? ediv(a!.k === 'num' && a!.v === 1 ? db : emul(a!, db), call('dotPow', b!, num(2))) : null),
  },
  shape: entrywiseShape,
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, ctx, dep, back, rule, internal }) => {
      const [a, b] = node.args;
      if (dep(b!)) return internal();
      rule('trace-hadamard');
      if (ctx.isScalar(a!) && !ctx.isScalar(b!)) return back(a!, call('sum', ediv(A, b!)));
      return back(a!, ediv(A, b!));
    },
    readOff: ({ node, ctx, dep, m, note, unsupported }) => {
      const [a, b] = node.args;
      if (dep(b!)) return unsupported('a quotient by something that depends on dw is not linear in dw');
      if (ctx.isScalar(b!)) return div(m(a!), b!);
      note('v ./ b = diag(1 ./ b) v for columns.');
      return mul(call('diag', ediv(num(1), b!)), m(a!));
    },
  },
  printing: { form: 'infix', symbol: ' ./ ', prec: 2, left: 2, right: 4, group: 'hadamard' },
  torch: 'op_ediv',
  code: { ...python(pyBinary('/', PREC.mul)), ts: tsBinary('/', PREC.mul, '(p, q) => p / q') },
  domain: { where: 'b ≠ 0', entry: (x) => x !== 0 },
  facts: { fold: exactQuotient },
  written: { onlyWhereNeeded: true },
} satisfies Op;
