/** X' or transpose(X). */
import { tr } from '../ast.js';
import * as M from '../matrix.js';
import { moved } from './rounding.js';
import { alloc } from './shared.js';
import { P, type Op } from './types.js';

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
    alloc(c.budget, x!.v.cols, x!.v.rows, x!.v.data.length, c.text);
    return moved(c, x!, M.transpose);
  },
  tex: ([x], _n, k) => ({ tex: `${k.base(x!)}^\\top`, prec: P.Postfix, sup: true }),
  differential: { rules: ['diff-transpose'], d: ({ dargs: [a] }) => tr(a!) },
} satisfies Op;
