/** A .* B: the Hadamard (entrywise) product. */
import { emul } from '../ast.js';
import * as M from '../matrix.js';
import { plus } from './differentials.js';
import { abs, add, err, round } from './rounding.js';
import { entrywise } from './shared.js';
import type { Op } from './types.js';

export default {
  name: 'dotMultiply',
  syntax: ['A .* B'],
  form: 'operator',
  arity: [2, 2],
  doc: 'Hadamard (entrywise) product',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: (args, c) =>
    entrywise('multiply entrywise', args, c, (x, y) => x * y, (a, b, v) => add(M.zip(abs(a.v), err(b), (x, y) => x * y), M.zip(err(a), abs(b.v), (x, y) => x * y), round(v))),
  tex: ([a, b], _n, k) => k.product('dotMultiply', a!, b!),
  differential: { rules: ['diff-hadamard'], d: ({ args: [a, b], dargs: [da, db] }) => plus(da ? emul(da, b!) : null, db ? emul(a!, db) : null) },
} satisfies Op;
