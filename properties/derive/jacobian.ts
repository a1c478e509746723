/**
 * The Jacobian read off the differential of a vector- or matrix-valued F (`mcv derive`), in
 * numerator layout as in Magnus and Neudecker's identification table: d vec F = J d vec W.
 *
 * - F a column (or a scalar) of a column (or scalar) w: dF = J dw, with dw factored to the right
 *   through each linear operation, as the Hessian's matrix is read off (readOff.ts).
 * - Otherwise, where dF is a sum of terms A dW B (A, B free of dW; scalar factors commuting):
 *   vec(A dW B) = (Bᵀ ⊗ A) vec dW, so J = Σ ±(Bᵀ ⊗ A); a transposed dW counts
 *   only when W is a vector (vec(dwᵀ) = vec(dw)). Any other place of dW (inside .*, a function,
 *   a transpose of a matrix) has no closed form in mcv's syntax, and the differential stands.
 */
import { call, mul, neg, num, print, tr, uses, type Node } from '../engine/ast.js';
import { type Context, ShapeMismatch } from './context.js';
import { readOff } from './hessian.js';
import { simplify } from './simplify.js';

/** J and what justifies it, or why no J is read off. */
export type JacobianReadOff = { J: Node; by: string[]; because: string } | { why: string };

/** Top-level terms of a sum with their signs. */
function terms(n: Node, sign: 1 | -1, out: { t: Node; sign: 1 | -1 }[]): void {
  if (n.k === 'call' && n.name === 'add') {
    terms(n.args[0]!, sign, out);
    terms(n.args[1]!, sign, out);
  } else if (n.k === 'call' && n.name === 'subtract') {
    terms(n.args[0]!, sign, out);
    terms(n.args[1]!, sign === 1 ? -1 : 1, out);
  } else if (n.k === 'call' && n.name === 'unaryMinus') terms(n.args[0]!, sign === 1 ? -1 : 1, out);
  else out.push({ t: n, sign });
}

const chainOf = (n: Node): Node[] => (n.k === 'call' && n.name === 'multiply' ? [...chainOf(n.args[0]!), ...chainOf(n.args[1]!)] : [n]);
const product = (ns: readonly Node[]): Node | null => (ns.length ? ns.reduce((x, y) => mul(x, y)) : null);

/** The Jacobian of F with respect to ctx.wrt from its differential dF (written with ctx.dW). */
export function readOffJacobian(dF: Node, F: Node, ctx: Context, source: string): JacobianReadOff {
  try {
    const fs = ctx.shape(F);
    const ws = ctx.shape({ k: 'sym', name: ctx.wrt });
    if (fs.cols === 1 && ws.cols === 1) {
      const r = readOff(dF, ctx, source);
      if ('why' in r) return r;
      return { J: r.M, by: r.rules, because: (r.because ?? '').replace(/^H\[(\w+)\] = M \1: /, `dF = J $1: `) };
    }
    return kronReadOff(dF, ctx);
  } catch (e) {
    if (e instanceof ShapeMismatch) return { why: `cannot infer the shapes: ${e.message}` };
    throw e;
  }
}

function kronReadOff(dF: Node, ctx: Context): JacobianReadOff {
  const dW = ctx.dW;
  const w = ctx.shape({ k: 'sym', name: ctx.wrt });
  const vector = w.cols === 1 || w.rows === 1;
  const parts: { t: Node; sign: 1 | -1 }[] = [];
  terms(dF, 1, parts);
  const out: Node[] = [];
  for (const { t, sign } of parts) {
    if (!uses(t, dW)) return { why: `the term ${print(t)} does not depend on ${dW}` };
    const chain = chainOf(t);
    const at = chain.findIndex((f) => uses(f, dW));
    if (chain.slice(at + 1).some((f) => uses(f, dW))) return { why: `${print(t)} is not linear in ${dW}` };
    const f = chain[at]!;
    const isDW = f.k === 'sym' && f.name === dW;
    const isDWt = f.k === 'call' && f.name === 'transpose' && f.args[0]!.k === 'sym' && f.args[0]!.name === dW;
    if (!isDW && !(isDWt && vector)) return { why: `${print(f)} is not of the form A ${dW} B, so d vec F = J d vec ${ctx.wrt} has no closed form in mcv's syntax here; the differential stands` };
    // Scalar factors commute out of the chain: c A dW B = (Bᵀ ⊗ c A) vec dW.
    const left = chain.slice(0, at),
      right = chain.slice(at + 1);
    const scalars = [...left, ...right].filter((x) => ctx.isScalar(x));
    const A = product(left.filter((x) => !ctx.isScalar(x)));
    const B = product(right.filter((x) => !ctx.isScalar(x)));
    const dShape = isDW ? w : { rows: w.cols, cols: w.rows };
    const Ak = A ?? ctx.eye(dShape.rows);
    const Bk = B ? tr(B) : ctx.eye(dShape.cols);
    // A ⊗ 1 = A: a row or column dW needs no identity of size 1 beside it.
    let k: Node = !A && dShape.rows === 1 ? Bk : !B && dShape.cols === 1 ? Ak : call('kron', Bk, Ak);
    const c = product(scalars);
    if (c) k = mul(c, k);
    out.push(sign === 1 ? k : neg(k));
  }
  if (!out.length) return { why: `dF does not depend on ${dW}` };
  const J = out.reduce((x, y) => (y.k === 'call' && y.name === 'unaryMinus' ? call('subtract', x, y.args[0]!) : call('add', x, y)));
  ctx.used.clear();
  const Js = simplify(J, ctx);
  return {
    J: Js.k === 'num' ? num(Js.v) : Js,
    // No catalogue rule states vec(A dW B) = (Bᵀ ⊗ A) vec dW (the syntax has no vec); the oracle checks J itself.
    by: [],
    because: `vec(A d${ctx.wrt} B) = (Bᵀ ⊗ A) vec d${ctx.wrt}, term by term${vector ? `; vec(d${ctx.wrt}ᵀ) = vec(d${ctx.wrt}) for a vector` : ''}.`,
  };
}
