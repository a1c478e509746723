/**
 * Shape inference (engine/infer.ts): the shapes a reader of the textbook would write, from use
 * alone; a given --shape winning; a real ambiguity or an inconsistency named as bad input.
 */
import { describe, expect, test } from 'vitest';
import { inferShapes, type InferInput } from './infer.js';

const infer = (f: string, more: Partial<InferInput> = {}) => inferShapes({ f, given: {}, ...more }).shapes;
const gradient = (f: string, wrt: string, claim?: string, given: Record<string, string> = {}) =>
  inferShapes({ f, wrt: [wrt], fScalar: true, given, ...(claim ? { claims: [{ text: claim, field: 'claim', relation: { like: wrt } }] } : {}) });

describe('the textbook convention, decided by use', () => {
  test.each([
    ["norm(X*theta - y,'fro')^2", 'theta', { X: 'mxn', theta: 'n', y: 'm' }],
    ["x'*A*x", 'x', { x: 'n', A: 'nxn' }],
    ["a'*X*b", 'X', { a: 'm', X: 'mxn', b: 'n' }],
    ["-y'*log(softmax(W*x))", 'W', { y: 'm', W: 'mxn', x: 'n' }],
    ['trace(A*X*B)', 'X', { A: 'mxn', X: 'nxk', B: 'kxm' }],
    ['logdet(X)', 'X', { X: 'nxn' }],
    ['lambda*norm(w)^2 + norm(X*w - y)^2', 'w', { lambda: '1', w: 'n', X: 'mxn', y: 'm' }],
    ['trace(kron(A, B))', 'A', { A: 'mxm', B: 'nxn' }],
    ['sum(diag(X))', 'X', { X: 'nxn' }],
    ["ones(n)'*x", 'x', { x: 'n' }],
    ["x'*inv(S)*x", 'S', { x: 'n', S: 'nxn' }],
    ['det(X)^2', 'X', { X: 'nxn' }],
  ])('%s (wrt %s)', (f, wrt, want) => {
    expect(gradient(f, wrt).shapes).toEqual(want);
  });
  test('a square assumption makes a lowercase name a square matrix, not a column', () => {
    expect(infer('trace(s)', { wrt: ['s'], fScalar: true, assume: { s: 'spd' } })).toEqual({ s: 'nxn' });
  });
  test('dimension letters are never variable names, and x is never a letter', () => {
    const s = gradient("m'*M*q", 'M').shapes;
    expect(s).toEqual({ m: 'n', M: 'nxk', q: 'k' });
  });
});

describe('the claim as well as f', () => {
  test('a claim of the wrong shape does not change what f says: the check refutes it', () => {
    expect(gradient("x'*A*x", 'x', '2*A').shapes).toEqual({ x: 'n', A: 'nxn' });
  });
  test('a claim never ties sizes f leaves free (a claim right only for square matrices would pass)', () => {
    expect(inferShapes({ f: 'A*x', wrt: ['x'], given: {}, claims: [{ text: "A'", field: 'claim', relation: { jacobianOf: 'x' } }] }).shapes).toEqual({ A: 'mxn', x: 'n' });
  });
  test('symbols only the claim uses get their shapes from it', () => {
    expect(inferShapes({ f: 'trace(X)', given: {}, fField: 'lhs', claims: [{ text: "trace(X')", field: 'rhs', relation: 'f' }] }).shapes).toEqual({ X: 'nxn' });
    expect(inferShapes({ f: 'sum(X)', given: {}, fField: 'lhs', claims: [{ text: "ones(m)'*X*ones(n) + 0*Y", field: 'rhs', relation: 'f' }] }).shapes).toMatchObject({ X: 'mxn' });
  });
  test("the Jacobian of A*X*B with respect to X is (m·p)×(n·k), and kron(B', A) fits without tying a size", () => {
    const r = inferShapes({ f: 'A*X*B', wrt: ['X'], given: {}, claims: [{ text: "kron(B', A)", field: 'claim', relation: { jacobianOf: 'X' } }] });
    expect(r.shapes).toEqual({ A: 'mxn', X: 'nxk', B: 'kxp' });
  });
});

describe('a given --shape always wins; partial lists are completed', () => {
  test('the others are completed around it, with its letters', () => {
    expect(gradient("norm(X*theta - y,'fro')^2", 'theta', undefined, { X: 'mxd' }).shapes).toEqual({ X: 'mxd', theta: 'd', y: 'm' });
    expect(gradient("a'*X*b", 'X', undefined, { X: '3x4' }).shapes).toEqual({ X: '3x4', a: '3', b: '4' });
  });
  test('nothing is inferred when everything is given', () => {
    expect(gradient("x'*A*x", 'x', undefined, { x: 'n', A: 'nxn' })).toEqual({ shapes: { x: 'n', A: 'nxn' }, inferred: [] });
  });
  test('a given scalar factor stays a scalar', () => {
    expect(gradient('c*norm(x)^2', 'x', undefined, { c: '1' }).shapes).toEqual({ c: '1', x: 'n' });
  });
});

describe('derive: a scalar f where only scalar factors decide it, else a matrix F', () => {
  test.each([
    ['lambda*norm(w)^2', 'w', { lambda: '1', w: 'n' }],
    ['softmax(x)', 'x', { x: 'n' }],
    ['A*x', 'x', { A: 'mxn', x: 'n' }],
    ['tanh(W*x + b)', 'x', { W: 'mxn', x: 'n', b: 'm' }],
    ['x/norm(x)', 'x', { x: 'n' }],
    ['inv(X)', 'X', { X: 'nxn' }],
  ])('%s', (f, wrt, want) => {
    expect(infer(f, { wrt: [wrt], fScalar: 'prefer' })).toEqual(want);
  });
});

describe('a real ambiguity or an inconsistency is bad input naming the symbol', () => {
  test('x*alpha: which is the scalar?', () => {
    expect(() => infer('x*alpha', { wrt: ['x'] })).toThrow(
      /the shapes are ambiguous: x could be a column \(x=n\) or a scalar \(x=1\); alpha could be a scalar \(alpha=1\) or a column \(alpha=n\)\. Say which with --shape, e\.g\. --shape x=n/,
    );
  });
  test('shapes given that no reading of the others fits', () => {
    expect(() => gradient("a'*X*c", 'X', undefined, { X: '3x4', a: '4' })).toThrow(/f: no shapes of c fit how f uses them with the shapes given \(.*a'.*X.*\)/);
  });
  test('a size only kron can name', () => {
    expect(() => infer('kron(A, B)*x', { wrt: ['x'] })).toThrow(/x would be .*\*.* \(a size that is a product, from kron\)/);
  });
  test('an expression that does not parse is left to the compiler, which names the position', () => {
    expect(infer("a'*X*b)")).toEqual({});
  });
});
