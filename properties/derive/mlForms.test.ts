/**
 * ML objectives derive to the form a person writes: the activation's derivative recognised
 * (sigmoid from exp, tanh from sinh/cosh), a softmax's entries summed to 1, common factors
 * cancelled. Each rewrite is a cited catalogue identity; derive verifies every line anyway.
 */
import { describe, expect, test } from 'vitest';
import { runSeed } from '../oracle/seed.js';
import { deriveGradient } from './index.js';

const seed = runSeed();
const cases: readonly { name: string; f: string; wrt: string; shape: Record<string, string>; assume?: Record<string, string>; G: string; cites: string }[] = [
  {
    name: 'logistic regression (labels ±1)',
    f: 'sum(log(1 + exp(-y .* (X*w))))',
    wrt: 'w',
    shape: { X: 'mxn', y: 'm', w: 'n' },
    G: "X'*(sigmoid(-y .* (X*w)) .* (-y))",
    cites: 'logistic-of-exp-entrywise',
  },
  { name: 'softplus layer plus weight decay', f: "trace(W'*W)/2 + sum(sum(log(1 + exp(W*X))))", wrt: 'W', shape: { W: 'kxm', X: 'mxn' }, G: "W + sigmoid(W*X)*X'", cites: 'hadamard-ones-as-quotient' },
  { name: 'log-cosh regression', f: 'sum(log(cosh(X*w - y)))', wrt: 'w', shape: { X: 'mxn', y: 'm', w: 'n' }, G: "X'*tanh(X*w - y)", cites: 'tanh-from-sinh-cosh' },
  {
    name: 'pseudo-Huber regression',
    f: 'sum(sqrt(1 + (X*w - y).^2))',
    wrt: 'w',
    shape: { X: 'mxn', y: 'm', w: 'n' },
    G: "X'*((X*w - y) ./ sqrt(1 + (X*w - y).^2))",
    cites: 'hadamard-quotient-of-scaled',
  },

  {
    name: 'log-likelihood of a logistic model with labels ±1',
    f: '-sum(log(sigmoid(y .* (X*w))))',
    wrt: 'w',
    shape: { X: 'mxn', y: 'm', w: 'n' },
    G: "X'*(y .* sigmoid(y .* (X*w)) - y)",
    cites: 'hadamard-quotient-in-sum-cancels',
  },
  { name: 'mean squared error over 2n', f: 'sum(sum((X*W - Y).^2))/(2*n)', wrt: 'W', shape: { X: 'mxk', W: 'kxp', Y: 'mxp', n: '1' }, G: "X'*((X*W - Y)/n)", cites: 'scalar-quotient-common-factor' },
  { name: 'log-sum-exp of each column', f: 'sum(logsumexp(W*X, 1))', wrt: 'W', shape: { W: 'kxm', X: 'mxn' }, G: "softmax(W*X)*X'", cites: 'ones-column-times-row' },
];

describe('ML objectives derive to the form a person writes, each rewrite cited', () => {
  test.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const r = deriveGradient({ f: c.f, wrt: c.wrt, shape: c.shape, assume: c.assume, seed, cases: 20 });
    expect(r.verdict, `MCV_SEED=${seed}`).toBe('derived');
    expect(r.gradient).toBe(c.G);
    expect(
      r.steps.flatMap((s) => s.by).some((id) => id.startsWith(c.cites)),
      `cites ${c.cites}…`,
    ).toBe(true);
  });
  test('the entropy of a softmax: its entries summed to 1 (no sum(softmax(z)) or -1 + 1 left)', () => {
    const r = deriveGradient({ f: '-sum(softmax(z) .* log(softmax(z)))', wrt: 'z', shape: { z: 'n' }, seed, cases: 20 });
    expect(r.verdict, `MCV_SEED=${seed}`).toBe('derived');
    expect(r.gradient).not.toMatch(/sum\(softmax|\+ -|-1/);
    expect(r.steps.flatMap((s) => s.by)).toContain('softmax-sums-to-one');
  });
  test('layer normalisation: the sum of a centred vector is 0, and the term it multiplies is gone', () => {
    const r = deriveGradient({ f: "w'*((x - mean(x))/sqrt(sum((x - mean(x)).^2)/n + eps))", wrt: 'x', shape: { x: 'm', w: 'm', n: '1', eps: '1' }, assume: { eps: 'positive' }, seed, cases: 20 });
    expect(r.verdict, `MCV_SEED=${seed}`).toBe('derived');
    expect(r.steps.flatMap((s) => s.by)).toContain('centred-sum-zero');
    // Two terms, (w - mean of w)/σ and the projection on x - mean(x); no sum over a multiple of x - mean(x) is left.
    expect(r.gradient).not.toMatch(/sum\(\(w/);
    expect(r.gradient).toMatch(/^\(w - sum\(w\)/);
  });
  test('softmax cross-entropy after a ReLU layer: the signal P - Y shows, its common factor taken out', () => {
    const r = deriveGradient({ f: '-sum(sum(Y .* log(softmax(W2*relu(W1*X)))))', wrt: 'W1', shape: { W1: 'hxm', W2: 'kxh', X: 'mxn', Y: 'kxn' }, assume: { Y: 'onehot' }, seed, cases: 20 });
    expect(r.verdict, `MCV_SEED=${seed}`).toBe('derived');
    // Either order of the entrywise product is as short; the backward signal W2'*(P - Y) is whole.
    expect(r.gradient).toContain("W2'*(softmax(W2*relu(W1*X)) - Y)");
    expect(r.steps.flatMap((s) => s.by).some((id) => id.startsWith('hadamard-factor-'))).toBe(true);
  });
});
