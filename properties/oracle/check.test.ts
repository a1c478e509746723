/** The oracle on claims of all three kinds: verdicts, shape refutations, ill-posed questions. */
import { describe, expect, test } from 'vitest';
import { checkClaim, type ClaimInput } from './check.js';
import { InputError } from '../engine/errors.js';

const seed = 20261129;
const check = (c: ClaimInput, cases = 50) => checkClaim(c, { seed, cases });
const grad = (f: string, wrt: string, claim: string, shapes: Record<string, string>, assume: Record<string, string> = {}): ClaimInput => ({
  kind: 'gradient',
  expr: f,
  claim,
  wrt: [wrt],
  shapes,
  assume,
});

describe('verdicts across kinds, non-square and symbolic shapes, and assumptions', () => {
  test('gradient of aᵀXb: verified as abᵀ, refuted as baᵀ on square X with a counterexample', () => {
    expect(check(grad("a'*X*b", 'X', "a*b'", { X: 'mxn', a: 'm', b: 'n' })).verdict).toBe('verified');
    const r = check(grad("a'*X*b", 'X', "b*a'", { X: 'nxn', a: 'n', b: 'n' }));
    expect(r.verdict).toBe('refuted');
    expect(r.counterexample!.labels).toEqual(['finite difference of f along dX', 'Tr(Gᵀ dX)']);
    expect(r.counterexample!.expected).not.toBe(r.counterexample!.actual);
  });
  test('a missing transpose on a non-square X is refuted by its shape, saying which shapes disagree', () => {
    const r = check(grad("a'*X*b", 'X', "b*a'", { X: '3x4', a: '3', b: '4' }));
    expect(r.verdict).toBe('refuted');
    expect(r.reason).toBe('G is 4x3 but X is 3x4 (a missing transpose?)');
  });
  test('a claim that cannot be evaluated is refuted, naming the product', () => {
    const r = check(grad("a'*X*b", 'X', 'a*X', { X: '3x4', a: '3', b: '4' }));
    expect(r.verdict).toBe('refuted');
    expect(r.reason).toContain('cannot multiply `a` (3x1) by `X` (3x4)');
  });
  test('logdet: inv(X)ᵀ verified for invertible X; inv(X) refuted there but verified for spd X', () => {
    expect(check(grad('logdet(X)', 'X', "inv(X)'", { X: 'nxn' }, { X: 'invertible' })).verdict).toBe('verified');
    expect(check(grad('logdet(X)', 'X', 'inv(X)', { X: 'nxn' }, { X: 'invertible' })).verdict).toBe('refuted');
    expect(check(grad('logdet(X)', 'X', 'inv(X)', { X: 'nxn' }, { X: 'spd' })).verdict).toBe('verified');
  });
  test('differential in two variables, and an identity', () => {
    const d = { kind: 'differential', expr: 'X*Y', wrt: ['X', 'Y'], shapes: { X: 'mxn', Y: 'nxp' } } as const;
    expect(check({ ...d, claim: 'dX*Y + X*dY' }).verdict).toBe('verified');
    expect(check({ ...d, claim: 'dX*Y' }).verdict).toBe('refuted');
    const i = { kind: 'identity', expr: 'trace(A*B*C)', shapes: { A: 'nxn', B: 'nxn', C: 'nxn' } } as const;
    expect(check({ ...i, claim: 'trace(B*C*A)' }).verdict).toBe('verified');
    expect(check({ ...i, claim: 'trace(A*C*B)' }).verdict).toBe('refuted');
  });
  test('the counterexample is shrunk to small sizes and simple entries', () => {
    const r = check(grad("x'*A*x", 'x', '2*A*x', { x: 'n', A: 'nxn' }), 100);
    expect(r.verdict).toBe('refuted');
    expect(r.counterexample!.dims.n).toBe(2);
    for (const v of Object.values(r.counterexample!.values).flat(2)) expect(Number.isInteger(4 * v) && Math.abs(v) <= 5).toBe(true);
  });
  test('the same seed gives the same evidence, byte for byte', () => {
    const c = grad("x'*A*x", 'x', '2*A*x', { x: 'n', A: 'nxn' });
    expect(JSON.stringify(check(c))).toBe(JSON.stringify(check(c)));
  });
  test('a perturbation of 1e-9 relative is refuted (far sharper than rtol 1e-3)', () => {
    expect(check(grad("norm(X*t - y,'fro')^2", 't', "(1 + 1e-9)*2*X'*(X*t - y)", { X: 'mxd', t: 'd', y: 'm' })).verdict).toBe('refuted');
  });
  test('no false alarm on an ill-conditioned point (condition number 1e6) or at scales 1e-6 and 1e6', () => {
    const c = grad('logdet(X)', 'X', "inv(X)'", { X: 'nxn' }, { X: 'invertible' });
    expect(checkClaim(c, { seed, cases: 50, point: { condition: 1e6 } }).verdict).toBe('verified');
    const q = grad("x'*A*x", 'x', "(A' + A)*x", { x: 'n', A: 'nxn' });
    for (const scale of [1e-6, 1e6]) expect(checkClaim(q, { seed, cases: 50, point: { scale } }).verdict).toBe('verified');
  });
});

describe('ill-posed questions are bad input, with a message naming the fault', () => {
  const bad = (c: ClaimInput) => {
    try {
      check(c);
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as Error).message;
    }
    throw new Error('no error');
  };
  test('f is not scalar', () => {
    expect(bad(grad('A*x', 'x', 'A', { A: 'mxn', x: 'n' }))).toContain('not a scalar');
  });
  test('f cannot be evaluated for the declared shapes', () => {
    expect(bad(grad("x'*A*x", 'x', 'x', { A: 'mxn', x: 'n' }))).toMatch(/f cannot be evaluated for the declared shapes .*cannot multiply/);
  });
  test('--wrt names no variable', () => {
    expect(bad(grad("x'*x", 'y', 'x', { x: 'n' }))).toContain('--wrt y names no variable; the variables are x');
  });
  test('an assumption that cannot hold for the shape', () => {
    expect(bad(grad('trace(X)', 'X', 'eye(3,4)', { X: '3x4' }, { X: 'spd' }))).toContain('spd cannot hold for the shape 3x4');
  });
  test('most cases not finite: suggests an assumption', () => {
    expect(bad(grad('sum(log(X))', 'X', '1 ./ X', { X: 'mxn' }))).toContain('add an assumption such as');
  });
  test('a variable and a dimension letter with the same name', () => {
    expect(bad(grad("n'*x", 'x', 'n', { x: 'n', n: 'n' }))).toContain('both a variable and a dimension letter');
  });
});

describe('the constants e and pi are not variables', () => {
  test('a --shape or --assume naming e or pi says it is the constant, instead of reading the variable as 2.718… in silence', () => {
    const call = (shapes: Record<string, string>, assume: Record<string, string>) => () => check(grad('sum(log(x + e))', 'x', 'ones(n) ./ (x + e)', { x: 'n', ...shapes }, assume));
    expect(call({ e: '1' }, {})).toThrow(InputError);
    expect(call({ e: '1' }, {})).toThrow(/"e" is the constant e = 2\.718282… .*another name \(e\.g\. eps\)/);
    expect(call({}, { e: 'positive' })).toThrow(/"e" is the constant e/);
    expect(() => check(grad('pi*x', 'x', 'pi', { x: '1', pi: '1' }))).toThrow(/"pi" is the constant pi = 3\.141593…/);
    expect(call({}, {}).call(null).verdict).toBe('verified');
  });
});

describe('a check that runs out of time never answers verified', () => {
  test('the time limit reached inside an evaluation is a time-out, not a verdict on the cases done so far', () => {
    // 200×200 products: the deadline falls inside an evaluation (which then gives up), between two
    // cases, or in the first probe; each is an InputError, never a verified verdict on fewer cases.
    for (const timeLimitMs of [150, 300, 600]) {
      const run = () => checkClaim({ kind: 'gradient', expr: 'trace(X*X*X)', claim: "3*(X*X)'", wrt: ['X'], shapes: { X: '200x200' } }, { seed, cases: 1000, timeLimitMs });
      expect(run, `time limit ${timeLimitMs} ms`).toThrow(InputError);
    }
  });
});
