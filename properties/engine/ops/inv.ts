/** inv(X): the matrix inverse, through an LU factorisation with partial pivoting. */
import { alloc, CALL, needSquare, sameShape } from './shared.js';
import { call, mul, neg } from '../ast.js';
import * as M from '../matrix.js';
import { bounded, invBounded } from './rounding.js';
import { type Op, P, PREC } from './types.js';
import { fn, python, wrap } from './code.js';

export default {
  name: 'inv',
  syntax: ['inv(X)'],
  form: 'function',
  arity: [1, 1],
  doc: 'matrix inverse',
  elementwise: false,
  smooth: false,
  scale: 'free',
  evaluate: ([x], c) => {
    needSquare(x!.v, 'inv', c);
    alloc(c.budget, x!.v.rows, x!.v.cols, x!.v.rows ** 3, c);
    return c.bound ? invBounded(bounded(x!)) : { v: M.inv(x!.v) };
  },
  tex: ([x], _n, k) => ({ tex: `${k.base(x!)}^{-1}`, prec: P.Postfix, sup: true }),
  differential: { rules: ['diff-inverse'], d: ({ args: [x], dargs: [dx] }) => neg(mul(mul(call('inv', x!), dx!), call('inv', x!))) },
  shape: sameShape,
  linearity: 'nonlinear',
  printing: CALL,
  torch: 'f_inv',
  code: {
    ...python(([a], k) => (a!.repr === 'mat' ? fn(k.lib.inv, a!.code) : { code: `1.0 / ${wrap(a!, PREC.unary)}`, prec: PREC.mul })),
    ts: ([a], k) => (a!.repr === 'mat' ? fn(k.helper('_inv'), a!.code) : { code: `1 / ${wrap(a!, PREC.unary)}`, prec: PREC.mul }),
  },
  domain: { where: 'X invertible', invertible: true },
  facts: { keepsSymmetric: true, keepsInvertible: true, argumentIs: 'invertible' },
} satisfies Op;
