/**
 * Issue 18's new functions as a user types them in `mcv` (in-process): for each of relu, softplus,
 * log1p, expm1, cosh, sinh and two-argument max/min, `mcv derive` of a small objective (exit 0, G
 * printed, --json), derive's G equal to a gradient written by hand, and `mcv gradient` accepting the
 * right claim (exit 0) and refuting a classic wrong one (exit 1, verdict 'refuted').
 */
import { describe, expect, test } from 'vitest';
import { json, mcv } from './inProcess.js';

interface Case {
  /** The function under test, as the test title names it. */
  fn: string;
  /** A small objective using it. */
  f: string;
  wrt: string;
  /** `--shape` values. */
  shapes: string[];
  /** The gradient written by hand. */
  right: string;
  /** A mistake people make by hand, and what it is. */
  wrong: string;
  mistake: string;
  /** Whether the function has a kink, which derive must mention in its step. */
  kink: boolean;
}

const layer = ['X=mxn', 'w=n'];
const cases: Case[] = [
  { fn: 'relu', f: 'sum(relu(X*w))', wrt: 'w', shapes: layer, right: "X'*((1 + sign(X*w))/2)", wrong: "X'*relu(X*w)", mistake: 'relu itself for its slope', kink: true },
  { fn: 'softplus', f: 'sum(softplus(X*w))', wrt: 'w', shapes: layer, right: "X'*sigmoid(X*w)", wrong: "X'*(1 ./ (1 + exp(X*w)))", mistake: 'sigmoid(-z) for sigmoid(z)', kink: false },
  { fn: 'log1p', f: 'sum(log1p(x.^2))', wrt: 'x', shapes: ['x=n'], right: '2*x ./ (1 + x.^2)', wrong: '1 ./ (1 + x.^2)', mistake: 'the chain rule forgotten', kink: false },
  { fn: 'expm1', f: 'sum(expm1(X*w))', wrt: 'w', shapes: layer, right: "X'*exp(X*w)", wrong: "X'*expm1(X*w)", mistake: 'expm1 for its derivative exp', kink: false },
  { fn: 'cosh', f: 'sum(cosh(X*w))', wrt: 'w', shapes: layer, right: "X'*sinh(X*w)", wrong: "-X'*sinh(X*w)", mistake: "cos's minus sign carried over", kink: false },
  { fn: 'sinh', f: 'sum(sinh(X*w))', wrt: 'w', shapes: layer, right: "X'*cosh(X*w)", wrong: "X'*sinh(X*w)", mistake: 'sinh for its derivative cosh', kink: false },
  { fn: 'max(A,B)', f: 'sum(sum(max(A, B)))', wrt: 'A', shapes: ['A=mxn', 'B=mxn'], right: '(1 + sign(A - B))/2', wrong: '(1 + sign(B - A))/2', mistake: 'the mask of the other argument', kink: true },
  { fn: 'min(A,B)', f: 'sum(min(X*w, y))', wrt: 'w', shapes: [...layer, 'y=m'], right: "X'*((1 - sign(X*w - y))/2)", wrong: "X'*((1 + sign(X*w - y))/2)", mistake: "max's mask for min's", kink: true },
];

/** `--shape` pairs, and a fixed seed and case count so every run is the same. */
const options = (c: Case) => [...c.shapes.flatMap((s) => ['--shape', s]), '--cases', '20', '--seed', '1'];

describe.each(cases)('$fn in every command', (c) => {
  test(`mcv derive ${c.f} --wrt ${c.wrt}: exit 0, G printed, --json derived with the same G`, async () => {
    const text = await mcv('derive', c.f, '--wrt', c.wrt, ...options(c));
    expect(text.err).toBe('');
    expect(text.code).toBe(0);
    expect(text.out).toContain('derived: every line and G (as a gradient claim) verified in 20 random cases each; seed 1');
    const { code, body } = await json('derive', c.f, '--wrt', c.wrt, ...options(c));
    expect([code, body.verdict, body.kind]).toEqual([0, 'derived', 'gradient']);
    expect(text.out.trimEnd().split('\n').at(-1)).toBe(`G = ${body.gradient}`);
    // Where the function has a kink, the step that uses its slope says which slope it takes there.
    const because = (body.steps as { because?: string }[]).map((s) => s.because ?? '').join(' ');
    if (c.kink) expect(because).toMatch(/kink/);
    else expect(because).not.toMatch(/kink/);
    // derive differentiated the function meant: its G equals the one written by hand.
    const same = await json('identity', body.gradient, c.right, ...options(c));
    expect([same.code, same.body.verdict]).toEqual([0, 'verified']);
  });
  test(`mcv gradient: the right claim ${c.right} verified (exit 0)`, async () => {
    const r = await json('gradient', c.f, '--wrt', c.wrt, '--claim', c.right, ...options(c));
    expect([r.code, r.body.verdict]).toEqual([0, 'verified']);
  });
  test(`mcv gradient: ${c.mistake}, ${c.wrong}, refuted (exit 1)`, async () => {
    const text = await mcv('gradient', c.f, '--wrt', c.wrt, '--claim', c.wrong, ...options(c));
    expect(text.code).toBe(1);
    const r = await json('gradient', c.f, '--wrt', c.wrt, '--claim', c.wrong, ...options(c));
    expect([r.code, r.body.verdict]).toEqual([1, 'refuted']);
  });
});
