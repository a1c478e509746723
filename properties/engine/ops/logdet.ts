/** logdet(X): log|det X|, from the LU factorisation's pivots. */
import { alloc, CALL, needSquare, scalarShape } from './shared.js';
import { call, mul } from '../ast.js';
import * as M from '../matrix.js';
import { bounded, logdetSpread, U } from './rounding.js';
import { P, type Op } from './types.js';
import { atom, fn, python, scalarArray } from './code.js';

export default {
  name: 'logdet',
  syntax: ['logdet(X)'],
  form: 'function',
  arity: [1, 1],
  doc: 'log|det X|, defined for every invertible X',
  elementwise: false,
  smooth: false,
  scale: 'free',
  evaluate: ([x], c) => {
    needSquare(x!.v, 'logdet', c);
    alloc(c.budget, 1, 1, x!.v.rows ** 3, c);
    const l = M.logAbsDet(x!.v);
    if (!c.bound) return { v: M.scalar(l) };
    return { v: M.scalar(l), e: M.scalar(logdetSpread(bounded(x!)) + x!.v.rows * U * Math.abs(l)) };
  },
  tex: ([x], _n, k) => ({ tex: `\\log\\lvert\\det ${x!.prec === P.Atom && !x!.sup ? x!.tex : k.paren(x!.tex)}\\rvert`, prec: P.Atom }),
  differential: { rules: ['diff-logdet'], d: ({ args: [x], dargs: [dx] }) => call('trace', mul(call('inv', x!), dx!)) },
  shape: scalarShape,
  linearity: 'nonlinear',
  printing: CALL,
  torch: 'f_logdet',
  code: {
    // log|det X| from the LU factors: no overflow of det X itself.
    ...python(([a], k) => (a!.repr === 'mat' ? atom(`${k.lib.slogdet}(${a!.code})[1]`) : fn(`${k.lib.m}.log`, fn(`${k.lib.m}.abs`, scalarArray(k.lib, a!)).code))),
    ts: ([a], k) => (a!.repr === 'mat' ? fn(k.helper('_logdet'), a!.code) : fn('Math.log', fn('Math.abs', a!.code).code)),
  },
  domain: { where: 'X invertible', invertible: true },
} satisfies Op;
