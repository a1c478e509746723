/**
 * What the derivation knows about the names of f: shapes (symbolic sizes), assumptions, the
 * variable differentiated and its differential. Shapes are inferred symbolically (sizes are
 * numbers or letters), so the gradient is written for every size, not for the sizes of one case.
 */
import type { Assumption, Shape } from '../engine/shapes.js';
import { dimMul, dimNode, isScalarShape, print, type Dim, type Node } from '../engine/ast.js';
import { OPS_BY_NAME } from '../engine/ops/index.js';
import type { DiffContext } from '../engine/ops/types.js';

/** A size mismatch found while inferring shapes (the oracle's probe then names it for the user). */
export class ShapeMismatch extends Error {}

export class Context implements DiffContext {
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

  /** dimOf, bound once (the shape rules call it). */
  private readonly dim = (n: Node): Dim => this.dimOf(n);

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
    const one: Shape = { rows: 1, cols: 1 };
    const bad = (what: string): never => {
      throw new ShapeMismatch(what);
    };
    switch (n.k) {
      case 'num':
      case 'str':
        return one;
      case 'lit':
        return OPS_BY_NAME.get('matrix')!.shape([], { nodes: [], dim: (x) => this.dimOf(x), text: n.text, layout: { rows: n.rows, cols: n.cols }, bad });
      case 'sym':
        if (n.name === this.dW) return this.shapes[this.wrt]!;
        return this.shapes[n.name] ?? one;
      case 'call': {
        const op = OPS_BY_NAME.get(n.name);
        if (!op) return bad(`${n.name} has no shape rule`);
        // The text only when a message needs it: printing every node would make inference quadratic.
        return op.shape(
          n.args.map((x) => this.shape(x)),
          {
            nodes: n.args,
            dim: this.dim,
            get text() {
              return print(n);
            },
            bad,
          },
        );
      }
    }
  }

  /** Do the sizes of n fit? */
  fits(n: Node): boolean {
    try {
      this.shape(n);
      return true;
    } catch (e) {
      if (e instanceof ShapeMismatch) return false;
      throw e;
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
