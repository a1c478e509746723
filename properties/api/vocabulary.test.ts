/**
 * Issue 18's vocabulary through the library (`properties/api/index.ts`, the package's entry):
 * `deriveGradient` with several variables, and `checkGradient` on broadcasting, dimension
 * arguments and one-hot rows, each with a right claim verified and a classic wrong one refuted.
 */
import { describe, expect, test } from 'vitest';
import { checkGradient, checkIdentity, deriveGradient } from './index.js';

const cases = 30;

describe('deriveGradient with several variables: one gradient each, each verified', () => {
  const shape = { X: 'mxk', Y: 'kxn', A: 'mxn' };
  const f = 'sum(sum((X*Y - A).^2))';
  const r = deriveGradient({ f, wrt: ['X', 'Y'], shape, seed: 1, cases });

  test('the matrix factorisation loss ‖XY − A‖²: derived, both gradients read off', () => {
    expect(r.verdict).toBe('derived');
    expect(r.kind).toBe('gradient');
    expect(r.wrt).toEqual(['X', 'Y']);
    expect(r.gradients?.map((g) => g.wrt)).toEqual(['X', 'Y']);
    // The whole df is one step, with the terms in dX and in dY both present.
    expect(r.steps[0]?.df).toMatch(/dX/);
    expect(r.steps[0]?.df).toMatch(/dY/);
  });

  test.each([
    ['X', "2*(X*Y - A)*Y'"],
    ['Y', "2*X'*(X*Y - A)"],
  ])('G_%s equals the gradient written by hand, %s, and checkGradient verifies it', (wrt, byHand) => {
    const g = r.gradients?.find((v) => v.wrt === wrt)?.gradient;
    expect(g).toBeTypeOf('string');
    expect(checkIdentity({ lhs: g!, rhs: byHand, shape, seed: 2, cases })).toMatchObject({ verdict: 'verified' });
    expect(checkGradient({ f, wrt, claim: g!, shape, seed: 3, cases })).toMatchObject({ verdict: 'verified' });
  });

  test("one variable's gradient is not the other's: G_X claimed for Y is refuted", () => {
    const gX = r.gradients?.find((v) => v.wrt === 'X')?.gradient;
    expect(checkGradient({ f, wrt: 'Y', claim: gX!, shape: { X: 'nxn', Y: 'nxn', A: 'nxn' }, seed: 4, cases }).verdict).toBe('refuted');
  });

  test('a string with commas names the same variables as a list', () => {
    const s = deriveGradient({ f, wrt: 'X, Y', shape, seed: 1, cases });
    expect(s.gradients?.map((g) => [g.wrt, g.gradient])).toEqual(r.gradients?.map((g) => [g.wrt, g.gradient]));
  });

  test('a linear layer with a scalar bias, broadcast: the weights and the bias derived together', () => {
    const layer = deriveGradient({ f: 'norm(X*w + b - y)^2', wrt: ['w', 'b'], shape: { X: 'mxd', w: 'd', b: '1', y: 'm' }, seed: 5, cases });
    expect(layer.verdict).toBe('derived');
    const [gw, gb] = ['w', 'b'].map((v) => layer.gradients?.find((g) => g.wrt === v)?.gradient ?? '');
    const shape = { X: 'mxd', w: 'd', b: '1', y: 'm' };
    expect(checkIdentity({ lhs: gw!, rhs: "2*X'*(X*w + b - y)", shape, seed: 6, cases }).verdict).toBe('verified');
    expect(checkIdentity({ lhs: gb!, rhs: "2*ones(m)'*(X*w + b - y)", shape, seed: 7, cases }).verdict).toBe('verified');
  });
});

describe('checkGradient on broadcasting, dimension arguments and one-hot rows', () => {
  const bias = { f: 'sum(sum((X*W + b - Y).^2))', shape: { X: 'nxd', W: 'dxk', b: '1xk', Y: 'nxk' } };
  test('a row bias b (1×k) broadcast over the n rows: its gradient sums the residual down the columns', () => {
    expect(checkGradient({ ...bias, wrt: 'b', claim: '2*sum(X*W + b - Y, 1)', seed: 8, cases }).verdict).toBe('verified');
    expect(checkGradient({ ...bias, wrt: 'W', claim: "2*X'*(X*W + b - Y)", seed: 9, cases }).verdict).toBe('verified');
  });
  test('the bias gradient summed along the rows instead of down the columns (n×1, not 1×k) is refuted', () => {
    const wrong = checkGradient({ ...bias, wrt: 'b', claim: '2*sum(X*W + b - Y, 2)', seed: 10, cases });
    expect(wrong.verdict).toBe('refuted');
  });

  const xent = { f: '-sum(sum(Y.*log(softmax(X*W,2))))', wrt: 'W', shape: { X: 'nxd', W: 'dxk', Y: 'nxk' }, assume: { Y: 'onehot-rows' } };
  test('batch-first softmax cross-entropy with one-hot rows: Xᵀ(softmax(XW, 2) − Y) verified', () => {
    expect(checkGradient({ ...xent, claim: "X'*(softmax(X*W,2) - Y)", seed: 11, cases })).toMatchObject({ verdict: 'verified' });
  });
  test('the softmax taken down the columns (the default dimension) instead is refuted, with the derived gradient', () => {
    const wrong = checkGradient({ ...xent, claim: "X'*(softmax(X*W) - Y)", seed: 12, cases });
    expect(wrong.verdict).toBe('refuted');
    expect(wrong.derived).toBeTypeOf('string');
    expect(checkIdentity({ lhs: wrong.derived!, rhs: "X'*(softmax(X*W,2) - Y)", shape: xent.shape, assume: xent.assume, seed: 13, cases }).verdict).toBe('verified');
  });
  test('mean(X, 2), the row means: the gradient of their squares spreads each mean back over its row with 1/n; without 1/n, refuted', () => {
    const q = { f: 'sum(mean(X, 2).^2)', wrt: 'X', shape: { X: 'mxn' } };
    expect(checkGradient({ ...q, claim: "2*mean(X, 2)*ones(n)'/n", seed: 14, cases }).verdict).toBe('verified');
    expect(checkGradient({ ...q, claim: "2*mean(X, 2)*ones(n)'", seed: 15, cases }).verdict).toBe('refuted');
  });
});
