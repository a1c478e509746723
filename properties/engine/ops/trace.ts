/** trace(X): the sum of the diagonal. */
import { call, mul, neg, num, pow, print, sub, type Node } from '../ast.js';
import { alloc, CALL, needSquare, scalarShape } from './shared.js';
import * as M from '../matrix.js';
import { err, U } from './rounding.js';
import type { DiffContext, Op } from './types.js';
import { fn, python } from './code.js';

/** Whether n is a Kronecker product, or a sum, difference, negation or scalar multiple with one among its terms. */
function hasKron(n: Node, ctx: DiffContext): boolean {
  if (n.k !== 'call') return false;
  const [x, y] = n.args;
  switch (n.name) {
    case 'kron':
      return true;
    case 'add':
    case 'subtract':
      return hasKron(x!, ctx) || hasKron(y!, ctx);
    case 'unaryMinus':
      return hasKron(x!, ctx);
    case 'multiply':
      return (ctx.isScalar(x!) && hasKron(y!, ctx)) || (ctx.isScalar(y!) && hasKron(x!, ctx));
    default:
      return false;
  }
}

export default {
  name: 'trace',
  syntax: ['trace(X)'],
  form: 'function',
  arity: [1, 1],
  doc: 'sum of the diagonal of a square matrix',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: ([x], c) => {
    const v = x!.v;
    needSquare(v, 'trace', c);
    alloc(c.budget, 1, 1, v.rows, c);
    let s = 0,
      e = 0,
      mag = 0;
    for (let i = 0; i < v.rows; i++) s += v.data[i * v.cols + i]!;
    if (!c.bound) return { v: M.scalar(s) };
    for (let i = 0; i < v.rows; i++) {
      const k = i * v.cols + i;
      e += err(x!).data[k]!;
      mag += Math.abs(v.data[k]!);
    }
    return { v: M.scalar(s), e: M.scalar(e + v.rows * U * mag) };
  },
  tex: ([x], _n, k) => k.call('\\operatorname{Tr}', x!),
  differential: {
    rules: ['diff-trace'],
    d: ({ dargs: [a] }) => call('trace', a!),
    // d Tr(Bᵏ) for a size letter k: the k terms Tr(Bʳ dB Bᵏ⁻¹⁻ʳ) of diff-matrix-power are equal by the
    // cyclic property, so their sum is k Tr(Bᵏ⁻¹ dB), whatever k is (as grad-trace-cube states it).
    whole: ({ args: [a], ctx, d, isDimension }) => {
      if (a!.k !== 'call' || a!.name !== 'pow' || !isDimension(a!.args[1]!) || ctx.isScalar(a!.args[0]!)) return undefined;
      const [b, k] = a!.args;
      const db = d(b!);
      if (!db) return { d: null, rules: [] };
      return {
        d: mul(k!, call('trace', mul(pow(b!, sub(k!, num(1))), db))),
        rules: ['diff-trace', 'diff-matrix-power', 'trace-cyclic'],
        because: `the ${print(k!)} terms of d(${print(a!)}) are equal inside the trace (cyclic property), for every whole ${print(k!)} ≥ 1.`,
      };
    },
  },
  shape: scalarShape,
  linearity: {
    kind: 'linear',
    transpose: ({ node, A, ctx, back, rule, note, dep }) => {
      const [a] = node.args;
      if (a!.k === 'call' && a!.name === 'kron') {
        // kron-trace: Tr(A ⊗ B) = Tr(A) Tr(B).
        rule('kron-trace');
        return back(mul(call('trace', a!.args[0]!), call('trace', a!.args[1]!)), A);
      }
      // A Kronecker product inside a sum (d(X ⊗ X) = dX ⊗ X + X ⊗ dX) or times a scalar: the trace
      // is taken term by term, so that kron-trace applies to each.
      if (a!.k === 'call' && hasKron(a!, ctx)) {
        const [x, y] = a!.args;
        if (a!.name === 'unaryMinus') return back(call('trace', x!), neg(A));
        if (a!.name === 'add' || a!.name === 'subtract') {
          rule(a!.name === 'add' ? 'trace-sum' : 'trace-difference');
          if (dep(x!)) back(call('trace', x!), A);
          if (dep(y!)) back(call('trace', y!), a!.name === 'add' ? A : neg(A));
          return;
        }
        // multiply by a scalar c: Tr(c K) = c Tr(K).
        const [c, k] = ctx.isScalar(x!) ? [x!, y!] : [y!, x!];
        return back(mul(c, call('trace', k)), A);
      }
      if (ctx.isScalar(a!)) return back(a!, A);
      note('c·Tr(L) = Tr((c I)ᵀ L).');
      return back(a!, mul(A, ctx.eye(ctx.shape(a!).rows)));
    },
    readOff: 'none',
  },
  printing: CALL,
  torch: 'f_trace',
  code: {
    ...python(([a], k) => (a!.repr === 'mat' ? fn(`${k.lib.m}.trace`, a!.code) : a!)),
    ts: ([a], k) => (a!.repr === 'mat' ? fn(k.helper('_trace'), a!.code) : a!),
  },
  domain: { where: 'everywhere' },
} satisfies Op;
