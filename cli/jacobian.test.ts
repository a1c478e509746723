/**
 * Issue 21: shapes inferred in every command, and Jacobians — read off by `mcv derive` for a
 * vector or matrix F and verified as Jacobian claims, and checked by `mcv jacobian` (exit codes,
 * --json) and the library's checkJacobian.
 */
import { describe, expect, test } from 'vitest';
import { deriveGradient } from '../properties/derive/index.js';
import { checkJacobian, checkGradient, InputError } from '../properties/api/index.js';
import { json, mcv } from './inProcess.js';

describe('mcv derive reads off the Jacobian of a vector F of a vector x (dF = J dx), verified', () => {
  test.each([
    ['softmax(x)', "diag(softmax(x)) - softmax(x)*softmax(x)'"],
    ['A*x', 'A'],
    ['x.*x', '2*diag(x)'],
    ['tanh(W*x + b)', 'diag(1 - square(tanh(W*x + b)))*W'],
    ['x/norm(x)', "(eye(n) - x/norm(x)^2*x')/norm(x)"],
  ])('%s', (f, J) => {
    const r = deriveGradient({ f, wrt: 'x', seed: 1, cases: 30 });
    expect(r.verdict).toBe('derived');
    expect(r.kind).toBe('differential');
    expect(r.jacobian).toBe(J);
    expect(r.jacobianLatex).toBeTruthy();
    // And independently of the derivation: the oracle holds J as a Jacobian claim at a fresh seed.
    expect(checkJacobian({ F: f, wrt: 'x', claim: J, seed: 7, cases: 50 }).verdict).toBe('verified');
  });
});

describe('a matrix F of a matrix X: d vec F = J d vec X as a sum of Kronecker products', () => {
  test.each([
    ['A*X*B', "kron(B', A)"],
    ['inv(X)', "-kron(inv(X)', inv(X))"],
    ['X*X', "kron(X', eye(n)) + kron(eye(n), X)"],
    ["x*x'", 'kron(x, eye(n)) + kron(eye(n), x)'],
  ])('%s', (f, J) => {
    const wrt = /X/.test(f) ? 'X' : 'x';
    const r = deriveGradient({ f, wrt, seed: 1, cases: 30 });
    expect(r.verdict).toBe('derived');
    expect(r.jacobian).toBe(J);
  });
  test('where dX sits inside .* there is no closed form in the syntax: the differential stands, and says why', () => {
    const r = deriveGradient({ f: 'exp(X)', wrt: 'X', seed: 1, cases: 20 });
    expect(r.verdict).toBe('derived');
    expect(r.jacobian).toBeUndefined();
    expect(r.noJacobian).toMatch(/not of the form A dX B/);
  });
});

describe('a scalar variable, or a number made of dW inside a product: read off and verified', () => {
  // Each was refuted by derive's own check of J (a read-off bug): da*X was read as a 1×1 matrix in a
  // product, and zᵀdx in (zᵀdx)*X was split so that its neighbours no longer multiplied.
  test.each([
    ['a*X', 'a', {}, '(kron(ones(n), X) .* kron(eye(n), ones(m)))*ones(n)'],
    ['a^2*X + B', 'a', {}, '(kron(ones(n), 2*a*X) .* kron(eye(n), ones(m)))*ones(n)'],
    ["exp(a)*X'", 'a', {}, "(kron(ones(m), exp(a)*X') .* kron(eye(m), ones(n)))*ones(m)"],
    ['sin(a)*A*B', 'a', {}, '(kron(ones(k), cos(a)*A*B) .* kron(eye(k), ones(m)))*ones(k)'],
    ['a*r', 'a', { a: '1', r: '1xn' }, "r'"],
    ['exp(a*X)', 'a', {}, '(kron(ones(n), exp(a*X) .* X) .* kron(eye(n), ones(m)))*ones(n)'],
    ["X*(x'*z)", 'x', { X: 'mxp', x: 'n', z: 'n' }, "(kron(ones(p), X) .* kron(eye(p), ones(m)))*ones(p)*z'"],
    ['norm(x)*X', 'x', { x: 'n', X: 'mxp' }, "(kron(ones(p), X) .* kron(eye(p), ones(m)))*ones(p)*(x'/norm(x))"],
    ["A*x*(z'*x)", 'x', { A: 'mxn', x: 'n', z: 'n' }, "z'*x*A + A*x*z'"],
    ["(x'*W*y)*B", 'W', { W: 'nxp', x: 'n', y: 'p', B: 'mxq' }, "(kron(ones(q), B) .* kron(eye(q), ones(m)))*ones(q)*kron(y', x')"],
    // A number linear in dW that is no product (sum(dx), trace(dX)): its row read off by the trace rules.
    ['sum(x)*B', 'x', { x: 'n', B: 'mxp' }, '(kron(ones(p), B) .* kron(eye(p), ones(m)))*ones(p, n)'],
    ['trace(X)*Y', 'X', { X: 'nxn', Y: 'mxp' }, "(kron(ones(p), Y) .* kron(eye(p), ones(m)))*ones(p, n)*(kron(ones(n), eye(n)) .* kron(eye(n), ones(n)))'"],
  ] as const)('%s by %s', (f, wrt, shape, J) => {
    const r = deriveGradient({ f, wrt, shape, seed: 1, cases: 30 });
    expect(r.verdict, r.refuted?.evidence.reason).toBe('derived');
    expect(r.jacobian).toBe(J);
    // And independently of the derivation: the oracle holds J as a Jacobian claim at a fresh seed.
    expect(checkJacobian({ F: f, wrt, shape: { ...r.shapes, ...shape }, claim: J, seed: 7, cases: 50 }).verdict).toBe('verified');
  });
});

describe('mcv jacobian', () => {
  test('exit 0 verified, with the shapes inferred and printed', async () => {
    const r = await mcv('jacobian', 'softmax(x)', '--wrt', 'x', '--claim', "diag(softmax(x)) - softmax(x)*softmax(x)'", '--seed', '1', '--cases', '30');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^shapes: x=n \(inferred from use; --shape sets them\)\nverified: d vec F = J d vec x held in 30 random cases .*; seed 1\n$/);
  });
  test('exit 1 refuted: a transposed J is named as such, and the derived Jacobian is offered', async () => {
    const r = await mcv('jacobian', 'A*x', '--wrt', 'x', '--claim', "A'", '--seed', '1');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/J is 3x2 but the Jacobian of F \(2x1\) with respect to x \(3x1\) is 2x3: d vec F = J d vec x \(a missing transpose\?/);
    expect(r.out).toContain('derived Jacobian: A\n');
    expect(r.out).toContain('reproduce: mcv jacobian "A*x" --wrt x --claim "A\'" --seed 1');
  });
  test('exit 1: kron(A, Bᵀ) for A X B is refuted numerically (the right sizes, the wrong matrix)', async () => {
    const { code, body } = await json('jacobian', 'A*X*B', '--wrt', 'X', '--claim', "kron(A, B')", '--seed', '1');
    expect(code).toBe(1);
    expect(body).toMatchObject({ verdict: 'refuted', shapes: { A: 'mxn', X: 'nxk', B: 'kxp' }, derived: { jacobian: "kron(B', A)" } });
  });
  test('given shapes win, and the JSON then has no shapes field', async () => {
    const { code, body } = await json('jacobian', 'A*x', '--wrt', 'x', '--claim', 'A', '--shape', 'A=3x4', '--shape', 'x=4', '--seed', '1', '--cases', '20');
    expect(code).toBe(0);
    expect(body.shapes).toBeUndefined();
  });
  test('exit 2: bad input names the fault', async () => {
    expect((await mcv('jacobian', 'A*x', '--wrt', 'y', '--claim', 'A')).err).toMatch(/--wrt y names no variable; the variables are A, x/);
    expect((await mcv('jacobian', 'A*x', '--wrt', 'x,A', '--claim', 'A')).err).toMatch(/a Jacobian is taken with respect to one variable/);
    // A claim that fits no reading cannot choose between them (J = alpha would: x a scalar, alpha a column).
    const amb = await json('jacobian', 'x*alpha', '--wrt', 'x', '--claim', '0');
    expect(amb.code).toBe(2);
    expect(amb.body.error).toMatch(/the shapes are ambiguous: x could be a column \(x=n\) or a scalar \(x=1\)/);
  });
  test('mcv derive --json gives jacobian and its LaTeX', async () => {
    const { code, body } = await json('derive', 'A*X*B', '--wrt', 'X', '--seed', '1', '--cases', '20');
    expect(code).toBe(0);
    expect(body).toMatchObject({ verdict: 'derived', kind: 'differential', differential: 'A*dX*B', jacobian: "kron(B', A)", jacobianLatex: '\\mathbf{B}^\\top \\otimes \\mathbf{A}' });
  });
});

describe('--shape optional in every command', () => {
  test.each([
    [['gradient', "a'*X*b", '--wrt', 'X', '--claim', "a*b'"], 0, 'a=m, X=mxn, b=n'],
    [['gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x'], 1, 'x=n, A=nxn'],
    [['differential', 'inv(X)', '--wrt', 'X', '--claim', '-inv(X)*dX*inv(X)', '--assume', 'X=invertible'], 0, 'X=nxn'],
    [['identity', 'trace(X*Y)', 'trace(Y*X)'], 0, 'X=mxn, Y=nxm'],
    [['hessian', "x'*A*x", '--wrt', 'x', '--claim', "A + A'"], 0, 'x=n, A=nxn'],
    [['hessian', 'logdet(X)', '--wrt', 'X', '--claim', "-(inv(X)*dX*inv(X))'", '--assume', 'X=invertible'], 0, 'X=nxn'],
    [['derive', "x'*A*x", '--wrt', 'x', '--hessian'], 0, 'x=n, A=nxn'],
  ])('mcv %j', async (args, code, shapes) => {
    const r = await mcv(...(args as string[]), '--seed', '1', '--cases', '20');
    expect(r.code).toBe(code);
    expect(r.out.split('\n')[0]).toBe(`shapes: ${shapes} (inferred from use; --shape sets them)`);
    const j = await json(...(args as string[]), '--seed', '1', '--cases', '20');
    expect(
      Object.entries(j.body.shapes as Record<string, string>)
        .map(([k, v]) => `${k}=${v}`)
        .join(', '),
    ).toBe(shapes);
  });
  test('a partial --shape list is completed with its letters', async () => {
    const { body } = await json('gradient', "norm(X*theta - y,'fro')^2", '--wrt', 'theta', '--claim', "2*X'*(X*theta - y)", '--shape', 'X=mxd', '--seed', '1', '--cases', '20');
    expect(body).toMatchObject({ verdict: 'verified', shapes: { X: 'mxd', theta: 'd', y: 'm' } });
  });
  test('the library takes no shape too, and throws an InputError on an ambiguity', () => {
    expect(checkGradient({ f: "norm(X*theta - y,'fro')^2", wrt: 'theta', claim: "2*X'*(X*theta - y)", seed: 1, cases: 20 })).toMatchObject({
      verdict: 'verified',
      shapes: { X: 'mxn', theta: 'n', y: 'm' },
    });
    expect(() => checkJacobian({ F: 'x*alpha', wrt: 'x', claim: '0' })).toThrow(InputError);
    expect(checkJacobian({ F: 'x*alpha', wrt: 'x', claim: 'alpha', seed: 1, cases: 20 })).toMatchObject({ verdict: 'verified', shapes: { x: '1', alpha: 'n' } });
  });
});
