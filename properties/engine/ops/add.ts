/** A + B: entrywise, sizes equal or one of them 1×1. */
import { add as astAdd, tr } from '../ast.js';
import { entrywise, entrywiseShape } from './shared.js';
import { add, err, round } from './rounding.js';
import { plus } from './differentials.js';
import { addTex } from './subtract.js';
import * as M from '../matrix.js';
import type { Mat } from '../matrix.js';
import { type Op, PREC, type VE } from './types.js';
import { pyBinary, python, tsBinary } from './code.js';

const sum = (x: number, y: number) => x + y;
/** eA + eB + u|v|. */
const bound = (a: VE, b: VE, v: Mat) => add(M.zip(err(a), err(b), sum), round(v));

export default {
  name: 'add',
  syntax: ['A + B'],
  form: 'operator',
  arity: [2, 2],
  doc: 'sum, entry by entry (a scalar, a row 1×n or a column m×1 is broadcast against an m×n matrix)',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: (args, c) => entrywise('add', args, c, sum, bound),
  tex: ([a, b], _n, k) => addTex('+', a!, b!, k),
  differential: { rules: ['diff-sum'], d: ({ dargs: [a, b] }) => plus(a!, b!) },
  shape: entrywiseShape,
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, dep, back, rule }) => {
      const [a, b] = node.args;
      rule('trace-sum');
      if (dep(a!)) back(a!, A);
      if (dep(b!)) back(b!, A);
    },
    readOff: ({ node, m }) => {
      const [a, b] = node.args;
      return astAdd(m(a!), m(b!));
    },
    transposed: ([a, b]) => astAdd(tr(a!), tr(b!)),
  },
  printing: { form: 'infix', symbol: ' + ', prec: 1, left: 1, right: 2, negativeRight: ' - ' },
  torch: 'op_add',
  code: { ...python(pyBinary('+', PREC.add)), ts: tsBinary('+', PREC.add, '(p, q) => p + q') },
  domain: { where: 'everywhere' },
  facts: { fold: (x, y) => x + y },
  written: { leftToRight: true, transposedByParts: true },
} satisfies Op;
