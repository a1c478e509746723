/**
 * The vocabulary ML code is written in, as a user types it in `mcv` (in-process): one-hot rows
 * for batch-first labels, broadcasting; exit statuses and --json.
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

describe('broadcasting: a scalar, a row or a column against a matrix, as NumPy and MATLAB', () => {
  test('mcv derive: a scalar bias and centring derive and verify (exit 0), with --json', async () => {
    const bias = await json('derive', 'norm(X*w + b - y)^2', '--wrt', 'b', '--shape', 'X=mxd', '--shape', 'w=d', '--shape', 'b=1', '--shape', 'y=m', '--cases', '20', '--seed', '1');
    expect(bias).toMatchObject({ code: 0, body: { verdict: 'derived', kind: 'gradient', gradient: '2*sum(X*w + b - y)' } });
    const centring = await mcv('derive', 'norm(x - mean(x))^2', '--wrt', 'x', '--shape', 'x=n', '--cases', '20', '--seed', '1');
    expect(centring.code).toBe(0);
    expect(centring.out).toContain('derived: every line and G (as a gradient claim) verified in 20 random cases each; seed 1');
  });
  test('mcv gradient with a row bias: verified (exit 0); the bias gradient of the wrong shape refuted (exit 1)', async () => {
    const row = ['gradient', "sum(sum((X + b').^2))", '--wrt', 'b', '--shape', 'X=mxn', '--shape', 'b=n', '--cases', '20', '--seed', '1'];
    expect((await mcv(...row, '--claim', "2*(X + b')'*ones(m)")).code).toBe(0);
    const wrong = await json(...row, '--claim', "2*(X + b')");
    expect(wrong.code).toBe(1);
    expect(wrong.body.reason).toBe('G is 2x3 but b is 3x1 at m=2, n=3');
  });
  test('exit 2: sizes that do not broadcast, named with both operands', async () => {
    const r = await mcv('identity', 'X + b', 'X', '--shape', 'X=mxn', '--shape', 'b=k');
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot add `X` (3x4) and `b` (2x1); the sizes must be equal, or 1 on one side (a scalar, a row 1xn or a column mx1 is broadcast against an mxn matrix)');
  });
});

describe("dimension arguments, MATLAB's: 1 down each column, 2 along each row", () => {
  const batch = ['derive', '-sum(sum(Y.*log(softmax(X*W,2))))', '--wrt', 'W', '--shape', 'X=nxd', '--shape', 'W=dxk', '--shape', 'Y=nxk', '--assume', 'Y=onehot-rows', '--cases', '20', '--seed', '1'];
  test('batch-first softmax regression derives Xᵀ(softmax(XW, 2) − Y) (exit 0); the lines say row by row', async () => {
    const r = await mcv(...batch);
    expect(r.code).toBe(0);
    expect(r.out).toContain("   f = -sum(sum(Y .* (X*W - logsumexp(X*W, 2)*ones(k)')))");
    expect(r.out).toContain('Row by row: d logsumexp(z) = softmax(z)ᵀdz for each row.');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe("G = X'*(softmax(X*W, 2) - Y)");
  });
  test('--json: the gradient, and its LaTeX says along which dimension (softmax_row)', async () => {
    const { code, body } = await json(...batch);
    expect(code).toBe(0);
    expect(body).toMatchObject({ verdict: 'derived', gradient: "X'*(softmax(X*W, 2) - Y)" });
    expect(body.latex).toBe('\\mathbf{X}^\\top (\\operatorname{softmax}_{\\mathrm{row}}(\\mathbf{X} \\mathbf{W}) - \\mathbf{Y})');
  });
  test('mcv identity: sum(X,1) is the row of column sums, sum(X,2) the column of row sums (exit 0); swapped, refuted by shape (exit 1)', async () => {
    expect((await mcv('identity', 'sum(X,1)', "ones(m)'*X", '--shape', 'X=mxn', '--cases', '20', '--seed', '1')).code).toBe(0);
    expect((await mcv('identity', 'mean(X,2)', 'X*ones(n)/n', '--shape', 'X=mxn', '--cases', '20', '--seed', '1')).code).toBe(0);
    const swapped = await json('identity', 'sum(X,1)', 'X*ones(n)', '--shape', 'X=mxn', '--cases', '20', '--seed', '1');
    expect([swapped.code, swapped.body.verdict]).toEqual([1, 'refuted']);
  });
  test('exit 2: a dimension other than 1 or 2, naming the function and what it takes', async () => {
    const r = await mcv('identity', 'softmax(X,3)', 'X', '--shape', 'X=mxn');
    expect(r.code).toBe(2);
    expect(r.err).toContain('the dimension argument of softmax is 1 (down each column) or 2 (along each row), as in MATLAB');
  });
});
