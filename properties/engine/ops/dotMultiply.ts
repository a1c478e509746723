/** A .* B: the Hadamard (entrywise) product. */
import { emul } from '../ast.js';
import * as M from '../matrix.js';
import { plus } from './differentials.js';
import { abs, add, err, round } from './rounding.js';
import { entrywise } from './shared.js';
import type { Mat } from '../matrix.js';
import type { Op, VE } from './types.js';

const times = (x: number, y: number) => x * y;
/** |A|eB + eA|B| + u|v|. */
const bound = (a: VE, b: VE, v: Mat) => add(M.zip(abs(a.v), err(b), times), M.zip(err(a), abs(b.v), times), round(v));

export default {
  name: 'dotMultiply',
  syntax: ['A .* B'],
  form: 'operator',
  arity: [2, 2],
  doc: 'Hadamard (entrywise) product',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: (args, c) => entrywise('multiply entrywise', args, c, times, bound),
  tex: ([a, b], _n, k) => k.product('dotMultiply', a!, b!),
  differential: { rules: ['diff-hadamard'], d: ({ args: [a, b], dargs: [da, db] }) => plus(da ? emul(da, b!) : null, db ? emul(a!, db) : null) },
} satisfies Op;
