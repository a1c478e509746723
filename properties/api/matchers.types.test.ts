/**
 * The matchers' types (matchers.ts): a subject made with functionSubject is typed as
 * checkFunctionGradient types its question. The @ts-expect-error lines are the test: `npm run
 * typecheck` fails if any of them compiles; vitest runs the rest.
 */
import { expect, test } from 'vitest';
import { functionSubject, mcvMatchers } from './matchers.js';

expect.extend(mcvMatchers);

type XA = { x: number[]; A: number[][] };
const quadratic = ({ x, A }: XA) => x.reduce((s, xi, i) => s + xi * A[i]!.reduce((t, a, j) => t + a * x[j]!, 0), 0);
const grad = ({ x, A }: XA) => x.map((_, i) => x.reduce((s, xj, j) => s + (A[i]![j]! + A[j]![i]!) * xj, 0));

test('a typed subject: wrt a key of shape, f and the claim typed off shape', () => {
  const s = functionSubject({ f: ({ x, A }) => quadratic({ x, A }), wrt: 'x', shape: { x: 'n', A: 'nxn' }, seed: 1, cases: 20 });
  expect(s).toHaveGradient(grad);
  // @ts-expect-error a typo in wrt does not compile, as with checkFunctionGradient
  functionSubject({ f: quadratic, wrt: 'X', shape: { x: 'n', A: 'nxn' } });
  // @ts-expect-error f's parameter is read off shape: x is number[], not a number
  functionSubject({ f: ({ x }: { x: number }) => x, wrt: 'x', shape: { x: 'n' } });
  // @ts-expect-error the claim must return x's shape (number[]), not a number
  if (Math.random() > 2) expect(s).toHaveGradient(() => 1);
  // Forced anyway, it is refuted with the shape message, so .not passes.
  expect(s).not.toHaveGradient((() => 1) as never);
});

test("the function checks' own options reach the check: at, with cases: 0", () => {
  const at = {
    x: [1, 2],
    A: [
      [1, 2],
      [3, 4],
    ],
  };
  expect(functionSubject({ f: quadratic, wrt: 'x', shape: { x: 'n', A: 'nxn' }, at, cases: 0 })).toHaveGradient(grad);
  const twice = ({ x, A }: XA) => A.map((r) => 2 * r.reduce((s, a, j) => s + a * x[j]!, 0));
  expect(functionSubject({ f: quadratic, wrt: 'x', shape: { x: 'n', A: 'nxn' }, at, cases: 0 })).not.toHaveGradient(twice);
});
