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
 * - A scalar variable a: dF is linear in the number da, so dF = P da with P = dF at da = 1 wherever
 *   da sits (inside .*, a function, a transpose), and J = vec P: P itself for a column or scalar F,
 *   Pᵀ for a row, and for an m×n F the syntax's vec, (kron(ones(n), P) .* kron(eye(n), ones(m)))*ones(n)
 *   (row (j−1)m + i keeps P's entry (i, j)). The term-by-term Kronecker form would treat da as a
 *   1×1 matrix in a product, which it is not (da*X is a scaling).
 */
import { add, call, emul, factorsOf, isScalarShape, mul, neg, num, print, tr, Unsupported, uses, type Node, type Shape } from '../engine/ast.js';
import { Adjoint } from './derive.js';
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

const product = (ns: readonly Node[]): Node | null => (ns.length ? ns.reduce((x, y) => mul(x, y)) : null);

/** The Jacobian of F with respect to ctx.wrt from its differential dF (written with ctx.dW). */
export function readOffJacobian(dF: Node, F: Node, ctx: Context, source: string): JacobianReadOff {
  try {
    const fs = ctx.shape(F);
    const ws = ctx.shape({ k: 'sym', name: ctx.wrt });
    if (isScalarShape(ws)) return scalarReadOff(dF, fs, ctx);
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

/** dF with the symbol `name` replaced by `by`. */
function substitute(n: Node, name: string, by: Node): Node {
  if (n.k === 'sym') return n.name === name ? by : n;
  if (n.k === 'call') return { ...n, args: n.args.map((a) => substitute(a, name, by)) };
  return n;
}

/** J for a scalar variable: P = dF at da = 1 (dF = P da), then vec P in the form of F (see the module comment). */
function scalarReadOff(dF: Node, fs: Shape, ctx: Context): JacobianReadOff {
  const dW = ctx.dW;
  const parts: { t: Node; sign: 1 | -1 }[] = [];
  terms(dF, 1, parts);
  // A term without da would be part of F, not of its differential: no read-off then.
  for (const { t } of parts) if (!uses(t, dW)) return { why: `the term ${print(t)} does not depend on ${dW}` };
  ctx.used.clear();
  const P = simplify(substitute(dF, dW, num(1)), ctx);
  const Pt = P.k === 'num' ? num(P.v) : P;
  const vecText = `vec(A) for an m×n A is (kron(ones(n), A) .* kron(eye(n), ones(m)))*ones(n), the syntax having no vec`;
  const J = vecOf(Pt, fs, ctx);
  const form = fs.cols === 1 ? 'J = P' : fs.rows === 1 ? 'J = vec P = Pᵀ for a row' : `J = vec P; ${vecText}`;
  return {
    J,
    // As for the Kronecker form: no catalogue rule states vec; the oracle checks J itself.
    by: [],
    because: `${ctx.wrt} is a scalar, so dF = P d${ctx.wrt} with P = ${print(Pt)} (dF at d${ctx.wrt} = 1, dF being linear in d${ctx.wrt}); ${form}.`,
  };
}

/**
 * The Jacobian of one term, linear in dW: a product c·A dW B (c the scalars beside it) gives
 * c (Bᵀ ⊗ A); a product whose dW sits in a 1×1 factor s (zᵀdx in (zᵀdx)*X) gives vec(R)·J(s), R
 * the term with s taken out (d vec(R s) = vec(R) ds, s being a number).
 */
function termJacobian(t: Node, ctx: Context): { J: Node } | { why: string } {
  const dW = ctx.dW;
  const w = ctx.shape({ k: 'sym', name: ctx.wrt });
  const vector = w.cols === 1 || w.rows === 1;
  if (!uses(t, dW)) return { why: `the term ${print(t)} does not depend on ${dW}` };
  const chain = factorsOf(t, (x) => ctx.shape(x));
  const at = chain.findIndex((f) => uses(f, dW));
  if (chain.slice(at + 1).some((f) => uses(f, dW))) return { why: `${print(t)} is not linear in ${dW}` };
  const f = chain[at]!;
  if (f.k === 'call' && (f.name === 'add' || f.name === 'subtract' || f.name === 'unaryMinus')) {
    // A sum inside the product (A*(dx*x' + x*dx'), (dx'*A*x + x'*A*dx)*B) is distributed, term by term.
    const inner: { t: Node; sign: 1 | -1 }[] = [];
    terms(f, 1, inner);
    let J: Node | null = null;
    for (const { t: p, sign } of inner) {
      const k = termJacobian(product([...chain.slice(0, at), p, ...chain.slice(at + 1)])!, ctx);
      if ('why' in k) return k;
      J = J === null ? (sign === 1 ? k.J : neg(k.J)) : call(sign === 1 ? 'add' : 'subtract', J, k.J);
    }
    return { J: J! };
  }
  const isDW = f.k === 'sym' && f.name === dW;
  const isDWt = f.k === 'call' && f.name === 'transpose' && f.args[0]!.k === 'sym' && f.args[0]!.name === dW;
  if (!isDW && !isDWt && chain.length > 1 && ctx.isScalar(f)) {
    // A number s = (…dW…) scaling the rest R: J = vec(R) J(s), J(s) a row of one entry per entry of W:
    // read off s itself (uᵀdx: uᵀ), or else s = Tr(Gᵀ dW) by the trace rules (sum(dx), trace(dX)): vec(G)ᵀ.
    let inner = termJacobian(f, ctx);
    if ('why' in inner) {
      const out: Node[] = [];
      try {
        new Adjoint(ctx, '').back(f, num(1), out);
      } catch (e) {
        if (e instanceof Unsupported) return inner;
        throw e;
      }
      if (!out.length) return inner;
      inner = {
        J: tr(
          vecOf(
            out.reduce((x, y) => add(x, y)),
            w,
            ctx,
          ),
        ),
      };
    }
    const R = product(chain.filter((_, i) => i !== at))!;
    return { J: mul(vecOf(R, ctx.shape(t), ctx), inner.J) };
  }
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
  return { J: k };
}

/**
 * vec P in mcv's syntax, for P of shape s: P for a column (or a number), Pᵀ for a row, and for an
 * m×n matrix (kron(ones(n), P) .* kron(eye(n), ones(m)))*ones(n): row (j−1)m + i keeps P's entry
 * (i, j), the syntax having no vec.
 */
function vecOf(P: Node, s: Shape, ctx: Context): Node {
  if (s.cols === 1) return P;
  if (s.rows === 1) return tr(P);
  const n = ctx.ones({ rows: s.cols, cols: 1 });
  return mul(emul(call('kron', n, P), call('kron', ctx.eye(s.cols), ctx.ones({ rows: s.rows, cols: 1 }))), n);
}

function kronReadOff(dF: Node, ctx: Context): JacobianReadOff {
  const dW = ctx.dW;
  const w = ctx.shape({ k: 'sym', name: ctx.wrt });
  const vector = w.cols === 1 || w.rows === 1;
  const parts: { t: Node; sign: 1 | -1 }[] = [];
  terms(dF, 1, parts);
  const out: Node[] = [];
  for (const { t, sign } of parts) {
    const k = termJacobian(t, ctx);
    if ('why' in k) return k;
    out.push(sign === 1 ? k.J : neg(k.J));
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
