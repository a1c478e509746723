/** A * B: the matrix product (a 1×1 operand scales the other). */
import { call, emul, factorsOf, isScalarShape, mul, print, tr, type Node } from '../ast.js';
import { plus } from './differentials.js';
import { product } from './shared.js';
import { type Op, PREC, type ReadOffInput } from './types.js';
import { atom, fn, python, solvable, tsBinary, wrap } from './code.js';

const chain = (ns: readonly Node[]): Node | null => (ns.length ? ns.reduce((x, y) => mul(x, y)) : null);
const around = (left: readonly Node[], mid: Node, right: readonly Node[]): Node => chain([...left, mid, ...right])!;

/** The product's share of M in H[dw] = M dw: the chain of factors, with dw in one of them. */
function multiplyReadOff({ node, ctx, dep, m, row, note, unsupported }: ReadOffInput): Node {
  const fs = factorsOf(node, (x) => ctx.shape(x));
  const deps = fs.flatMap((f, i) => (dep(f) ? [i] : []));
  if (deps.length !== 1) return unsupported('a product with dw in two factors is not linear in dw');
  const i = deps[0]!;
  const fi = fs[i]!;
  const left = fs.slice(0, i),
    right = fs.slice(i + 1);
  // A sum, a negation or a quotient by a scalar inside the chain is taken out first.
  if (fi.k === 'call') {
    const [p, q] = fi.args;
    if (fi.name === 'add' || fi.name === 'subtract') return call(fi.name, m(around(left, p!, right)), m(around(left, q!, right)));
    if (fi.name === 'unaryMinus') return call('unaryMinus', m(around(left, p!, right)));
    if (fi.name === 'divide' && !dep(q!) && ctx.isScalar(q!)) return call('divide', m(around(left, p!, right)), q!);
  }
  // A column times scalars: L = P (M dw) s = s P M dw.
  const r = chain(right);
  if (ctx.shape(fi).cols === 1 && (r === null || ctx.isScalar(r))) return chain([...left, ...(r ? [r] : []), m(fi)])!;
  // The shortest run fj…fk around fi that is a scalar s = r dw commutes: L = (the rest) s = (the rest) r dw.
  // A run that is not a product on its own (in (uᵀ dw) v, the run dw v) does not fit.
  const scalarRun = (j: number, k: number): boolean => {
    const run = chain(fs.slice(j, k + 1))!;
    return ctx.fits(run) && ctx.isScalar(run);
  };
  for (let len = 1; len <= fs.length; len++)
    for (let j = Math.max(0, i - len + 1); j <= i && j + len <= fs.length; j++) {
      const k = j + len - 1;
      if (!scalarRun(j, k)) continue;
      const run = chain(fs.slice(j, k + 1))!;
      const rest = chain([...fs.slice(0, j), ...fs.slice(k + 1)]);
      if (rest === null) return row(run);
      if (!ctx.isScalar(rest)) note('(uᵀdw) v = v uᵀ dw: a scalar commutes.');
      return mul(rest, row(run));
    }
  return unsupported(`${print(fi)} is not read off as a matrix times dw`);
}

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
  shape: ([x, y], c) => {
    if (isScalarShape(x!)) return y!;
    if (isScalarShape(y!)) return x!;
    if (x!.cols !== y!.rows) c.bad(c.text);
    return { rows: x!.rows, cols: y!.cols };
  },
  linearity: {
    kind: 'bilinear',
    transpose: ({ node, A, ctx, dep, back, rule, internal }) => {
      const [a, b] = node.args;
      const da = dep(a!);
      if (da && dep(b!)) return internal();
      const [lin, other] = da ? [a!, b!] : [b!, a!];
      const linScalar = ctx.isScalar(lin),
        otherScalar = ctx.isScalar(other);
      if (otherScalar && !linScalar) return back(lin, mul(other, A));
      if (linScalar && !otherScalar) {
        rule('frobenius-inner-product');
        return back(lin, call('sum', emul(A, other)));
      }
      rule('trace-cyclic');
      if (da) return back(lin, mul(A, tr(other)));
      rule('trace-transpose');
      return back(lin, mul(tr(other), A));
    },
    readOff: multiplyReadOff,
    transposed: ([a, b]) => mul(tr(b!), tr(a!)),
  },
  printing: { form: 'infix', symbol: '*', prec: 2, left: 2, right: 4, group: 'matrix' },
  torch: 'op_mul',
  code: {
    ...python(([a, b], k) => {
      const L = k.lib;
      if (a!.repr === 'scalar' || b!.repr === 'scalar') return { code: `${wrap(a!, PREC.mul)} * ${wrap(b!, PREC.unary)}`, prec: PREC.mul };
      const left = solvable(a!.node, k);
      if (left) return fn(L.solve, k.code(left).code, b!.code);
      const right = solvable(b!.node, k);
      if (right) {
        const B = wrap(k.code(right), PREC.atom);
        // a B⁻¹ = (B⁻ᵀ aᵀ)ᵀ: a solve with Bᵀ.
        return a!.repr === 'vec' ? fn(L.solve, `${B}.T`, a!.code) : atom(`${fn(L.solve, `${B}.T`, `${wrap(a!, PREC.atom)}.T`).code}.T`);
      }
      if (a!.repr === 'vec' && b!.repr === 'vec' && !a!.row) return fn(L.outer, a!.code, b!.code);
      return { code: `${wrap(a!, PREC.mul)} @ ${wrap(b!, PREC.unary)}`, prec: PREC.mul };
    }),
    ts: ([a, b], k) => {
      if (a!.repr === 'scalar' || b!.repr === 'scalar') return tsBinary('*', PREC.mul, '(p, q) => p * q')([a!, b!], k);
      const left = solvable(a!.node, k);
      if (left) return fn(k.helper('_solve'), k.code(left).code, b!.code);
      const right = solvable(b!.node, k);
      if (right) {
        const Bt = fn(k.helper('_tp'), k.code(right).code).code;
        return a!.repr === 'vec' ? fn(k.helper('_solve'), Bt, a!.code) : fn(k.helper('_tp'), fn(k.helper('_solve'), Bt, fn(k.helper('_tp'), a!.code).code).code);
      }
      if (a!.repr === 'vec' && b!.repr === 'vec') return fn(k.helper(a!.row ? '_dot' : '_outer'), a!.code, b!.code);
      if (a!.repr === 'vec') return fn(k.helper('_vm'), a!.code, b!.code);
      if (b!.repr === 'vec') return fn(k.helper('_mv'), a!.code, b!.code);
      return fn(k.helper('_mm'), a!.code, b!.code);
    },
  },
  domain: { where: 'everywhere' },
  facts: { invertibleFactors: true, fold: (x, y) => x * y },
  written: { leftToRight: true, scalarsFirst: true, signInFront: true, transposedByParts: true },
} satisfies Op;
