/** X' or transpose(X). */
import { print, tr, type Node } from '../ast.js';
import { OPS_BY_NAME } from './index.js';
import { alloc } from './shared.js';
import * as M from '../matrix.js';
import { moved } from './rounding.js';
import { type Op, P, PREC } from './types.js';
import { atom, fn, python, wrap } from './code.js';

export default {
  name: 'transpose',
  syntax: ["X'", 'transpose(X)'],
  form: 'function',
  arity: [1, 1],
  doc: "transpose (same as X')",
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: ([x], c) => {
    alloc(c.budget, x!.v.cols, x!.v.rows, x!.v.data.length, c);
    return moved(c, x!, M.transpose);
  },
  tex: ([x], _n, k) => ({ tex: `${k.base(x!)}^\\top`, prec: P.Postfix, sup: true }),
  differential: { rules: ['diff-transpose'], d: ({ dargs: [a] }) => tr(a!) },
  shape: ([x]) => ({ rows: x!.cols, cols: x!.rows }),
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, back, rule }) => {
      const [a] = node.args;
      rule('trace-transpose');
      return back(a!, tr(A));
    },
    // A column written as the transpose of a row: the transpose taken inside first (the inner operation's `transposed`).
    readOff: ({ node, m, unsupported }) => {
      const [a] = node.args;
      const inner = a!.k === 'call' ? OPS_BY_NAME.get(a!.name) : undefined;
      const t = inner && inner.linearity !== 'nonlinear' ? inner.linearity.transposed : undefined;
      return t ? m(t((a as Node & { k: 'call' }).args)) : unsupported(`the transpose of ${print(a!)} is not read off`);
    },
    transposed: ([a]) => a!,
  },
  printing: { form: 'postfix', symbol: "'", prec: 5, operand: 6 },
  torch: 'op_t',
  code: {
    ...python(([a]) => (a!.repr === 'mat' ? atom(`${wrap(a!, PREC.atom)}.T`) : a!)),
    ts: ([a], k) => (a!.repr === 'mat' ? fn(k.helper('_tp'), a!.code) : a!),
  },
  domain: { where: 'everywhere' },
  facts: { keepsInvertible: true },
  written: { isTranspose: true },
} satisfies Op;
