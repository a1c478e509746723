/** A / B: division by a 1×1 B, or A·inv(B) for a square B. */
import { call, div, isScalarShape, mul, neg, num, pow, tr } from '../ast.js';
import * as M from '../matrix.js';
import { minus, plus } from './differentials.js';
import { abs, add, bounded, err, invBounded, round } from './rounding.js';
import { alloc, need, product, exactQuotient } from './shared.js';
import { type Op, P, PREC } from './types.js';
import { atom, fn, python, tsBinary, wrap } from './code.js';

export default {
  name: 'divide',
  syntax: ['A / b', 'A / B'],
  form: 'operator',
  arity: [2, 2],
  doc: 'division by a number; A/B is A*inv(B) for a square B',
  elementwise: false,
  smooth: false,
  scale: 'free',
  evaluate: ([a, b], c) => {
    const x = a!.v,
      y = b!.v;
    if (M.isScalar(y)) {
      alloc(c.budget, x.rows, x.cols, x.data.length, c);
      const v = M.map(x, (p) => p / y.data[0]!);
      if (!c.bound) return { v };
      const d = Math.abs(y.data[0]!);
      return { v, e: add(M.scale(err(a!), 1 / d), M.scale(abs(v), err(b!).data[0]! / d), round(v)) };
    }
    need(y.rows === y.cols, () => `${c.text}: A/B means A*inv(B) and needs a square B, but ${c.args[1]} is ${M.shapeText(y)}; for entrywise division write ./`);
    alloc(c.budget, y.rows, y.cols, y.rows ** 3, c);
    return product(a!, c.bound ? invBounded(bounded(b!)) : { v: M.inv(y) }, c);
  },
  tex: ([a, b]) => {
    // −a/b reads better as −(a/b), which it equals.
    if (a!.neg && a!.prec === P.Unary) return { tex: `-\\frac{${a!.tex.slice(1)}}{${b!.tex}}`, prec: P.Unary, neg: true };
    return { tex: `\\frac{${a!.tex}}{${b!.tex}}`, prec: P.Atom, frac: true };
  },
  differential: {
    rules: ['diff-quotient'],
    d: (x) => {
      const [a, b] = x.args;
      const [da, db] = x.dargs;
      if (!x.ctx.isScalar(b!)) {
        // A/B = A inv(B): the product rule and the differential of the inverse.
        return plus(da ? mul(da, call('inv', b!)) : null, db ? neg(mul(mul(mul(a!, call('inv', b!)), db), call('inv', b!))) : null);
      }
      return minus(da ? div(da, b!) : null, db ? div(mul(a!, db), pow(b!, num(2))) : null);
    },
  },
  shape: ([x, y], c) => {
    if (isScalarShape(y!)) return x!;
    if (y!.rows !== y!.cols || x!.cols !== y!.rows) c.bad(c.text);
    return x!;
  },
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, ctx, dep, back, internal }) => {
      const [a, b] = node.args;
      if (dep(b!) || !ctx.isScalar(b!)) return internal();
      return back(a!, div(A, b!));
    },
    readOff: ({ node, ctx, dep, m, unsupported }) => {
      const [a, b] = node.args;
      if (dep(b!) || !ctx.isScalar(b!)) return unsupported('a quotient by something that depends on dw, or by a matrix, is not read off');
      return div(m(a!), b!);
    },
    transposed: ([a, b]) => div(tr(a!), b!),
  },
  printing: { form: 'infix', symbol: '/', prec: 2, left: 2, right: 4, group: 'matrix' },
  torch: 'op_div',
  code: {
    ...python(([a, b], k) => {
      if (b!.repr === 'scalar') return { code: `${wrap(a!, PREC.mul)} / ${wrap(b!, PREC.unary)}`, prec: PREC.mul };
      // A/B = A B⁻¹ = (B⁻ᵀ Aᵀ)ᵀ: a solve with Bᵀ rather than the inverse.
      const B = wrap(b!, PREC.atom);
      if (a!.repr === 'vec') return fn(k.lib.solve, `${B}.T`, a!.code);
      if (a!.repr === 'mat') return atom(`${fn(k.lib.solve, `${B}.T`, `${wrap(a!, PREC.atom)}.T`).code}.T`);
      return k.fail('a number divided by a matrix');
    }),
    ts: ([a, b], k) => {
      if (b!.repr === 'scalar') return tsBinary('/', PREC.mul, '(p, q) => p / q')([a!, b!], k);
      const Bt = fn(k.helper('_tp'), b!.code).code;
      if (a!.repr === 'vec') return fn(k.helper('_solve'), Bt, a!.code);
      if (a!.repr === 'mat') return fn(k.helper('_tp'), fn(k.helper('_solve'), Bt, fn(k.helper('_tp'), a!.code).code).code);
      return k.fail('a number divided by a matrix');
    },
  },
  domain: { where: 'b ≠ 0; B invertible', invertible: true },
  facts: { fold: exactQuotient },
} satisfies Op;
