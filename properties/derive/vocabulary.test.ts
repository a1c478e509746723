/**
 * The vocabulary ML code is written in, through the library: one-hot rows for batch-first labels,
 * broadcasting (values, bounds, shapes, derive), dimension arguments (values, LaTeX, derive).
 */
import { describe, expect, test } from 'vitest';
import { matrixWith } from '../api/arbitraries.js';
import { deriveGradient } from './index.js';
import { evaluateWithBound } from '../engine/bounds.js';
import { InputError } from '../engine/errors.js';
import { compile } from '../engine/expr.js';
import * as M from '../engine/matrix.js';
import { toTex } from '../engine/tex.js';
import { checkIdentity } from '../api/index.js';
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
  test('two-argument max and min broadcast too (MATLAB: max(X, 0) is relu, max(X, r) against a row)', () => {
    const r = M.fromRows([[2, 5, 0]]);
    expect(at('max(X, r)', { X, r })).toEqual([
      [2, 5, 3],
      [4, 5, 6],
    ]);
    expect(at('min(X, 3)', { X })).toEqual([
      [1, 2, 3],
      [3, 3, 3],
    ]);
    const d = deriveGradient({ f: "sum(sum(max(X, b')))", wrt: 'b', shape: { X: 'mxn', b: 'n' }, seed: 1, cases: 20 });
    expect(d.verdict, d.refuted?.evidence.reason ?? d.unsupported?.message).toBe('derived');
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

describe("dimension arguments, MATLAB's one-based meaning: 1 down each column, 2 along each row", () => {
  const X = M.fromRows([
    [1, 2, 3],
    [4, 5, 6],
  ]);
  const at = (src: string) => M.toRows(compile(src, { field: 'f', known: new Set(['X']), dims: new Set() }).evaluate({ X }));
  test('values: sum and mean give a 1×n row for 1 and an m×1 column for 2; softmax and logsumexp act per column or per row', () => {
    expect(at('sum(X, 1)')).toEqual([[5, 7, 9]]);
    expect(at('sum(X, 2)')).toEqual([[6], [15]]);
    expect(at('mean(X, 1)')).toEqual([[2.5, 3.5, 4.5]]);
    expect(at('mean(X, 2)')).toEqual([[2], [5]]);
    // Each row of softmax(X, 2) sums to 1, and is the softmax of that row: the same shift in every row gives the same row.
    const rows = at('softmax(X, 2)');
    for (const r of rows) expect(r.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 15);
    expect(rows[0]).toEqual(rows[1]);
    expect(at('softmax(X, 1)')).toEqual(at('softmax(X)'));
    const lse = at('logsumexp(X, 2)');
    expect(lse.map((r) => r.length)).toEqual([1, 1]);
    expect(lse[0]![0]).toBeCloseTo(3 + Math.log(1 + Math.exp(-1) + Math.exp(-2)), 14);
  });
  test('a dimension other than 1 or 2 is an input error that names the function and the allowed values', () => {
    expect(() => at('sum(X, 3)')).toThrow(/the dimension argument of sum is 1 \(down each column\) or 2 \(along each row\), as in MATLAB/);
    expect(() => at('softmax(X, 0)')).toThrow(InputError);
  });
  test('the LaTeX says along which dimension', () => {
    expect(toTex('sum(X, 1)')).toBe('\\operatorname{sum}_{\\mathrm{col}}(\\mathbf{X})');
    expect(toTex('softmax(X, 2)')).toBe('\\operatorname{softmax}_{\\mathrm{row}}(\\mathbf{X})');
    expect(toTex('sum(X)')).toBe('\\operatorname{sum}(\\mathbf{X})');
  });
  test('derive: batch-first softmax regression (rows are samples, Y one-hot rows) gives Xᵀ(softmax(XW, 2) − Y)', () => {
    const shape = { X: 'nxd', W: 'dxk', Y: 'nxk' };
    const r = deriveGradient({ f: '-sum(sum(Y.*log(softmax(X*W,2))))', wrt: 'W', shape, assume: { Y: 'onehot-rows' }, seed: 1, cases: 20 });
    expect(r.verdict, r.refuted?.evidence.reason).toBe('derived');
    expect(r.gradient).toBe("X'*(softmax(X*W, 2) - Y)");
    // Along the columns (the samples) it is another function, with another gradient.
    const columns = deriveGradient({ f: '-sum(sum(Y.*log(softmax(X*W,1))))', wrt: 'W', shape, assume: { Y: 'onehot-rows' }, seed: 1, cases: 20 });
    expect(columns.verdict).toBe('derived');
    expect(checkIdentity({ lhs: columns.gradient!, rhs: r.gradient!, shape, assume: { Y: 'onehot-rows' }, seed: 1, cases: 20 }).verdict).toBe('refuted');
  });
  test('derive: column and row means (centring a batch), row sums and a row-wise logsumexp, each derived and verified', () => {
    const cases: [string, string, Record<string, string>, string][] = [
      ["norm(X - mean(X,1),'fro')^2", 'X', { X: 'mxn' }, '2*(X - mean(X, 1))'],
      ['norm(sum(X,2))^2', 'X', { X: 'mxn' }, "2*sum(X, 2)*ones(n)'"],
      ['sum(logsumexp(Z,2))', 'Z', { Z: 'mxn' }, 'softmax(Z, 2)'],
      ["mean(X,2)'*a", 'X', { X: 'mxn', a: 'm' }, "a*ones(n)'/n"],
    ];
    for (const [f, wrt, shape, byHand] of cases) {
      const r = deriveGradient({ f, wrt, shape, seed: 1, cases: 20 });
      expect(r.verdict, `${f}: ${r.refuted?.evidence.reason ?? r.unsupported?.message}`).toBe('derived');
      expect(checkIdentity({ lhs: r.gradient!, rhs: byHand, shape, seed: 1, cases: 20 }).verdict, `${f}: ${r.gradient} vs ${byHand}`).toBe('verified');
    }
  });
});
