/**
 * What the derivation knows about the names of f: shapes (symbolic sizes), assumptions, the
 * variable differentiated and its differential. Shapes are inferred symbolically (sizes are
 * numbers or letters), so the gradient is written for every size, not for the sizes of one case.
 */
import type { Assumption, Shape } from '../engine/shapes.js';
import { dimMul, dimNode, isScalarShape, print, type Dim, type Node } from '../engine/ast.js';

/** A size mismatch found while inferring shapes (the oracle's probe then names it for the user). */
export class ShapeMismatch extends Error {}

export class Context {
  private readonly cache = new WeakMap<Node, Shape>();
  /** The assumptions the simplifier used, as sentences (collected for the line that used them). */
  readonly used = new Set<string>();
  /** The catalogue rules the simplifier's rewrites used (collected for the line that used them). */
  readonly cited = new Set<string>();
  constructor(
    readonly shapes: Readonly<Record<string, Shape>>,
    readonly assume: Readonly<Record<string, readonly Assumption[]>>,
    readonly wrt: string,
    readonly dW: string,
    readonly dims: ReadonlySet<string>,
  ) {}

  has(name: string, a: Assumption): boolean {
    return this.assume[name]?.includes(a) ?? false;
  }

  /** The shape of a node. Throws ShapeMismatch when sizes disagree. */
  shape(n: Node): Shape {
    const hit = this.cache.get(n);
    if (hit) return hit;
    const s = this.infer(n);
    this.cache.set(n, s);
    return s;
  }

  isScalar(n: Node): boolean {
    return isScalarShape(this.shape(n));
  }

  private dimOf(n: Node): Dim {
    if (n.k === 'num') return n.v;
    if (n.k === 'sym' && this.dims.has(n.name)) return n.name;
    if (n.k === 'call' && n.name === 'multiply') {
      const [a, b] = n.args.map((x) => this.dimOf(x));
      return dimMul(a!, b!);
    }
    return print(n);
  }

  private infer(n: Node): Shape {
    const S = (rows: Dim, cols: Dim): Shape => ({ rows, cols });
    const one = S(1, 1);
    const bad = (what: string): never => {
      throw new ShapeMismatch(what);
    };
    switch (n.k) {
      case 'num':
      case 'str':
        return one;
      case 'lit':
        return S(n.rows, n.cols);
      case 'sym':
        if (n.name === this.dW) return this.shapes[this.wrt]!;
        return this.shapes[n.name] ?? one;
      case 'call': {
        const a = n.args.map((x) => this.shape(x));
        const [x, y] = a;
        switch (n.name) {
          case 'add':
          case 'subtract':
          case 'dotMultiply':
          case 'dotDivide':
          case 'dotPow':
            if (isScalarShape(x!)) return y!;
            if (isScalarShape(y!)) return x!;
            if (x!.rows !== y!.rows || x!.cols !== y!.cols) bad(print(n));
            return x!;
          case 'multiply':
            if (isScalarShape(x!)) return y!;
            if (isScalarShape(y!)) return x!;
            if (x!.cols !== y!.rows) bad(print(n));
            return S(x!.rows, y!.cols);
          case 'divide':
            if (isScalarShape(y!)) return x!;
            if (y!.rows !== y!.cols || x!.cols !== y!.rows) bad(print(n));
            return x!;
          case 'pow':
          case 'unaryMinus':
          case 'inv':
          case 'exp':
          case 'log':
          case 'sqrt':
          case 'sin':
          case 'cos':
          case 'tan':
          case 'tanh':
          case 'sigmoid':
          case 'abs':
          case 'sign':
          case 'square':
          case 'softmax':
            return x!;
          case 'transpose':
            return S(x!.cols, x!.rows);
          case 'trace':
          case 'det':
          case 'logdet':
          case 'sum':
          case 'mean':
          case 'norm':
            return one;
          case 'logsumexp':
            return S(1, x!.cols);
          case 'kron':
            return S(dimMul(x!.rows, y!.rows), dimMul(x!.cols, y!.cols));
          case 'diag':
            if (x!.cols === 1) return S(x!.rows, x!.rows);
            if (x!.rows === 1) return S(x!.cols, x!.cols);
            if (x!.rows === x!.cols) return S(x!.rows, 1);
            if (typeof x!.rows === 'number' && typeof x!.cols === 'number') return S(Math.min(x!.rows, x!.cols), 1);
            return bad(`${print(n)}: the diagonal of a ${x!.rows}x${x!.cols} matrix has a size mcv derive cannot name`);
          case 'eye': {
            const r = this.dimOf(n.args[0]!);
            return S(r, n.args.length > 1 ? this.dimOf(n.args[1]!) : r);
          }
          case 'ones':
          case 'zeros':
            return S(this.dimOf(n.args[0]!), n.args.length > 1 ? this.dimOf(n.args[1]!) : 1);
          default:
            return bad(`${n.name} has no shape rule`);
        }
      }
    }
  }

  /** eye(n) of the given size. */
  eye(d: Dim): Node {
    return { k: 'call', name: 'eye', args: [dimNode(d)] };
  }

  /** ones(r) or ones(r,c) of the given shape. */
  ones(s: Shape): Node {
    return { k: 'call', name: 'ones', args: s.cols === 1 ? [dimNode(s.rows)] : [dimNode(s.rows), dimNode(s.cols)] };
  }
}
