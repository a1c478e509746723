// From gradcheck and gradgradcheck: every parameter in one call, your own inputs, and a Hessian-vector product.
import { expect, test } from 'vitest';
import { checkFunctionGradient, checkFunctionHessian } from 'matrix-calculus-verified';

type Vars = { W: number[][]; b: number[]; x: number[] };
const shape = { W: 'kxd', b: 'k', x: 'd' } as const;
const affine = ({ W, b, x }: Vars) => W.map((row, i) => row.reduce((s, w, j) => s + w * x[j]!, b[i]!));

/** loss = ½‖tanh(W·x + b)‖², and its gradients with respect to W, b and x at once. */
const loss = (v: Vars) => 0.5 * affine(v).reduce((s, z) => s + Math.tanh(z) ** 2, 0);
function grads(v: Vars) {
  const dz = affine(v).map((z) => Math.tanh(z) * (1 - Math.tanh(z) ** 2));
  return { W: dz.map((g) => v.x.map((xj) => g * xj)), b: dz, x: v.x.map((_, j) => v.W.reduce((s, row, i) => s + row[j]! * dz[i]!, 0)) };
}

test('every variable in one call (wrt omitted), each reported, at random points and at my own', () => {
  const mine = {
    W: [
      [1, -2],
      [0.5, 3],
    ],
    b: [0, 1],
    x: [2, -1],
  };
  const evidence = checkFunctionGradient({ f: loss, grad: grads, shape, at: mine, seed: 1, cases: 30 });
  expect(evidence.verdict, evidence.reason).toBe('verified');
  expect(Object.keys(evidence.variables)).toEqual(['W', 'b', 'x']);
  expect(evidence.variables.x.cases).toBe(31); // 30 random cases and the point given
});

test('a Hessian-vector product of code, along two independent directions', () => {
  // f(x) = Σ log(1 + exp(aᵢ·x)): H[v] = Σ σ(aᵢ·x)(1 − σ(aᵢ·x)) (aᵢ·v) aᵢ, for the rows aᵢ of A.
  const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
  const f = ({ A, x }: { A: number[][]; x: number[] }) => A.reduce((s, a) => s + Math.log1p(Math.exp(a.reduce((t, ai, j) => t + ai * x[j]!, 0))), 0);
  const hvp = ({ A, x }: { A: number[][]; x: number[] }, v: number[]) =>
    x.map((_, j) =>
      A.reduce((s, a) => {
        const p = sigmoid(a.reduce((t, ai, k) => t + ai * x[k]!, 0));
        return s + p * (1 - p) * a.reduce((t, ai, k) => t + ai * v[k]!, 0) * a[j]!;
      }, 0),
    );
  const evidence = checkFunctionHessian({ f, hvp, wrt: 'x', shape: { A: 'mxn', x: 'n' }, seed: 1, cases: 30 });
  expect(evidence.verdict, evidence.reason).toBe('verified');
});
