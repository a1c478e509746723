/**
 * The Jacobian as a differential claim: J with d vec F = J d vec W (numerator layout, vec stacking
 * the columns; for a column F of a column x simply dF = J dx). A claimed J is checked as the
 * differential J·vec(dW), folded back to F's shape, by the oracle's differential check: the same
 * finite differences, tolerances and counterexamples, no new comparison.
 */
import { ShapeError } from '../engine/errors.js';
import type { Expr, Scope } from '../engine/expr.js';
import { newBudget } from '../engine/budget.js';
import * as M from '../engine/matrix.js';
import type { Mat } from '../engine/matrix.js';
import { matmulBounded } from '../engine/ops/rounding.js';

/** vec: the columns stacked into one column. */
export function vec(a: Mat): Mat {
  const out = M.mat(a.rows * a.cols, 1);
  for (let j = 0; j < a.cols; j++) for (let i = 0; i < a.rows; i++) out.data[j * a.rows + i] = a.data[i * a.cols + j]!;
  return out;
}

/** The inverse of vec: a column of length r·c folded into r×c, column by column. */
export function unvec(v: Mat, rows: number, cols: number): Mat {
  const out = M.mat(rows, cols);
  for (let j = 0; j < cols; j++) for (let i = 0; i < rows; i++) out.data[i * cols + j] = v.data[j * rows + i]!;
  return out;
}

/**
 * The claim J as the map dW ↦ unvec(J vec(dW)) of F's shape: an expression the differential check
 * evaluates like any dF (value and running error bound). A J of the wrong size is a ShapeError,
 * which refutes the claim with the sizes it should have.
 */
export function jacobianMap(J: Expr, F: Expr, w: string): Expr {
  const dW = `d${w}`;
  const parts = (scope: Scope, budget = newBudget()) => {
    const d = scope[dW]!;
    const f = F.evaluate(scope, budget);
    return { d, f };
  };
  const check = (j: Mat, f: Mat, d: Mat) => {
    const [n, m] = [f.rows * f.cols, d.rows * d.cols];
    if (j.rows !== n || j.cols !== m)
      throw new ShapeError(
        `J is ${M.shapeText(j)} but the Jacobian of F (${M.shapeText(f)}) with respect to ${w} (${M.shapeText(d)}) is ${n}x${m}: d vec F = J d vec ${w}${j.rows === m && j.cols === n ? ' (a missing transpose? J is in numerator layout, one row per entry of F)' : ''}`,
      );
  };
  return {
    source: J.source,
    node: J.node,
    variables: new Set([...J.variables, dW]),
    smooth: J.smooth,
    scaled: J.scaled,
    evaluate(scope, budget = newBudget()) {
      const { d, f } = parts(scope, budget);
      const j = J.evaluate(scope, budget);
      check(j, f, d);
      return unvec(M.matmul(j, vec(d)), f.rows, f.cols);
    },
    evaluateWithBound(scope, inputErrors = {}, budget = newBudget(Infinity)) {
      const { d, f } = parts(scope, budget);
      const j = J.evaluateWithBound(scope, inputErrors, budget);
      check(j.v, f, d);
      // The direction is exact; J carries its own bound through the product (k·u·|J||v| added there).
      const r = matmulBounded(j, { v: vec(d), e: M.mat(d.rows * d.cols, 1) });
      return { v: unvec(r.v, f.rows, f.cols), e: unvec(r.e, f.rows, f.cols) };
    },
  };
}
