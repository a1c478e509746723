/**
 * The vocabulary ML code is written in, as a user types it in `mcv` (in-process): one-hot rows
 * for batch-first labels; exit statuses and --json.
 */
import { describe, expect, test } from 'vitest';
import { json, mcv } from './inProcess.js';

describe('--assume Y=onehot-rows: batch-first labels, one sample per row', () => {
  test('each row sums to 1 (exit 0), which one-hot columns do not promise (exit 1)', async () => {
    const rowsSum = ['identity', 'Y*ones(k)', 'ones(n)', '--shape', 'Y=nxk', '--cases', '20', '--seed', '1'];
    expect((await mcv(...rowsSum, '--assume', 'Y=onehot-rows')).code).toBe(0);
    const columns = await json(...rowsSum, '--assume', 'Y=onehot');
    expect(columns.code).toBe(1);
    expect(columns.body.verdict).toBe('refuted');
  });
  test('a gradient with batch-first labels: the cross-entropy of a linear layer, classes along the rows', async () => {
    // -Σᵢ yᵢᵀ log softmax(Wxᵢ) with samples as rows of X and Y: Z = X*W' (n×k), softmax per row.
    const f = "-sum(sum(Y .* (X*W' - log(exp(X*W')*ones(k))*ones(k)')))";
    const r = await json(
      'gradient',
      f,
      '--wrt',
      'W',
      '--claim',
      "(exp(X*W') ./ (exp(X*W')*ones(k)*ones(k)') - Y)'*X",
      '--shape',
      'X=nxd',
      '--shape',
      'W=kxd',
      '--shape',
      'Y=nxk',
      '--assume',
      'Y=onehot-rows',
      '--cases',
      '20',
      '--seed',
      '1',
    );
    expect([r.code, r.body.verdict]).toEqual([0, 'verified']);
  });
  test('exit 2: onehot-rows with another assumption, or misspelt, names the fault', async () => {
    const both = await mcv('identity', 'Y', 'Y', '--shape', 'Y=nxk', '--assume', 'Y=onehot-rows,positive');
    expect([both.code, both.err]).toEqual([2, 'mcv: assumption on Y: onehot-rows rows have zero entries, so they are not positive\n']);
    const typo = await mcv('identity', 'Y', 'Y', '--shape', 'Y=nxk', '--assume', 'Y=onehot-row');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('onehot-rows');
  });
});
