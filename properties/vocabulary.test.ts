/**
 * The vocabulary ML code is written in, through the library: one-hot rows for batch-first labels,
 * broadcasting (values, bounds, shapes, derive).
 */
import { describe, expect, test } from 'vitest';
import { matrixWith } from './arbitraries/public.js';
import { deriveGradient } from './derive/index.js';
import { evaluateWithBound } from './engine/bounds.js';
import { compile } from './engine/expr.js';
import * as M from './engine/matrix.js';
import { checkIdentity } from './index.js';
import fc from 'fast-check';

describe('one-hot rows (batch-first labels)', () => {
  test('checkIdentity with assume onehot-rows: every row sums to 1, and the labels are not columns', () => {
    const q = { lhs: 'Y*ones(k)', rhs: 'ones(n)', shape: { Y: 'nxk' }, seed: 1, cases: 20 };
    expect(checkIdentity({ ...q, assume: { Y: 'onehot-rows' } }).verdict).toBe('verified');
    expect(checkIdentity({ ...q, assume: { Y: 'onehot' } }).verdict).toBe('refuted');
  });
  test('matrixWith draws them: each row a single 1', () => {
    for (const m of fc.sample(matrixWith('onehot-rows', 5, 3), { seed: 1, numRuns: 10 })) for (const row of m) expect(row.toSorted()).toEqual([0, 0, 1]);
  });
});

describe('broadcasting, as NumPy and MATLAB: a scalar, a row 1×n or a column m×1 against an m×n matrix', () => {
  const X = M.fromRows([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  const at = (src: string, scope: Record<string, M.Mat>) => M.toRows(compile(src, { field: 'f', known: new Set(Object.keys(scope)), dims: new Set() }).evaluate(scope));
  test('values: a row is added to every row, a column to every column, in + - .* ./ .^', () => {
    const r = M.fromRows([[10, 20, 30]]);
    const c = M.fromRows([[1], [2]]);
    expect(at('X + r', { X, r })).toEqual([
      [11, 22, 33],
      [14, 25, 36],
    ]);
    expect(at('c - X', { X, c })).toEqual([
      [0, -1, -2],
      [-2, -3, -4],
    ]);
    expect(at('X .* r', { X, r })).toEqual([
      [10, 40, 90],
      [40, 100, 180],
    ]);
    expect(at('X ./ c', { X, c })).toEqual([
      [1, 2, 3],
      [2, 2.5, 3],
    ]);
    expect(at('c .^ r', { c, r: M.fromRows([[1, 2, 3]]) })).toEqual([
      [1, 1, 1],
      [2, 4, 8],
    ]);
    // A column and a row make the outer sum, as in NumPy.
    expect(at('c + r', { c, r })).toEqual([
      [11, 21, 31],
      [12, 22, 32],
    ]);
  });
  test('the error bound has the broadcast shape and covers the rounding of each entry', () => {
    const r = M.fromRows([[0.1, 0.2, 0.3]]);
    const e = compile('X .* r + r', { field: 'f', known: new Set(['X', 'r']), dims: new Set() });
    const b = evaluateWithBound(e, { X, r });
    expect([b.e.rows, b.e.cols]).toEqual([2, 3]);
    // Each entry is x·r + r, two roundings of a value below 2.4: within 2u·2.4 of the exact value.
    for (const x of b.e.data) expect(x).toBeGreaterThan(0);
    expect(Math.max(...b.e.data)).toBeLessThan(8 * Number.EPSILON * 2.4);
  });
  test('sizes that do not broadcast are a shape error naming both operands', () => {
    expect(() => at('X + c', { X, c: M.fromRows([[1], [2], [3]]) })).toThrow(/cannot add `X` \(2x3\) and `c` \(3x1\); the sizes must be equal, or 1 on one side/);
  });
  test('derive: a scalar bias, centring, a row bias and a column scale, each derived and verified', () => {
    const cases: [string, string, Record<string, string>, string, Record<string, string>?][] = [
      ['norm(X*w + b - y)^2', 'b', { X: 'mxd', w: 'd', b: '1', y: 'm' }, '2*sum(X*w + b - y)'],
      ['norm(x - mean(x))^2', 'x', { x: 'n' }, '2*(x - mean(x))'],
      ["sum(sum((X + b').^2))", 'b', { X: 'mxn', b: 'n' }, "2*(X + b')'*ones(m)"],
      ['sum(sum(log(X ./ c)))', 'c', { X: 'mxn', c: 'm' }, '-n ./ c', { X: 'positive', c: 'positive' }],
    ];
    for (const [f, wrt, shape, byHand, assume] of cases) {
      const r = deriveGradient({ f, wrt, shape, assume, seed: 1, cases: 20 });
      expect(r.verdict, `${f}: ${r.refuted?.evidence.reason ?? r.unsupported?.message}`).toBe('derived');
      // Equal to the gradient worked out by hand (as an identity on random points).
      expect(checkIdentity({ lhs: r.gradient!, rhs: byHand, shape, assume, seed: 1, cases: 20 }).verdict, `${f}: ${r.gradient} vs ${byHand}`).toBe('verified');
    }
  });
});
