/** −A. */
import { neg, tr } from '../ast.js';
import { sameShape } from './shared.js';
import * as M from '../matrix.js';
import { type Op, P, PREC } from './types.js';
import { python, tsMap, wrap } from './code.js';

export default {
  name: 'unaryMinus',
  syntax: ['-A'],
  form: 'operator',
  arity: [1, 1],
  doc: 'negation (exact)',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: ([a], c) => (c.bound ? { v: M.scale(a!.v, -1), e: a!.e! } : { v: M.scale(a!.v, -1) }),
  tex: ([a], _n, k) => {
    // −(XY) = −XY, so only a sum (or another minus) needs parentheses.
    if (a!.prec <= P.Sum || a!.neg) return { tex: `-${k.paren(a!.tex)}`, prec: P.Unary, neg: true };
    return { tex: `-${a!.tex}`, prec: P.Unary, neg: true, endsDiff: a!.endsDiff };
  },
  differential: { rules: ['diff-difference'], because: () => '−X = 0 − X, so d(−X) = −dX.', d: ({ dargs: [a] }) => neg(a!) },
  shape: sameShape,
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, back }) => {
      const [a] = node.args;
      return back(a!, neg(A));
    },
    readOff: ({ node, m }) => {
      const [a] = node.args;
      return neg(m(a!));
    },
    transposed: ([a]) => neg(tr(a!)),
  },
  printing: { form: 'prefix', symbol: '-', prec: 3, operand: 2 },
  torch: 'op_neg',
  code: {
    ...python(([a]) => ({ code: `-${wrap(a!, PREC.unary)}`, prec: PREC.unary })),
    ts: ([a], k) => (a!.repr === 'scalar' ? { code: `-${wrap(a!, PREC.atom)}`, prec: PREC.unary } : tsMap(a!, '(p) => -p', k)),
  },
  domain: { where: 'everywhere' },
  facts: { keepsSymmetric: true, fold: (x) => -x },
  written: { isSign: true },
} satisfies Op;
