/**
 * `mcv derive --emit numpy|torch|jax|ts` as a user runs it (in-process): the file on stdout and exit
 * 0 when derived (a Jacobian for a vector or matrix F), exit 2 for a bad target or an F without a Jacobian, exit 3 (nothing on stdout) when f
 * cannot be differentiated, `--json` with `target` and `code`, and the NumPy file imported and
 * called by python3 where NumPy is installed (properties/emit/emit.test.ts runs every catalogue
 * problem; this is the command as typed).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { json, mcv } from './inProcess.js';

const leastSquares = ['derive', "norm(X*theta - y,'fro')^2", '--wrt', 'theta', '--shape', 'X=mxd', '--shape', 'theta=d', '--shape', 'y=m', '--cases', '10', '--seed', '1'];
const numpy = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;

describe('mcv derive --emit', () => {
  test('numpy: one file with f, gradient and value_and_gradient, keyword parameters named as the variables, the shapes in the docstrings', async () => {
    const r = await mcv(...leastSquares, '--emit', 'numpy');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('import numpy as np');
    expect(r.out).toContain('def f(*, X, theta, y):');
    expect(r.out).toContain('def gradient(*, X, theta, y):');
    expect(r.out).toContain('def value_and_gradient(*, X, theta, y):');
    expect(r.out).toContain('X: a 2-D array m×d');
    expect(r.out).toContain('theta: a 1-D array of d');
    // X*theta - y occurs in f and in G: computed once, as a temporary, where both are computed.
    expect(r.out).toContain('    return 2 * X.T @ (X @ theta - y)\n');
    expect(r.out).toContain('    t1 = X @ theta - y\n    return float(np.linalg.norm(t1) ** 2), 2 * X.T @ t1\n');
    expect(r.out).toContain('--seed 1 --emit numpy');
  });

  (numpy ? test : test.skip)('numpy: the file as typed, imported by python3 and called with lists, gives f and the gradient 2Xᵀ(Xθ − y)', async () => {
    const r = await mcv(...leastSquares, '--emit', 'numpy');
    const dir = mkdtempSync(join(tmpdir(), 'mcv-emit-cli-'));
    writeFileSync(join(dir, 'ls.py'), r.out);
    const py = spawnSync('python3', ['-c', 'import json, ls; v = dict(X=[[1, 2], [3, 4], [5, 6]], theta=[1, -1], y=[0, 1, 2]); print(json.dumps([ls.f(**v), ls.gradient(**v).tolist()]))'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(py.stderr).toBe('');
    // Xθ − y = (−1, −2, −3): f = 14, G = 2Xᵀ(−1, −2, −3) = (−44, −56).
    expect(JSON.parse(py.stdout)).toEqual([14, [-44, -56]]);
  });
  if (!numpy) test('NumPy: not installed, so the emitted numpy file of the command was not run (apt-get install python3-numpy)', () => expect(numpy).toBe(false));

  test('ts: exported f and gradient taking the variables as checkFunctionGradient does, typed', async () => {
    const r = await mcv(...leastSquares, '--emit', 'ts');
    expect(r.code).toBe(0);
    expect(r.out).toContain('export interface Variables {');
    expect(r.out).toContain('export function f(variables: Variables): number {');
    expect(r.out).toContain('export function gradient(variables: Variables): number[] {');
    expect(r.out).toContain('function _mv(A: number[][], x: number[]): number[]');
  });

  test('--hessian adds hessian(...); torch takes the inputs as float64 tensors', async () => {
    const r = await mcv(...leastSquares, '--hessian', '--emit', 'torch');
    expect(r.code).toBe(0);
    expect(r.out).toContain('import torch');
    expect(r.out).toContain('def hessian(*, X, theta, y):');
    expect(r.out).toContain('torch.as_tensor(X, dtype=torch.float64)');
  });

  test('--json adds target and code to the derivation', async () => {
    const { code, body } = await json(...leastSquares, '--emit', 'jax');
    expect(code).toBe(0);
    expect(body).toMatchObject({ verdict: 'derived', gradient: "2*X'*(X*theta - y)", target: 'jax' });
    expect(body.code).toContain('import jax.numpy as jnp');
  });

  test('an f starting with - needs no --, as in the other commands: --emit takes its value first', async () => {
    const r = await mcv('derive', "-y'*log(softmax(z))", '--wrt', 'z', '--shape', 'z=k', '--shape', 'y=k', '--cases', '5', '--seed', '1', '--emit', 'ts');
    expect(r.code).toBe(0);
    expect(r.out).toContain('export function gradient(variables: Variables): number[] {');
  });

  test('without --shape: the file uses the shapes derive inferred (and says them)', async () => {
    const r = await mcv('derive', 'norm(X*w - y)^2', '--wrt', 'w', '--cases', '5', '--seed', '1', '--emit', 'numpy');
    expect(r.code).toBe(0);
    expect(r.out).toContain('shapes: X m×n, w n, y m');
    expect(r.out).toContain('def gradient(*, X, w, y):');
  });

  test('a variable named as a Python keyword: exit 2 for a Python target, naming it', async () => {
    const r = await mcv('derive', "lambda*x'*x", '--wrt', 'x', '--shape', 'x=n', '--shape', 'lambda=1', '--cases', '5', '--seed', '1', '--emit', 'numpy');
    expect(r.code).toBe(2);
    expect(r.err).toBe('mcv: --emit numpy: the variable name "lambda" is taken in Python (a keyword or the library\'s name); rename the variable\n');
  });

  test('a target that does not exist: exit 2, naming the targets', async () => {
    const r = await mcv(...leastSquares, '--emit', 'julia');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe('mcv: --emit julia: not a target; write one of numpy | torch | jax | ts\n');
  });

  test('several variables in --wrt: exit 2 before deriving, saying --emit takes one at a time and giving each command', async () => {
    const r = await mcv('derive', 'trace(X*Y)', '--wrt', 'X,Y', '--shape', 'X=mxn', '--assume', 'X=positive', '--emit', 'numpy');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'mcv: --emit writes the code for one variable at a time, and --wrt X,Y names 2: run it once per variable, mcv derive "trace(X*Y)" --wrt X --shape X=mxn --assume X=positive --emit numpy and mcv derive "trace(X*Y)" --wrt Y --shape X=mxn --assume X=positive --emit numpy (without --emit, one derivation gives both gradients)\n',
    );
    // Each command it gives emits a file.
    const x = await mcv('derive', 'trace(X*Y)', '--wrt', 'X', '--shape', 'X=mxn', '--assume', 'X=positive', '--cases', '5', '--seed', '1', '--emit', 'numpy');
    expect(x.code).toBe(0);
    expect(x.out).toContain('def gradient(*, X, Y):');
  });

  test('a vector or matrix F: F, its Jacobian and both together, where derive reads J off', async () => {
    const r = await mcv('derive', 'inv(X)', '--wrt', 'X', '--shape', 'X=nxn', '--assume', 'X=invertible', '--cases', '5', '--seed', '1', '--emit', 'numpy');
    expect(r.code).toBe(0);
    expect(r.out).toContain('def jacobian(*, X):');
    expect(r.out).toContain('def value_and_jacobian(*, X):');
    expect(r.out).toContain("d vec F = J d vec X (vec F is F.reshape(-1, order='F'))");
  });

  test('a matrix F whose Jacobian has no closed form: exit 2, saying why there is no code', async () => {
    const r = await mcv('derive', 'X .* X', '--wrt', 'X', '--shape', 'X=mxn', '--cases', '5', '--seed', '1', '--emit', 'ts');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^mcv: --emit: X \.\* X is not a scalar and no Jacobian was read off its differential \(.*\), so there is no code to emit\n$/);
  });

  test('f that cannot be differentiated: exit 3, nothing on stdout, the reason on stderr', async () => {
    const r = await mcv('derive', "(x'*x)^(x'*x)", '--wrt', 'x', '--shape', 'x=n', '--emit', 'ts');
    expect(r.code).toBe(3);
    expect(r.out).toBe('');
    expect(r.err).toContain('unsupported: pow');
    expect(r.err).toContain('no code emitted');
  });
});
