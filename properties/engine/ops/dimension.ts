/**
 * Dimension arguments with MATLAB's one-based meaning, as mathjs's parser reads them: op(X, 1)
 * works down each column (sum(X,1): the column sums, a 1×n row), op(X, 2) along each row
 * (sum(X,2): the row sums, an m×1 column). Shared by sum, mean, softmax and logsumexp.
 */
import type { MathNode } from 'mathjs';
import { call, num, type Node } from '../ast.js';
import type { Shape } from '../shapes.js';
import * as M from '../matrix.js';
import type { DiffInput, Literal, ShapeInput, VE } from './types.js';
import { scalarShape } from './shared.js';

/** A dimension argument: 1 (down each column) or 2 (along each row). */
export type Dimension = 1 | 2;

/** The literal second argument of op(X, dim): 1 or 2, read from the text. */
export function dimensionLiteral(op: string): Literal {
  return {
    index: 1,
    parse: (node: MathNode, text: string) => {
      const p = node as MathNode & { value?: unknown };
      return p.type === 'ConstantNode' && (p.value === 1 || p.value === 2)
        ? { value: p.value }
        : { error: `the dimension argument of ${op} is 1 (down each column) or 2 (along each row), as in MATLAB, not ${text}` };
    },
  };
}

/** The dimension argument of a call in the derivation engine's tree (undefined without one). */
export function dimensionOf(args: readonly Node[]): Dimension | undefined {
  const d = args[1];
  return d?.k === 'num' && (d.v === 1 || d.v === 2) ? d.v : undefined;
}

/** The dimension argument of a call as parsed by mathjs (for the LaTeX), undefined without one. */
export function dimensionOfNodes(nodes: readonly MathNode[]): Dimension | undefined {
  const d = nodes[1] as (MathNode & { value?: unknown }) | undefined;
  return d?.value === 1 || d?.value === 2 ? d.value : undefined;
}

/** The LaTeX subscript that says along which dimension: col (down each column) or row (along each row). */
export const dimensionTex = (d: Dimension | undefined): string => (d === undefined ? '' : d === 1 ? '_{\\mathrm{col}}' : '_{\\mathrm{row}}');

/** The shape of a reduction along a dimension: 1×n for dim 1, m×1 for dim 2. */
export const reducedShape = (x: Shape, d: Dimension): Shape => (d === 1 ? { rows: 1, cols: x.cols } : { rows: x.rows, cols: 1 });

/** X's transpose with its bound: an operation along the rows is the one along the columns of Xᵀ. */
export const transposed = (x: VE): VE => ({ v: M.transpose(x.v), ...(x.e ? { e: M.transpose(x.e) } : {}) });

/** A reduction's differential (sum, mean: linear), along its dimension argument when it has one: d op(X, k) = op(dX, k). */
export const reductionDifferential =
  (name: string) =>
  ({ args, dargs: [a] }: DiffInput): Node => {
    const d = dimensionOf(args);
    return d === undefined ? call(name, a!) : call(name, a!, num(d));
  };

/** A reduction's shape rule: a scalar, or the row (column) of the reduced dimension. */
export const reductionShape = ([x]: readonly Shape[], c: ShapeInput): Shape => {
  const d = dimensionOf(c.nodes);
  return d === undefined ? scalarShape() : reducedShape(x!, d);
};
