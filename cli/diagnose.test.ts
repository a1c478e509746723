/** The diagnosis of a refuted claim where people meet it: mcv's text and --json, the library, the matchers, the README. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkGradient } from '../properties/api/index.js';
import { mcvMatchers } from '../properties/api/matchers.js';
import { json, mcv } from './inProcess.js';

const xAx = ['--wrt', 'x', '--shape', 'x=n', '--shape', 'A=nxn'];

describe('mcv prints the diagnosis of a refuted claim', () => {
  test("the README's refuted example is what mcv prints, the diagnosis included", async () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const m = /```sh\nmcv (gradient "x'\*A\*x" --wrt x --claim "2\*A\*x" [^\n]*--seed 1)\n```\n```\n([\s\S]*?)```/.exec(readme);
    expect(m, "the README shows the refuted x'Ax example with its output").not.toBeNull();
    const r = await mcv('gradient', "x'*A*x", '--claim', '2*A*x', ...xAx, '--seed', '1');
    expect(r.code).toBe(1);
    expect(r.out).toBe(m![2]);
    expect(r.out).toContain('diagnosis: G is equal to the derived gradient only if A is symmetric');
  });

  test('--json: diagnosis { summary, relation { lhs, rhs, assume }, kind } beside derived', async () => {
    const { code, body } = await json('gradient', "x'*A*x", '--claim', '2*A*x', ...xAx, '--seed', '3');
    expect(code).toBe(1);
    expect(body.derived).toEqual({ gradient: "(A + A')*x", command: 'mcv derive "x\'*A*x" --wrt x --shape x=n --shape A=nxn --seed 3' });
    expect(body.diagnosis.relation).toEqual({ lhs: '2*A*x', rhs: "(A + A')*x", assume: { A: ['symmetric'] } });
    expect(body.diagnosis.kind).toBe('assumption');
    expect(body.diagnosis.summary).toMatch(/only if A is symmetric/);
  });

  test('a forgotten transpose, a missing factor 2, a sign error and a missing term, as people type them', async () => {
    const cases: [string[], RegExp][] = [
      [['gradient', "a'*X*b", '--wrt', 'X', '--claim', "b*a'", '--shape', 'X=nxn', '--shape', 'a=n', '--shape', 'b=n'], /diagnosis: G is the transpose of the derived gradient/],
      [['gradient', "x'*x", '--wrt', 'x', '--claim', 'x', '--shape', 'x=n'], /diagnosis: G is half the derived gradient: a factor 2 is missing/],
      [
        ['gradient', "norm(A*x - b,'fro')^2", '--wrt', 'x', '--claim', "2*A'*(b - A*x)", '--shape', 'A=mxn', '--shape', 'x=n', '--shape', 'b=m'],
        /diagnosis: G is the derived gradient with the wrong sign/,
      ],
      [['gradient', "x'*A*x", '--claim', 'A*x', ...xAx], /diagnosis: G differs from the derived gradient: it lacks the term A'\*x/],
    ];
    for (const [args, want] of cases) {
      const r = await mcv(...args, '--seed', '2');
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.out, args.join(' ')).toMatch(want);
    }
  });

  test('a refuted differential gets the derived differential and its diagnosis', async () => {
    const r = await mcv('differential', 'inv(X)', '--wrt', 'X', '--claim', 'inv(X)*dX*inv(X)', '--shape', 'X=nxn', '--assume', 'X=invertible', '--seed', '2');
    expect(r.code).toBe(1);
    expect(r.out).toContain('derived differential: -inv(X)*dX*inv(X)');
    expect(r.out).toMatch(/diagnosis: dF is the derived differential with the wrong sign \(checked by the oracle as the identity inv\(X\)\*dX\*inv\(X\) = -\(-inv\(X\)\*dX\*inv\(X\)\)/);
  });

  test('a refuted Hessian: 2A holds only for a symmetric A', async () => {
    const r = await mcv('hessian', "x'*A*x", '--claim', '2*A', ...xAx, '--seed', '2');
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/diagnosis: H is equal to the derived Hessian only if A is symmetric/);
  });
});

describe('the library and the matchers', () => {
  test('checkGradient returns derived and diagnosis for a refuted claim, and neither for a verified one', () => {
    const bad = checkGradient({ f: "x'*A*x", wrt: 'x', claim: '2*A*x', shape: { x: 'n', A: 'nxn' }, seed: 4 });
    expect(bad.verdict).toBe('refuted');
    expect(bad.derived).toBe("(A + A')*x");
    expect(bad.diagnosis?.relation).toEqual({ lhs: '2*A*x', rhs: "(A + A')*x", assume: { A: ['symmetric'] } });
    const good = checkGradient({ f: "x'*A*x", wrt: 'x', claim: "(A + A')*x", shape: { x: 'n', A: 'nxn' }, seed: 4 });
    expect(good.verdict).toBe('verified');
    expect(good.diagnosis).toBeUndefined();
  });

  test('a failing toHaveGradient says the derived gradient and the diagnosis', () => {
    const r = mcvMatchers.toHaveGradient.call({ isNot: false }, { f: "x'*x", wrt: 'x', shape: { x: 'n' }, seed: 4 }, 'x');
    expect(r.pass).toBe(false);
    expect(r.message()).toMatch(/derived gradient: 2\*x\ndiagnosis: G is half the derived gradient: a factor 2 is missing[^\n]*\nreproduce: mcv gradient/);
  });
});
