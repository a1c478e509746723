/** A ./ B: entrywise division. */
import { call, ediv, emul, num } from '../ast.js';
import * as M from '../matrix.js';
import { minus } from './differentials.js';
import { abs, add, err, round } from './rounding.js';
import { entrywise } from './shared.js';
import type { Op } from './types.js';

export default {
  name: 'dotDivide',
  syntax: ['A ./ B'],
  form: 'operator',
  arity: [2, 2],
  doc: 'entrywise division',
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
} satisfies Op;
