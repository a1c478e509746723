/** A + B: entrywise, sizes equal or one of them 1×1. */
import { add, err, round } from './rounding.js';
import { entrywise } from './shared.js';
import { plus } from './differentials.js';
import { addTex } from './subtract.js';
import * as M from '../matrix.js';
import type { Mat } from '../matrix.js';
import type { Op, VE } from './types.js';

const sum = (x: number, y: number) => x + y;
/** eA + eB + u|v|. */
const bound = (a: VE, b: VE, v: Mat) => add(M.zip(err(a), err(b), sum), round(v));

export default {
  name: 'add',
  syntax: ['A + B'],
  form: 'operator',
  arity: [2, 2],
  doc: 'sum, entry by entry (a 1×1 operand is added to every entry)',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: (args, c) => entrywise('add', args, c, sum, bound),
  tex: ([a, b], _n, k) => addTex('+', a!, b!, k),
  differential: { rules: ['diff-sum'], d: ({ dargs: [a, b] }) => plus(a!, b!) },
} satisfies Op;
