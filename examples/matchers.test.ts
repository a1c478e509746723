// The oracle as vitest matchers (jest is the same): expect.extend once, then assert gradients.
import { expect, test } from 'vitest';
import { mcvMatchers } from 'matrix-calculus-verified/matchers';

expect.extend(mcvMatchers);

const quadratic = ({ x, A }: { x: number[]; A: number[][] }) => x.reduce((s, xi, i) => s + xi * A[i]!.reduce((t, a, j) => t + a * x[j]!, 0), 0);
const quadraticGrad = ({ x, A }: { x: number[]; A: number[][] }) => x.map((_, i) => x.reduce((s, xj, j) => s + (A[i]![j]! + A[j]![i]!) * xj, 0));

test('gradients of expressions and of functions', () => {
  expect({ f: "x'*A*x", wrt: 'x', shape: { x: 'n', A: 'nxn' } }).toHaveGradient("(A + A')*x");
  expect({ f: "x'*A*x", wrt: 'x', shape: { x: 'n', A: 'nxn' } }).not.toHaveGradient('2*A*x');
  expect({ f: quadratic, wrt: 'x', shape: { x: 'n', A: 'nxn' } }).toHaveGradient(quadraticGrad);
});

test('a backward pass: tanh(W·x) and its vector-Jacobian product', () => {
  const layer = ({ W, x }: { W: number[][]; x: number[] }) => W.map((row) => Math.tanh(row.reduce((s, w, j) => s + w * x[j]!, 0)));
  const backward = (v: { W: number[][]; x: number[] }, dY: number[]) => layer(v).map((y, i) => v.x.map((xj) => dY[i]! * (1 - y * y) * xj));
  expect({ f: layer, wrt: 'W', shape: { W: 'kxd', x: 'd' } }).toHaveVjp(backward);
});

test('a failure shows the counterexample as mcv prints it', () => {
  expect(() => expect({ f: "x'*A*x", wrt: 'x', shape: { x: 'n', A: 'nxn' }, seed: 1 }).toHaveGradient('2*A*x')).toThrow(
    /refuted: along dx, the finite difference of f is .* but Tr\(Gᵀ dx\) is .*\ncounterexample \(seed 1\):\n  sizes: n=\d+\n[\s\S]*reproduce: mcv gradient/,
  );
});
