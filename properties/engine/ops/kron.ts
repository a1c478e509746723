/** kron(A, B): the Kronecker product. */
import { call, dimMul } from '../ast.js';
import { alloc, CALL } from './shared.js';
import { plus } from './differentials.js';
import * as M from '../matrix.js';
import { abs, add, err, result, round } from './rounding.js';
import { P, type Op, type Tex } from './types.js';
import { fn, pyLift, pyLower, python, tsLift, tsLower } from './code.js';

export default {
  name: 'kron',
  syntax: ['kron(A, B)'],
  form: 'function',
  arity: [2, 2],
  doc: 'Kronecker product',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: ([x, y], c) => {
    alloc(c.budget, x!.v.rows * y!.v.rows, x!.v.cols * y!.v.cols, x!.v.data.length * y!.v.data.length, c);
    const v = M.kron(x!.v, y!.v);
    return result(c, v, () => add(M.kron(abs(x!.v), err(y!)), M.kron(err(x!), abs(y!.v)), round(v)));
  },
  tex: ([x, y], _n, k) => {
    const side = (t: Tex) => (t.prec < P.Postfix ? k.paren(t.tex) : t.tex);
    return { tex: `${side(x!)} \\otimes ${side(y!)}`, prec: P.Product, op: 'kron' };
  },
  differential: { rules: ['diff-kron'], d: ({ args: [a, b], dargs: [da, db] }) => plus(da ? call('kron', da, b!) : null, db ? call('kron', a!, db) : null) },
  shape: ([x, y]) => ({ rows: dimMul(x!.rows, y!.rows), cols: dimMul(x!.cols, y!.cols) }),
  linearity: {
    kind: 'bilinear',
    transpose: ({ unsupported }) => unsupported("a Kronecker product of the variable has no gradient in closed form in mcv's syntax (only inside a trace)"),
    readOff: 'none',
  },
  printing: CALL,
  torch: 'f_kron',
  code: {
    ...python(([a, b], k) => pyLower(k.lib, `${k.lib.kron}(${pyLift(k.lib, a!)}, ${pyLift(k.lib, b!)})`, k)),
    ts: ([a, b], k) => tsLower(fn(k.helper('_kron'), tsLift(a!), tsLift(b!)).code, k),
  },
  domain: { where: 'everywhere' },
} satisfies Op;
