/** A * B: the matrix product (a 1×1 operand scales the other). */
import { mul } from '../ast.js';
import { plus } from './differentials.js';
import { product } from './shared.js';
import type { Op } from './types.js';

export default {
  name: 'multiply',
  syntax: ['A * B'],
  form: 'operator',
  arity: [2, 2],
  doc: 'matrix product (a 1×1 operand scales the other)',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: ([a, b], c) => product(a!, b!, c),
  tex: ([a, b], _n, k) => k.product('multiply', a!, b!),
  differential: { rules: ['diff-product'], d: ({ args: [a, b], dargs: [da, db] }) => plus(da ? mul(da, b!) : null, db ? mul(a!, db) : null) },
} satisfies Op;
