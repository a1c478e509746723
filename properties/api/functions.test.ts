/**
 * Checks of JavaScript functions (functions.ts): verdicts on right and wrong gradients and
 * backward passes, seeds that replay, shrunk counterexamples, and every misuse of the functions
 * reported as an InputError that names the function at fault.
 */
import { describe, expect, test } from 'vitest';
import { InputError, TimeLimitError } from '../engine/errors.js';
import { checkFunctionGradient, checkFunctionHessian, checkFunctionVjp } from './functions.js';
import { mcvMatchers } from './matchers.js';

type XA = { x: number[]; A: number[][] };
const shape = { x: 'n', A: 'nxn' } as const;
const quadratic = ({ x, A }: XA) => x.reduce((s, xi, i) => s + xi * A[i]!.reduce((t, a, j) => t + a * x[j]!, 0), 0);
const right = ({ x, A }: XA) => x.map((_, i) => x.reduce((s, xj, j) => s + (A[i]![j]! + A[j]![i]!) * xj, 0));
const twiceAx = ({ x, A }: XA) => A.map((row) => 2 * row.reduce((s, a, j) => s + a * x[j]!, 0));
const base = { f: quadratic, wrt: 'x', shape, cases: 20, seed: 7 } as const;

describe('verdicts', () => {
  test("x'Ax: (A + A')x is its gradient, 2Ax is not (A is not symmetric), and the seed replays", () => {
    const ok = checkFunctionGradient({ ...base, grad: right });
    expect(ok).toMatchObject({ verdict: 'verified', cases: 20, seed: 7 });
    expect(ok.maxError).toBeLessThan(1);
    const bad = checkFunctionGradient({ ...base, grad: twiceAx });
    expect(bad.verdict).toBe('refuted');
    expect(bad.counterexample).toMatchObject({ labels: ['finite difference of f along dx', 'Tr(gradᵀ dx)'] });
    expect(bad.counterexample!.error!).toBeGreaterThan(bad.counterexample!.tolerance!);
    expect(bad.path).toMatch(/^\d+(:\d+)*$/); // fast-check's replay path of the shrunk case
    expect(checkFunctionGradient({ ...base, grad: twiceAx })).toEqual(bad);
  });

  test('with A assumed symmetric, 2Ax is right', () => {
    expect(checkFunctionGradient({ ...base, grad: twiceAx, assume: { A: 'symmetric' } }).verdict).toBe('verified');
  });

  test('a relative error of 1e-8 in a gradient is refuted', () => {
    const off = (v: XA) => right(v).map((g) => g * (1 + 1e-8));
    expect(checkFunctionGradient({ ...base, grad: off }).verdict).toBe('refuted');
  });

  test('scalars are numbers, columns arrays, matrices rows', () => {
    const seen: string[] = [];
    checkFunctionGradient({
      f: ({ s, v, M }) => {
        if (!seen.length) seen.push(`${typeof s} ${Array.isArray(v) && typeof v[0]} ${Array.isArray(M[0])}`);
        return s * v.reduce((a, b) => a + b, 0) + M[0]![0]!;
      },
      grad: ({ v }) => v.reduce((a, b) => a + b, 0),
      wrt: 's',
      shape: { s: '1', v: 'n', M: '2x3' },
      cases: 5,
      seed: 1,
    });
    expect(seen).toEqual(['number number true']);
  });

  test('a backward pass: tanh(Wx) and its vjp, right and with tanh′ forgotten', () => {
    const layer = ({ W, x }: { W: number[][]; x: number[] }) => W.map((r) => Math.tanh(r.reduce((s, w, j) => s + w * x[j]!, 0)));
    const vjp = (v: { W: number[][]; x: number[] }, dY: number[]) => layer(v).map((y, i) => v.x.map((xj) => dY[i]! * (1 - y * y) * xj));
    const forgetful = (v: { W: number[][]; x: number[] }, dY: number[]) => dY.map((g) => v.x.map((xj) => g * xj));
    const q = { f: layer, wrt: 'W', shape: { W: 'kxd', x: 'd' }, cases: 20, seed: 3 } as const;
    expect(checkFunctionVjp({ ...q, vjp }).verdict).toBe('verified');
    const bad = checkFunctionVjp({ ...q, vjp: forgetful });
    expect(bad.verdict).toBe('refuted');
    expect(bad.reason).toMatch(/seen through the cotangent dY, the finite difference of Tr\(dYᵀ f\) is .* but Tr\(vjp\(dY\)ᵀ dW\) is/);
    expect(Object.keys(bad.counterexample!.values)).toEqual(['W', 'x', 'dY']);
  });

  test('a matrix-valued layer: Y = XW, vjp dW = XᵀdY', () => {
    const f = ({ X, W }: { X: number[][]; W: number[][] }) => X.map((r) => W[0]!.map((_, j) => r.reduce((s, x, k) => s + x * W[k]![j]!, 0)));
    const vjp = ({ X }: { X: number[][] }, dY: number[][]) => X[0]!.map((_, k) => dY[0]!.map((_, j) => X.reduce((s, r, i) => s + r[k]! * dY[i]![j]!, 0)));
    expect(checkFunctionVjp({ f, vjp, wrt: 'W', shape: { X: 'mxn', W: 'nxp' }, cases: 20, seed: 5 }).verdict).toBe('verified');
  });
});

describe('bad input is an InputError naming the function at fault', () => {
  const fails = (run: () => unknown, pattern: RegExp) => {
    let err: unknown;
    try {
      run();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(pattern);
  };

  test('f or grad throws', () => {
    fails(
      () =>
        checkFunctionGradient({
          ...base,
          f: () => {
            throw new Error('boom');
          },
          grad: right,
        }),
      /^f threw at x = .*, A = .*: boom$/,
    );
    fails(
      () =>
        checkFunctionGradient({
          ...base,
          grad: () => {
            throw new RangeError('bad index');
          },
        }),
      /^grad threw at x = .*: RangeError: bad index$/,
    );
  });

  test('f returns NaN, or not a number', () => {
    fails(
      () => checkFunctionGradient({ ...base, f: () => NaN, grad: right }),
      /^f is not finite \(NaN or ±Infinity\) at x = .* \(in \d+ of the first \d+ cases\); if f is undefined at such points, add an assumption/,
    );
    fails(() => checkFunctionGradient({ ...base, f: ({ x }) => x as unknown as number, grad: right }), /^f must return a number .* but it returned an array of 2 numbers/);
  });

  test('grad returns strings: bad input', () => {
    fails(
      () => checkFunctionGradient({ ...base, grad: ({ x }) => x.map(String) as never }),
      /^grad must return a value of x's shape, an array of 2 numbers, but it returned an array of 2 numbers at x = /,
    );
  });

  test('an f that is not deterministic is a NondeterminismError naming f and the point', () => {
    fails(
      () => checkFunctionGradient({ ...base, f: (v) => quadratic(v) + Math.random(), grad: right }),
      /^f is not deterministic: called twice at the same point it returned .* and then .*, at x = .*dropout/,
    );
  });

  test('the question itself: not a function, an unknown wrt, a bad shape or assumption', () => {
    fails(() => checkFunctionGradient({ ...base, grad: "(A + A')*x" as never }), /^grad must be a function .*got string; to check an expression string use checkGradient/);
    fails(() => checkFunctionGradient({ ...base, grad: right, wrt: 'y' } as never), /^wrt "y" names no variable of shape; the variables are x, A/);
    fails(() => checkFunctionGradient({ ...base, grad: right, shape: { x: 'n', A: 'nxq x' } } as never), /shape of A/);
    fails(() => checkFunctionGradient({ ...base, grad: right, assume: { A: 'sdp' } }), /"sdp" is not one of/);
    fails(() => checkFunctionGradient({ ...base, grad: right, assume: { B: 'spd' } as never }), /^assume\.B: "B" has no shape/);
  });

  test('points where f is not finite are skipped, as the expression checks skip them, and counted', () => {
    const sq = (x: number[]) => x.reduce((a, b) => a + b * b, 0);
    const inverse = ({ x }: { x: number[] }) => 1 / sq(x);
    const ev = checkFunctionGradient({ f: inverse, grad: ({ x }) => x.map((v) => (-2 * v) / sq(x) ** 2), wrt: 'x', shape: { x: 'n' }, seed: 2 });
    expect(ev).toMatchObject({ verdict: 'verified', cases: 100 });
    expect(ev.discarded).toBeGreaterThan(0); // x = 0, where 1/‖x‖² is not finite
    expect(ev.reason).toMatch(new RegExp(`^${ev.discarded} cases? (was|were) discarded \\(f not finite there, e\\.g\\. at x = `));
  });

  test('a grad that is NaN where f is finite is refuted there, not skipped; at a kink of f (the norm at x = 0) there is no gradient, and the point is discarded and said', () => {
    const norm = ({ x }: { x: number[] }) => Math.hypot(...x);
    const unit = ({ x }: { x: number[] }) => x.map((v) => v / norm({ x }));
    // f smooth, the claim NaN: ‖x‖² with 2x·‖x‖/‖x‖ at x = 0.
    const sq = checkFunctionGradient({ f: ({ x }) => norm({ x }) ** 2, grad: ({ x }) => x.map((v) => (2 * v * norm({ x })) / norm({ x })), wrt: 'x', shape: { x: 'n' }, seed: 2 });
    expect(sq.verdict).toBe('refuted');
    expect(sq.counterexample!.message).toMatch(/^grad is NaN( at entry \(\d,1\))? where f is finite \(f = 0\); if f is not differentiable at such points, keep them away with an assumption/);
    expect(sq.counterexample!.values.x!.flat().every((v) => v === 0)).toBe(true);
    // ‖x‖ at 0: one-sided slopes ±‖dx‖, no derivative to get wrong (properties/oracle/functionKinks.ts).
    const ev = checkFunctionGradient({ f: norm, grad: unit, wrt: 'x', shape: { x: 'n' }, seed: 2 });
    expect(ev.verdict).toBe('verified');
    expect(ev.discarded).toBeGreaterThan(0);
    expect(ev.reason).toMatch(/discarded \(a kink of f there, where the claim is not finite, e\.g\. at x = \[?0/);
    fails(() => checkFunctionGradient({ f: norm, grad: unit, wrt: 'x', shape: { x: 'n' }, seed: 2, failOnDiscard: true }), /f has a kink along dx/);
    // Kept away from 0, the same gradient is verified with nothing discarded.
    expect(checkFunctionGradient({ f: norm, grad: unit, wrt: 'x', shape: { x: 'n' }, assume: { x: 'positive' }, seed: 2 })).toMatchObject({ verdict: 'verified', discarded: 0 });
  });

  test('an f that does not read wrt is reported, not verified', () => {
    fails(() => checkFunctionGradient({ f: () => 1, grad: ({ x }) => x, wrt: 'x', shape: { x: 'n' }, cases: 5 }), /f did not change at all along dx/);
  });

  test('the matchers throw the same errors', () => {
    expect(() => mcvMatchers.toHaveGradient.call({}, { f: quadratic, wrt: 'x', shape }, "(A + A')*x")).toThrow(/f is a function, so the claim must be the gradient function/);
    expect(() => mcvMatchers.toHaveGradient.call({}, 'x', right)).toThrow(/expect\(\) must receive \{ f, wrt, shape \}/);
  });
});

describe('what a gradcheck user expects', () => {
  type Net = { W1: number[][]; b1: number[]; W2: number[][]; x: number[]; y: number[] };
  const netShape = { W1: 'hxd', b1: 'h', W2: 'kxh', x: 'd', y: 'k' } as const;
  const mv = (A: number[][], v: number[]) => A.map((r) => r.reduce((s, a, j) => s + a * v[j]!, 0));
  const forward = ({ W1, b1, W2, x, y }: Net) => {
    const a = mv(W1, x).map((z, i) => Math.tanh(z + b1[i]!));
    const r = mv(W2, a).map((o, i) => o - y[i]!);
    return { a, r, loss: 0.5 * r.reduce((s, v) => s + v * v, 0) };
  };
  const backward = (v: Net, forgetTanh = false) => {
    const { a, r } = forward(v);
    const da = a.map((_, j) => r.reduce((s, ri, i) => s + v.W2[i]![j]! * ri, 0));
    const dz = da.map((g, i) => (forgetTanh ? g : g * (1 - a[i]! ** 2)));
    return { W1: dz.map((g) => v.x.map((xj) => g * xj)), b1: dz, W2: r.map((ri) => a.map((aj) => ri * aj)) };
  };
  const loss = (v: Net) => forward(v).loss;

  test('several variables in one call, each reported', () => {
    const ev = checkFunctionGradient({ f: loss, grad: (v) => backward(v), wrt: ['W1', 'b1', 'W2'], shape: netShape, seed: 1, cases: 20 });
    expect(ev.verdict).toBe('verified');
    expect(Object.keys(ev.variables)).toEqual(['W1', 'b1', 'W2']);
    for (const e of Object.values(ev.variables)) expect(e).toMatchObject({ verdict: 'verified', cases: 20, seed: 1 });
    const bad = checkFunctionGradient({ f: loss, grad: (v) => backward(v, true), wrt: ['W1', 'b1', 'W2'], shape: netShape, seed: 1, cases: 20 });
    expect(bad.verdict).toBe('refuted');
    expect(bad.variables.W2.verdict).toBe('verified'); // tanh′ is not on W2's path
    expect(bad.variables.W1.verdict).toBe('refuted');
    expect(bad.variables.b1.verdict).toBe('refuted');
    expect(bad.reason).toMatch(/^W1: along dW1, the finite difference of f is/);
  });

  test('wrt omitted: every variable; grad must return an object with each', () => {
    const all = checkFunctionGradient({ f: quadratic, grad: ({ x, A }: XA) => ({ x: right({ x, A }), A: x.map((xi) => x.map((xj) => xi * xj)) }), shape, seed: 2, cases: 20 });
    expect(all.verdict).toBe('verified');
    expect(Object.keys(all.variables)).toEqual(['x', 'A']);
    expect(() => checkFunctionGradient({ f: quadratic, grad: right as never, shape, seed: 2, cases: 5 })).toThrow(/^grad must return an object with one entry per variable differentiated, \{ x, A \}/);
  });

  test("at: the user's own points, as well as or instead of random ones", () => {
    const at = [
      {
        x: [1, 2],
        A: [
          [1, 2],
          [3, 4],
        ],
      },
      {
        x: [0.5, -1, 2],
        A: [
          [1, 0, 0],
          [0, 2, 0],
          [1, 1, 1],
        ],
      },
    ];
    expect(checkFunctionGradient({ ...base, grad: right, at, cases: 0 })).toMatchObject({ verdict: 'verified', cases: 2 });
    expect(checkFunctionGradient({ ...base, grad: right, at, cases: 5 })).toMatchObject({ verdict: 'verified', cases: 7 });
    const bad = checkFunctionGradient({ ...base, grad: twiceAx, at: at[0], cases: 0 });
    expect(bad.verdict).toBe('refuted');
    expect(bad.counterexample!.values).toMatchObject({ x: [[1], [2]], A: at[0]!.A });
    expect(bad.reason).toMatch(/\ncounterexample \(seed 7; 0 cases passed before it; at the point at given\):\n {2}sizes: n=2\n/);
    expect(() => checkFunctionGradient({ ...base, grad: right, at: { x: [1, 2], A: [[1, 2, 3]] } as never, cases: 0 })).toThrow(
      /^at\.A is 1x3 but its shape is nxn|^at\.A makes n = 1, but another variable made it 2/,
    );
    expect(() => checkFunctionGradient({ ...base, grad: right, at: { x: [1, 2] } as never })).toThrow(/^at\.A is missing/);
  });

  // Regression: emit.test's det(X)² check at the derived form's domain was refuted at seed
  // 1274220929 by the first point (drawn at distinct sizes) even with cases: 0, a singular X where
  // the gradient 2·det(X)²·inv(X)ᵀ is NaN though f's gradient (0) exists.
  const det2 = ({ X }: { X: number[][] }) => (X[0]![0]! * X[1]![1]! - X[0]![1]! * X[1]![0]!) ** 2;
  const throughInverse = ({ X }: { X: number[][] }) => {
    const [[a, b], [c, d]] = X as [[number, number], [number, number]];
    const det = a * d - b * c;
    // 2·det²·inv(X)ᵀ, with inv(X) = adj(X)/det: 0/0 at a singular X.
    const invT = [
      [d / det, -c / det],
      [-b / det, a / det],
    ];
    return invT.map((r) => r.map((v) => 2 * det * det * v));
  };
  const det2Check = { f: det2, grad: throughInverse, wrt: 'X', shape: { X: 'nxn' }, seed: 1274220929 } as const;

  test('with cases: 0 only the points given are checked: a gradient NaN elsewhere (through inv(X) at a singular X) is verified there', () => {
    const at = [
      {
        X: [
          [2, 1],
          [1, 3],
        ],
      },
      {
        X: [
          [-1, 0.5],
          [4, 2],
        ],
      },
    ];
    for (const seed of [1274220929, 1, 2, 3]) expect(checkFunctionGradient({ ...det2Check, seed, at, cases: 0 })).toMatchObject({ verdict: 'verified', cases: 2, discarded: 0 });
    // Its f is 2x2-only; the check draws nothing at other sizes.
    expect(checkFunctionGradient({ ...det2Check, shape: { X: '2x2' }, at, cases: 0 }).verdict).toBe('verified');
  });

  test('at a point given, a direction along which f does not move at all is drawn again: softmax cross-entropy along the ones (seed 28)', () => {
    // Two classes: f is flat along dW = [c; c] (both logits shift by c·x), where grad's slope is the
    // rounding of p − y (4e-18), which its noise, constant along dW, does not show: no evidence there.
    type P = { W: number[][]; x: number[]; y: number[] };
    const probs = ({ W, x }: P) => {
      const z = W.map((r) => r.reduce((s, w, j) => s + w * x[j]!, 0));
      const top = Math.max(...z);
      const e = z.map((v) => Math.exp(v - top));
      const sum = e.reduce((s, v) => s + v, 0);
      return e.map((v) => v / sum);
    };
    const f = (v: P) => -probs(v).reduce((s, p, i) => s + v.y[i]! * Math.log(p), 0);
    const grad = (v: P) => probs(v).map((p, i) => v.x.map((xj) => (p - v.y[i]!) * xj));
    const at = { W: [[4.75], [0.5]], x: [1.75], y: [1, 0] };
    const ev = checkFunctionGradient({ f, grad, wrt: 'W', shape: { W: 'kxd', x: 'd', y: 'k' }, assume: { y: 'onehot' }, seed: 28, at, cases: 0 });
    expect(ev).toMatchObject({ verdict: 'verified', cases: 1, discarded: 0 });
  });

  test('without cases: 0, a gradient NaN at a singular X where f is finite and smooth is refuted, the point printed (seed 1274220929: the first point)', () => {
    const ev = checkFunctionGradient({ ...det2Check, shape: { X: '2x2' }, cases: 10 });
    expect(ev.verdict).toBe('refuted');
    expect(ev.reason).toMatch(/^grad is NaN at entry \(\d,\d\) where f is finite \(f = 0\)/);
    const X = ev.counterexample!.values.X!;
    expect(X[0]![0]! * X[1]![1]! - X[0]![1]! * X[1]![0]!).toBe(0);
  });

  test('a gradient of the wrong shape is a refutation, so .not passes', () => {
    const transposed = ({ W }: { W: number[][] }) => W[0]!.map((_, j) => W.map((r) => r[j]!));
    const ev = checkFunctionGradient({ f: ({ W }) => W.flat().reduce((s, w) => s + w * w, 0) / 2, grad: transposed, wrt: 'W', shape: { W: '2x3' }, seed: 1, cases: 5 });
    expect(ev.verdict).toBe('refuted');
    expect(ev.counterexample!.message).toMatch(/^grad must return a value of W's shape, 2 rows of 3 numbers \(number\[\]\[\]\), but it returned 3 rows of 2 numbers \(a missing transpose\?\)/);
    const r = mcvMatchers.toHaveGradient.call({ isNot: true }, { f: ({ W }: { W: number[][] }) => W.flat().reduce((s, w) => s + w * w, 0) / 2, wrt: 'W', shape: { W: '2x3' }, seed: 1 }, transposed);
    expect(r.pass).toBe(false); // .not: refuted, as asserted
  });

  test('reason holds the shrunk counterexample in one block; a verified check with discards says so; failOnDiscard', () => {
    const bad = checkFunctionGradient({ ...base, grad: twiceAx });
    expect(bad.reason!.split('\n')[0]).toBe(bad.counterexample!.message);
    expect(bad.reason).toMatch(
      /\ncounterexample \(seed 7; \d+ cases? passed before it\):\n {2}sizes: n=\d\n {2}x  = .*\n {2}A  = .*\n {2}dx = .*\n {2}finite difference of f along dx = .*\n {2}Tr\(gradᵀ dx\) += .*\n {2}difference .*, tolerance /,
    );
    const sq = (x: number[]) => x.reduce((a, b) => a + b * b, 0);
    const q = { f: ({ x }: { x: number[] }) => 1 / sq(x), grad: ({ x }: { x: number[] }) => x.map((v) => (-2 * v) / sq(x) ** 2), wrt: 'x', shape: { x: 'n' }, seed: 2 } as const;
    expect(checkFunctionGradient(q).verdict).toBe('verified');
    expect(() => checkFunctionGradient({ ...q, failOnDiscard: true })).toThrow(/^f is not finite \(NaN or ±Infinity\) at x = .* and failOnDiscard is set\)/);
  });

  test('a time-out is a TimeLimitError saying how far the check got', () => {
    const slow = (v: XA) => {
      const end = performance.now() + 2;
      while (performance.now() < end);
      return quadratic(v);
    };
    let err: unknown;
    try {
      checkFunctionGradient({ ...base, f: slow, grad: right, cases: 100, timeLimitMs: 50 });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(TimeLimitError);
    expect((err as TimeLimitError).casesWanted).toBe(100);
    expect((err as TimeLimitError).casesDone).toBeLessThan(100);
    expect((err as Error).message).toMatch(/^the check stopped after \d+ of 100 cases \(\d+ discarded\): the time limit of 0\.05 s passed/);
  });

  test('the same counterexample under time limits of 1 s and 60 s', () => {
    const a = checkFunctionGradient({ ...base, grad: twiceAx, timeLimitMs: 1000 });
    const b = checkFunctionGradient({ ...base, grad: twiceAx, timeLimitMs: 60_000 });
    expect(a.counterexample).toEqual(b.counterexample);
    expect(a.path).toBe(b.path);
    // shrink: false keeps the first failing case (fast-check's path then has no shrink steps).
    const first = checkFunctionGradient({ ...base, grad: twiceAx, shrink: false });
    expect(first.verdict).toBe('refuted');
    expect(first.path).toMatch(/^\d+$/);
  });
});

describe('checkFunctionHessian: a Hessian-vector product along two independent directions', () => {
  test("x'Ax: hvp(V) = (A + A')V is verified, 2AV is refuted though it agrees along any single direction", () => {
    const hvp = ({ A }: XA, V: number[]) => V.map((_, i) => V.reduce((s, v, j) => s + (A[i]![j]! + A[j]![i]!) * v, 0));
    const twice = ({ A }: XA, V: number[]) => A.map((r) => 2 * r.reduce((s, a, j) => s + a * V[j]!, 0));
    expect(checkFunctionHessian({ f: quadratic, hvp, wrt: 'x', shape, seed: 3, cases: 30 })).toMatchObject({ verdict: 'verified', cases: 30 });
    const bad = checkFunctionHessian({ f: quadratic, hvp: twice, wrt: 'x', shape, seed: 3, cases: 30 });
    expect(bad.verdict).toBe('refuted');
    expect(bad.counterexample!.message).toMatch(/^along dx and dx₂, the mixed second difference of f is .* but Tr\(dx₂ᵀ hvp\(dx\)\) is /);
    expect(bad.counterexample!.direction2).toBeDefined();
  });

  test('½‖tanh(Wx)‖² in x: Wᵀ((1−a²)(1−3a²) ⊙ Wv) is verified, with (1−a²)² refuted', () => {
    type WX = { W: number[][]; x: number[] };
    const mv = (W: number[][], v: number[]) => W.map((r) => r.reduce((s, w, j) => s + w * v[j]!, 0));
    const mtv = (W: number[][], u: number[]) => W[0]!.map((_, j) => W.reduce((s, r, i) => s + r[j]! * u[i]!, 0));
    const f = ({ W, x }: WX) => 0.5 * mv(W, x).reduce((s, z) => s + Math.tanh(z) ** 2, 0);
    const hvpWith =
      (d: (a: number) => number) =>
      ({ W, x }: WX, v: number[]) => {
        const a = mv(W, x).map(Math.tanh);
        const Wv = mv(W, v);
        return mtv(
          W,
          a.map((ai, i) => d(ai) * Wv[i]!),
        );
      };
    const q = { f, wrt: 'x', shape: { W: 'kxd', x: 'd' }, seed: 4, cases: 30 } as const;
    expect(checkFunctionHessian({ ...q, hvp: hvpWith((a) => (1 - a * a) * (1 - 3 * a * a)) }).verdict).toBe('verified');
    expect(checkFunctionHessian({ ...q, hvp: hvpWith((a) => (1 - a * a) ** 2) }).verdict).toBe('refuted');
  });

  test('with grad given, hvp is also checked as its derivative along V: sharper, and a grad that disagrees is named', () => {
    const hvp = ({ A }: XA, V: number[]) => V.map((_, i) => V.reduce((s, v, j) => s + (A[i]![j]! + A[j]![i]!) * v, 0));
    const q = { f: quadratic, wrt: 'x', shape, seed: 3, cases: 30 } as const;
    expect(checkFunctionHessian({ ...q, hvp, grad: right }).verdict).toBe('verified');
    const slightlyOff = (v: XA, V: number[]) => hvp(v, V).map((h) => h * (1 + 1e-7));
    expect(checkFunctionHessian({ ...q, hvp: slightlyOff, grad: right }).verdict).toBe('refuted');
    const bad = checkFunctionHessian({ ...q, hvp, grad: twiceAx });
    expect(bad.verdict).toBe('refuted');
    expect(bad.counterexample!.message).toMatch(/^hvp is not the derivative of the grad given \(one of the two is wrong; checkFunctionGradient checks grad alone\)/);
  });

  test('a nondeterministic hvp is an error', () => {
    expect(() => checkFunctionHessian({ f: quadratic, hvp: ({ A }: XA, V: number[]) => V.map((v) => v * Math.random() + A[0]![0]!), wrt: 'x', shape, seed: 3 })).toThrow(/^hvp is not deterministic/);
  });
});

describe('real sizes', () => {
  const sumSin = (W: number[][]) => W.reduce((s, r) => r.reduce((t, w) => t + Math.sin(w) * w, s), 0);
  const sumSinGrad = (W: number[][]) => W.map((r) => r.map((w) => Math.cos(w) * w + Math.sin(w)));

  test('a 1000-vector and a 200×200 matrix are checked within the defaults (10 cases for more than 1,024 entries)', () => {
    const v = checkFunctionGradient({ f: ({ x }) => sumSin([x]), grad: ({ x }) => sumSinGrad([x])[0]!, wrt: 'x', shape: { x: '1000' }, seed: 1 });
    expect(v).toMatchObject({ verdict: 'verified', cases: 100 });
    const m = checkFunctionGradient({ f: ({ W }) => sumSin(W), grad: ({ W }) => sumSinGrad(W), wrt: 'W', shape: { W: '200x200' }, seed: 1 });
    expect(m).toMatchObject({ verdict: 'verified', cases: 10 });
  });

  test('a wrong gradient of a 200×200 matrix is refuted at once, its counterexample summarised in reason', () => {
    const off = (W: number[][]) => sumSinGrad(W).map((r, i) => r.map((g, j) => (i === 7 && j === 3 ? g * 1.001 : g)));
    const ev = checkFunctionGradient({ f: ({ W }) => sumSin(W), grad: ({ W }) => off(W), wrt: 'W', shape: { W: '200x200' }, seed: 1 });
    expect(ev.verdict).toBe('refuted');
    expect(ev.reason).toMatch(/\n {2}W {2}= \(200x200, entries from -5 to 5; all of it in counterexample\.values\)\n/);
    expect(ev.counterexample!.values.W!.length).toBe(200);
  });

  test("the noise is measured only in a case that needs it: 2 calls of grad in a case that passes without it, more where f's rounding is coarse (float32), and no false alarm either way", () => {
    const count = (round: (x: number) => number) => {
      const calls = { f: 0, grad: 0 };
      const ev = checkFunctionGradient({
        f: ({ W }) => {
          calls.f++;
          let s = 0;
          for (const r of W) for (const x of r) s = round(s + round(round(x) * round(x)));
          return s;
        },
        grad: ({ W }) => {
          calls.grad++;
          return W.map((r) => r.map((x) => round(2 * round(x))));
        },
        wrt: 'W',
        shape: { W: '40x40' },
        cases: 10,
        seed: 3,
      });
      return { ...calls, verdict: ev.verdict, cases: ev.cases };
    };
    // Fixed shapes: the probe is one of the 10 cases, so 10 evaluations in all, each calling grad
    // twice (the determinism check) and f about 23 times (the finite difference and its own noise).
    const exact = count((x) => x);
    expect(exact).toMatchObject({ verdict: 'verified', cases: 10, grad: 20 });
    expect(exact.f).toBeLessThanOrEqual(10 * 30);
    // In float32 the finite difference misses f's rounding until the noise is measured (f's
    // stairs, grad's noise along the curve): every case measures it, and passes.
    const single = count(Math.fround);
    expect(single).toMatchObject({ verdict: 'verified', cases: 10 });
    expect(single.grad).toBeGreaterThan(10 * 30);
  });

  test('sizes beyond memory are refused with the reason', () => {
    expect(() => checkFunctionGradient({ f: () => 0, grad: () => [[0]], wrt: 'W', shape: { W: '10000x10000' } })).toThrow(
      /^shape\.W: 10000x10000 has 100000000 entries, more than the 33554432 a check holds in memory/,
    );
  });
});
