// A project that installed the packed package: compiled by examples/installed-package.test.ts with
// `tsc --strict` (node16 and bundler resolution) in a fresh folder, then run; it prints what it found.
import fc from 'fast-check';
import { checkFunctionGradient, checkFunctionVjp, checkGradient, InputError, type Evidence } from 'matrix-calculus-verified';
import { invertibleMatrix, spdMatrix, variables } from 'matrix-calculus-verified/arbitraries';
import { mcvMatchers, type McvMatchers } from 'matrix-calculus-verified/matchers';

const found: Record<string, string | number | boolean> = {};

// The expression oracle: a right gradient and the classic wrong one.
found.expressionRight = checkGradient({ f: "a'*X*b", wrt: 'X', claim: "a*b'", shape: { X: '3x4', a: '3', b: '4' }, seed: 1 }).verdict;
found.expressionWrong = checkGradient({ f: "x'*A*x", wrt: 'x', claim: '2*A*x', shape: { x: 'n', A: 'nxn' }, seed: 1 }).verdict;

// A JavaScript function: x is number[] and A is number[][], read off the shapes.
const quadratic = ({ x, A }: { x: number[]; A: number[][] }) => x.reduce((s, xi, i) => s + xi * A[i]!.reduce((t, a, j) => t + a * x[j]!, 0), 0);
const symmetricGrad = ({ x, A }: { x: number[]; A: number[][] }) => x.map((_, i) => x.reduce((s, xj, j) => s + (A[i]![j]! + A[j]![i]!) * xj, 0));
const right: Evidence = checkFunctionGradient({ f: quadratic, grad: symmetricGrad, wrt: 'x', shape: { x: 'n', A: 'nxn' }, seed: 1, cases: 30 });
found.functionRight = right.verdict;
found.functionWrong = checkFunctionGradient({
  f: quadratic,
  grad: ({ x, A }) => x.map((_, i) => 2 * A[i]!.reduce((s, a, j) => s + a * x[j]!, 0)),
  wrt: 'x',
  shape: { x: 'n', A: 'nxn' },
  seed: 1,
  cases: 30,
}).verdict;
// The shapes type the variables and what grad returns: this does not compile, and if forced, the
// check refutes it with the shape message (so `.not.toHaveGradient` passes on it).
// @ts-expect-error grad must return x's shape, number[], not a number
const wrongShape = checkFunctionGradient({ f: quadratic, grad: () => 1, wrt: 'x', shape: { x: 'n', A: 'nxn' }, cases: 1 });
found.wrongShape = wrongShape.verdict === 'refuted' ? wrongShape.counterexample!.message.split(',')[0]! : 'not refuted';

// A layer's backward pass: y = W·x, dW = dY·xᵀ.
found.vjp = checkFunctionVjp({
  f: ({ W, x }) => W.map((row) => row.reduce((s, w, j) => s + w * x[j]!, 0)),
  vjp: ({ x }, dY) => dY.map((g) => x.map((xj) => g * xj)),
  wrt: 'W',
  shape: { W: 'kxd', x: 'd' },
  seed: 1,
  cases: 30,
}).verdict;

// Bad input is an InputError naming the function at fault.
try {
  checkFunctionGradient({
    f: () => {
      throw new Error('boom');
    },
    grad: ({ x }) => x,
    wrt: 'x',
    shape: { x: 'n' },
  });
} catch (e) {
  found.badInput = e instanceof InputError ? e.message.split(':')[0]! : 'not an InputError';
}

// The arbitraries, with the project's own fast-check.
fc.assert(
  fc.property(spdMatrix(3), invertibleMatrix(2, { condition: 1e6 }), (S, M) => S[0]![0]! > 0 && M.length === 2),
  { seed: 1, numRuns: 20 },
);
found.arbitraries = fc.sample(variables({ shape: { W: '2x3', x: '3', s: '1' } }), { seed: 1, numRuns: 1 }).map((v) => `${v.W.length}x${v.W[0]!.length} ${v.x.length} ${typeof v.s}`)[0]!;

// The matchers' types reach `expect(…)` of a runner that returns jest.Matchers (vitest's Assertion extends it).
declare const expect: <T>(subject: T) => jest.Matchers<void, T>;
const typed: (m: McvMatchers<void, { f: string }>) => void = (m) => m.toHaveGradient("(A + A')*x");
void typed;
if (Math.random() > 2) expect({ f: quadratic, wrt: 'x', shape: { x: 'n', A: 'nxn' } }).toHaveGradient(symmetricGrad);
const outcome = mcvMatchers.toHaveGradient.call({}, { f: "x'*A*x", wrt: 'x', shape: { x: 'n', A: 'nxn' }, seed: 1 }, '2*A*x');
found.matcherPass = outcome.pass;
found.matcherMessage = outcome.message().split('\n')[0]!;

console.log(JSON.stringify(found));
