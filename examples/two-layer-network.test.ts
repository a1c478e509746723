// Check a hand-written backward pass in plain TypeScript: a two-layer network, no expressions.
import { expect, test } from 'vitest';
import { checkFunctionGradient, checkFunctionVjp } from 'matrix-calculus-verified';

type Vars = { W1: number[][]; b1: number[]; W2: number[][]; x: number[]; y: number[] };
const shape = { W1: 'hxd', b1: 'h', W2: 'kxh', x: 'd', y: 'k' } as const;

const matVec = (A: number[][], v: number[]) => A.map((row) => row.reduce((s, a, j) => s + a * v[j]!, 0));
const outer = (u: number[], v: number[]) => u.map((ui) => v.map((vj) => ui * vj));
const transposeTimes = (A: number[][], u: number[]) => A[0]!.map((_, j) => A.reduce((s, row, i) => s + row[j]! * u[i]!, 0));

/** loss = ½‖W2·tanh(W1·x + b1) − y‖² */
function forward({ W1, b1, W2, x, y }: Vars) {
  const a = matVec(W1, x).map((z, i) => Math.tanh(z + b1[i]!));
  const r = matVec(W2, a).map((o, i) => o - y[i]!);
  return { a, r, loss: 0.5 * r.reduce((s, ri) => s + ri * ri, 0) };
}

/** The hand-written backward pass. */
function backward(v: Vars) {
  const { a, r } = forward(v);
  const da = transposeTimes(v.W2, r);
  const dz = da.map((g, i) => g * (1 - a[i]! ** 2)); // tanh' = 1 − tanh²
  return { dW1: outer(dz, v.x), db1: dz, dW2: outer(r, a) };
}

test('the backward pass of a two-layer network is right, for every parameter', () => {
  const loss = (v: Vars) => forward(v).loss;
  for (const [wrt, grad] of [
    ['W1', (v: Vars) => backward(v).dW1],
    ['b1', (v: Vars) => backward(v).db1],
    ['W2', (v: Vars) => backward(v).dW2],
  ] as const) {
    const evidence = checkFunctionGradient({ f: loss, grad, wrt, shape, seed: 1, cases: 50 });
    expect(evidence.verdict, `${wrt}: ${evidence.reason}`).toBe('verified');
  }
});

test('a backward pass that forgets tanh′ is refuted, with a small counterexample', () => {
  const forgetful = (v: Vars) => {
    const { r } = forward(v);
    return outer(transposeTimes(v.W2, r), v.x); // the hidden layer treated as linear
  };
  const evidence = checkFunctionGradient({ f: (v: Vars) => forward(v).loss, grad: forgetful, wrt: 'W1', shape, seed: 1, cases: 50 });
  expect(evidence.verdict).toBe('refuted');
  expect(evidence.counterexample?.message).toMatch(/the finite difference of f is .* but Tr\(gradᵀ dW1\) is/);
  expect(evidence.counterexample?.dims).toEqual({ d: 1, h: 1, k: 1 }); // shrunk to one unit per layer
});

test('one layer as a vector-Jacobian product: tanh(W·x) and its backward pass', () => {
  const layer = ({ W, x }: { W: number[][]; x: number[] }) => matVec(W, x).map(Math.tanh);
  const layerBackward = ({ W, x }: { W: number[][]; x: number[] }, dY: number[]) => {
    const y = matVec(W, x).map(Math.tanh);
    return outer(
      dY.map((g, i) => g * (1 - y[i]! ** 2)),
      x,
    );
  };
  const evidence = checkFunctionVjp({ f: layer, vjp: layerBackward, wrt: 'W', shape: { W: 'kxd', x: 'd' }, seed: 1, cases: 50 });
  expect(evidence.verdict, evidence.reason).toBe('verified');
});
