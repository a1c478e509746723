/**
 * The Jacobian as a differential claim (properties/oracle/jacobian.ts): vec stacks the columns, so that
 * d vec(A X B) = (Bᵀ ⊗ A) d vec X holds and its row-stacking twin does not; a J of the wrong size is
 * refuted naming the size it should have; the edge shapes (a scalar F, a scalar variable) work.
 */
import { describe, expect, test } from 'vitest';
import * as M from '../engine/matrix.js';
import { checkJacobian } from '../api/index.js';
import { unvec, vec } from './jacobian.js';

describe('vec and unvec', () => {
  test('vec stacks the columns, and unvec folds them back', () => {
    const A = M.fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    expect([...vec(A).data]).toEqual([1, 4, 2, 5, 3, 6]);
    expect(M.toRows(unvec(vec(A), 2, 3))).toEqual(M.toRows(A));
  });
});

describe('Jacobian claims at the edges', () => {
  test("a scalar F: J is the gradient as a row (x'*x gives 2*x')", () => {
    expect(checkJacobian({ F: "x'*x", wrt: 'x', claim: "2*x'", seed: 1, cases: 30 }).verdict).toBe('verified');
    expect(checkJacobian({ F: "x'*x", wrt: 'x', claim: '2*x', seed: 1, cases: 30 }).reason).toMatch(/J is \d+x1 but the Jacobian of F \(1x1\) with respect to x \(\d+x1\) is 1x\d+/);
  });
  test('a scalar variable: J is a column (x*t for a scalar t gives x)', () => {
    expect(checkJacobian({ F: 'x*t', wrt: 't', claim: 'x', shape: { x: 'n', t: '1' }, seed: 1, cases: 30 }).verdict).toBe('verified');
  });
  test('the row-stacking Kronecker form is refuted numerically, with the right sizes', () => {
    const ev = checkJacobian({ F: 'A*X*B', wrt: 'X', claim: "kron(A, B')", shape: { A: '2x3', X: '3x4', B: '4x2' }, seed: 1, cases: 30 });
    expect(ev.verdict).toBe('refuted');
    expect(ev.reason).toMatch(/^along dX, the finite difference of F is .* but dF is/);
  });
});
