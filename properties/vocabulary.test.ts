/**
 * The vocabulary ML code is written in, through the library: one-hot rows for batch-first labels.
 */
import { describe, expect, test } from 'vitest';
import { matrixWith } from './arbitraries/public.js';
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
