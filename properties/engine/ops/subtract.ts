/** A − B: entrywise, sizes equal or one of them 1×1. */
import { neg, sub, tr } from '../ast.js';
import { entrywise, entrywiseShape } from './shared.js';
import * as M from '../matrix.js';
import { minus } from './differentials.js';
import { add, err, round } from './rounding.js';
import type { Mat } from '../matrix.js';
import { type Op, P, PREC, type Tex, type TexKit, type VE } from './types.js';
import { pyBinary, python, tsBinary } from './code.js';

/** a + b or a − b: the right operand of a difference keeps its parentheses, a − (b − c); a negative one too, a + (−b). */
export function addTex(sign: '+' | '-', a: Tex, b: Tex, k: TexKit): Tex {
  const left = a.prec < P.Sum ? k.paren(a.tex) : a.tex;
  const right = b.prec <= P.Sum || b.neg ? k.paren(b.tex) : b.tex;
  return { tex: `${left} ${sign} ${right}`, prec: P.Sum, neg: a.neg };
}

const difference = (x: number, y: number) => x - y;
/** eA + eB + u|v|. */
const bound = (a: VE, b: VE, v: Mat) =>
  add(
    M.zip(err(a), err(b), (x, y) => x + y),
    round(v),
  );

export default {
  name: 'subtract',
  syntax: ['A - B'],
  form: 'operator',
  arity: [2, 2],
  doc: 'difference, entry by entry (a scalar, a row 1×n or a column m×1 is broadcast against an m×n matrix)',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: (args, c) => entrywise('subtract', args, c, difference, bound),
  tex: ([a, b], _n, k) => addTex('-', a!, b!, k),
  differential: { rules: ['diff-difference'], d: ({ dargs: [a, b] }) => minus(a!, b!) },
  shape: entrywiseShape,
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, dep, back, rule }) => {
      const [a, b] = node.args;
      rule('trace-difference');
      if (dep(a!)) back(a!, A);
      if (dep(b!)) back(b!, neg(A));
    },
    readOff: ({ node, m }) => {
      const [a, b] = node.args;
      return sub(m(a!), m(b!));
    },
    transposed: ([a, b]) => sub(tr(a!), tr(b!)),
  },
  printing: { form: 'infix', symbol: ' - ', prec: 1, left: 1, right: 2, negativeRight: ' + ' },
  torch: 'op_sub',
  code: { ...python(pyBinary('-', PREC.add)), ts: tsBinary('-', PREC.add, '(p, q) => p - q') },
  domain: { where: 'everywhere' },
  facts: { fold: (x, y) => x - y },
  written: { transposedByParts: true },
} satisfies Op;
