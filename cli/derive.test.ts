/**
 * `mcv derive` as a user runs it (in-process, as most of cli/mcv.test.ts): exit statuses 0, 1, 2
 * and 3, the --json fields, bad input with the messages of the other commands, and the pointer a
 * refuted `mcv gradient` claim gets to the derived gradient.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkClaim } from '../properties/oracle/check.js';
import { toTex } from '../properties/engine/tex.js';
import { formatDerivation, formatHessian, deriveJson, hessianJson } from '../properties/presentation/derive.js';
import { json, mcv } from './inProcess.js';

const leastSquares = ['derive', "norm(X*theta - y,'fro')^2", '--wrt', 'theta', '--shape', 'X=mxd', '--shape', 'theta=d', '--shape', 'y=m', '--cases', '10', '--seed', '1'];

describe('mcv derive', () => {
  test("Exercise 1 (least squares) is derived: exit 0, the lines with their rules, and last G in mcv's syntax", async () => {
    const r = await mcv(...leastSquares);
    expect(r.code).toBe(0);
    expect(r.out).toContain("df = 2*(X*theta - y)'*X*dtheta");
    expect(r.out).toMatch(/by diff-product.*diff-norm/);
    expect(r.out).toContain('derived: every line and G (as a gradient claim) verified in 10 random cases each; seed 1');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe("G = 2*X'*(X*theta - y)");
  });
  test('--json: verdict, gradient, latex, and the steps the plain output prints, each with its LaTeX and rules', async () => {
    const { code, body } = await json(...leastSquares);
    expect(code).toBe(0);
    expect(body).toMatchObject({ verdict: 'derived', kind: 'gradient', gradient: "2*X'*(X*theta - y)", cases: 10, seed: 1 });
    expect(body.latex).toBe(toTex("2*X'*(X*theta - y)", { shapes: { X: 'mxd', theta: 'd', y: 'm' } }));
    // The plain output's lines, read back: "  df = …" / "      = …", each followed by "by …[; why]".
    const plain = (await mcv(...leastSquares)).out.split('\n');
    const lines = plain.flatMap((l, i) => (/^ {2}(df| {3}) = /.test(l) ? [{ df: l.replace(/^ +(df )?= /, ''), by: plain[i + 1]!.trim().replace(/^by /, '').split(';')[0]!.split(', ') }] : []));
    expect(lines.length).toBeGreaterThan(1);
    expect(body.steps.map((s: { df: string; by: string[] }) => ({ df: s.df, by: s.by }))).toEqual(lines);
    const shapes = { X: 'mxd', theta: 'd', y: 'm', dtheta: 'd' };
    for (const s of body.steps) expect(s.latex, s.df).toBe(toTex(s.df, { shapes }));
    expect(body.steps[0]).toEqual({
      df: "2*(X*theta - y)'*X*dtheta",
      latex: expect.any(String),
      by: ['diff-product', 'diff-difference', 'diff-norm', 'diff-scalar-power', 'product-associative', 'trace-of-scalar'],
    });
  });
  test('an expression starting with - after --, with an assumption used (y one-hot)', async () => {
    const r = await mcv('derive', '--wrt', 'T', '--shape', 'T=kxd', '--shape', 'x=d', '--shape', 'y=k', '--assume', 'y=onehot', '--cases', '5', '--seed', '2', '--', "-y'*log(softmax(T*x))");
    expect(r.code).toBe(0);
    expect(r.out).toContain('y is one-hot');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe("G = (softmax(T*x) - y)*x'");
  });
  test('a matrix-valued F gets its differential dF, checked as a differential claim', async () => {
    const { code, body } = await json('derive', 'inv(X)', '--wrt', 'X', '--shape', 'X=nxn', '--assume', 'X=invertible', '--cases', '5', '--seed', '1');
    expect(code).toBe(0);
    expect(body).toMatchObject({ verdict: 'derived', kind: 'differential', differential: '-inv(X)*dX*inv(X)' });
  });
  test('exit 3: a construct it cannot differentiate, named with its position, in one line', async () => {
    const r = await mcv('derive', 'trace(X) + norm(X, 2)', '--wrt', 'X', '--shape', 'X=nxn');
    expect(r.code).toBe(3);
    expect(r.out.trim().split('\n')).toHaveLength(1);
    expect(r.out).toMatch(/^unsupported: norm at character 12: .*spectral norm/);
    const j = await json('derive', 'trace(X) + norm(X, 2)', '--wrt', 'X', '--shape', 'X=nxn');
    expect(j.body).toMatchObject({ verdict: 'unsupported', unsupported: { construct: 'norm', position: 11 } });
  });
  test('the cases that once crashed or were refused: det(X^0), trace(kron(X,X)), trace(X^k) with k a size letter', async () => {
    // det(X^0) = det(I) = 1: its gradient is 0 (the engine once failed with "Cannot read properties of null").
    const det = await mcv('derive', 'det(X^0)', '--wrt', 'X', '--shape', 'X=kxk', '--assume', 'X=invertible', '--cases', '10', '--seed', '1');
    expect([det.code, det.out.trimEnd().split('\n').at(-1)]).toEqual([0, 'G = zeros(k, k)']);
    // A Kronecker product inside a trace, through d(X ⊗ X) = dX ⊗ X + X ⊗ dX (it once exited 3).
    const kron = await json('derive', 'trace(kron(X,X))', '--wrt', 'X', '--shape', 'X=nxn', '--cases', '10', '--seed', '1');
    expect(kron.code).toBe(0);
    expect(kron.body.gradient).toBe('2*trace(X)*eye(n)');
    expect(kron.body.steps.flatMap((s: { by: string[] }) => s.by)).toContain('kron-trace');
    // Tr(Xᵏ) for a size letter k, as grad-trace-cube states it (once refused).
    const power = await mcv('derive', 'trace(X^k)', '--wrt', 'X', '--shape', 'X=nxn', '--shape', 'v=k', '--cases', '10', '--seed', '1');
    expect(power.code).toBe(0);
    expect(power.out).toMatch(/by diff-trace, diff-matrix-power, trace-cyclic; the k terms of d\(X\^k\) are equal inside the trace/);
    expect(power.out.trimEnd().split('\n').at(-1)).toBe("G = k*(X^(k - 1))'");
    // Not a size letter: still refused, with the reason.
    const free = await mcv('derive', 'trace(X^a)', '--wrt', 'X', '--shape', 'X=nxn', '--shape', 'a=1');
    expect([free.code, free.out]).toEqual([3, 'unsupported: pow at character 8: a matrix power needs a whole-number exponent\n']);
  });
  test('exit 2: bad input, with the message `mcv gradient` gives, and {"error"} with --json', async () => {
    const shapes = ['--wrt', 'X', '--shape', 'X=nxn', '--shape', 'a=m'];
    const d = await mcv('derive', "a'*trac(X)*a", ...shapes);
    const g = await mcv('gradient', "a'*trac(X)*a", '--claim', 'X', ...shapes);
    expect(d.code).toBe(2);
    expect(d.err).toBe(g.err);
    expect(d.err).toContain('unknown function "trac"');
    const shape = await mcv('derive', "a'*X", ...shapes);
    expect(shape.code).toBe(2);
    expect(shape.err).toContain('f cannot be evaluated for the declared shapes');
    const j = await json('derive', "a'*X", ...shapes);
    expect(j.code).toBe(2);
    expect(j.body.error).toContain('cannot multiply');
    expect((await mcv('derive', "a'*X*b", '--shape', 'X=3x4')).code).toBe(2);
    expect((await mcv('derive', 'x', '--wrt', 'x', '--shape', 'x=n', '--cases', 'many')).err).toContain('--cases many');
  });
  test('--time-limit bounds the whole derivation', async () => {
    const t0 = Date.now();
    const r = await mcv('derive', 'trace(X*X*X)', '--wrt', 'X', '--shape', 'X=200x200', '--cases', '1000', '--time-limit', '0.5');
    expect(r.code).toBe(2);
    // Out of time inside an evaluation or between two cases: which one depends on the machine's load.
    expect(r.err).toMatch(/ran out of time|the time limit of 0.5 s passed/);
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
  test('exit 1 is a refuted line: the output names it and gives the commands that reproduce it', () => {
    // A refuted line cannot be produced through the engine on purpose; the report is built from a refuted check.
    const claim = { kind: 'identity' as const, expr: "x'*A*x", claim: "x'*A'*x + 1", shapes: { x: 'n', A: 'nxn' } };
    const evidence = checkClaim(claim, { seed: 3, cases: 5 });
    expect(evidence.verdict).toBe('refuted');
    const args = { f: "x'*A*x", wrt: 'x', shape: ['x=n', 'A=nxn'], assume: [] };
    const result = {
      verdict: 'refuted' as const,
      kind: 'gradient' as const,
      gradient: "(A + A')*x",
      steps: [{ df: "x'*A'*x + 1", latex: '', by: [] }],
      cases: 5,
      seed: 9,
      refuted: { line: 2, name: 'step 2 follows from step 1', claim, seed: 3, evidence },
    };
    const text = formatDerivation(result, args);
    expect(text).toContain('refuted: line 2 (step 2 follows from step 1) does not hold. This is a bug of mcv derive');
    expect(text).toContain(`reproduce the line: mcv identity "x'*A*x" "x'*A'*x + 1" --shape x=n --shape A=nxn --cases 5 --seed 3`);
    expect(text).toContain(`reproduce the derivation: mcv derive "x'*A*x" --wrt x --shape x=n --shape A=nxn --seed 9`);
    expect(deriveJson(result, args)).toMatchObject({ verdict: 'refuted', refuted: { line: 2, reproduce: expect.stringContaining('mcv identity') } });
  });
});

describe('a refuted gradient points to the derived one', () => {
  const wrong = ['gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '7', '--cases', '20'];
  test('plain: the derived gradient and the command that shows its derivation', async () => {
    const r = await mcv(...wrong);
    expect(r.code).toBe(1);
    expect(r.out).toContain("derived gradient: (A + A')*x");
    expect(r.out).toContain('its derivation, every line checked: mcv derive "x\'*A*x" --wrt x --shape x=n --shape A=nxn --seed 7');
  });
  test('--json: field derived', async () => {
    const { code, body } = await json(...wrong);
    expect(code).toBe(1);
    expect(body.derived).toEqual({ gradient: "(A + A')*x", command: 'mcv derive "x\'*A*x" --wrt x --shape x=n --shape A=nxn --seed 7' });
  });
  test('a verified claim runs no derivation', async () => {
    const { body } = await json('gradient', "x'*A*x", '--wrt', 'x', '--claim', "(A + A')*x", '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '7', '--cases', '20');
    expect(body.verdict).toBe('verified');
    expect(body.derived).toBeUndefined();
  });
});

describe('mcv derive --hessian', () => {
  const quadratic = ['derive', "x'*A*x", '--wrt', 'x', '--shape', 'x=n', '--shape', 'A=nxn', '--hessian', '--cases', '5', '--seed', '1'];
  test("xᵀAx: exit 0, the gradient's lines, then d(∇f), and last H as `mcv hessian --claim` takes it: A + Aᵀ", async () => {
    const r = await mcv(...quadratic);
    expect(r.code).toBe(0);
    expect(r.out).toContain("read off df = Tr(Gᵀ dx): G = (A + A')*x");
    expect(r.out).toContain("d(∇f) = (A + A')*dx");
    expect(r.out).toContain('derived: every line, G (as a gradient claim) and H (as a Hessian claim along two independent directions, in map and matrix form) verified in 5 random cases each; seed 1');
    expect(r.out.trimEnd().split('\n').slice(-3)).toEqual(["G = (A + A')*x", "H[dx] = (A + A')*dx", "H = A + A'"]);
    // What it prints is what `mcv hessian` verifies.
    const check = await mcv('hessian', "x'*A*x", '--wrt', 'x', '--claim', "A + A'", '--shape', 'x=n', '--shape', 'A=nxn', '--cases', '5', '--seed', '1');
    expect(check.code).toBe(0);
  });
  test('--assume A=symmetric gives 2A', async () => {
    const r = await mcv(...quadratic, '--assume', 'A=symmetric');
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('H = 2*A');
  });
  test('log|det X|: the map form only, last line H[dX]', async () => {
    const r = await mcv('derive', 'logdet(X)', '--wrt', 'X', '--shape', 'X=nxn', '--assume', 'X=invertible', '--hessian', '--cases', '5', '--seed', '1');
    expect(r.code).toBe(0);
    expect(r.out.trimEnd().split('\n').at(-1)).toBe("H[dX] = -(inv(X)*dX*inv(X))'");
    expect(r.out).not.toMatch(/^H = /m);
  });
  test('--json: verdict, kind, gradient, hessian, hessianMatrix, latex, steps, hessianSteps, cases, seed', async () => {
    const { code, body } = await json(...quadratic);
    expect(code).toBe(0);
    expect(body).toMatchObject({ verdict: 'derived', kind: 'hessian', gradient: "(A + A')*x", hessian: "(A + A')*dx", hessianMatrix: "A + A'", cases: 5, seed: 1 });
    expect(body.latex).toContain('d\\mathbf{x}');
    expect(body.hessianMatrixLatex).toContain('\\mathbf{A}^\\top');
    expect(body.steps.length).toBeGreaterThan(0);
    expect(body.hessianSteps[0]).toMatchObject({ dG: "(A + A')*dx", by: ['diff-product'] });
    const map = await json('derive', 'logdet(X)', '--wrt', 'X', '--shape', 'X=nxn', '--assume', 'X=invertible', '--hessian', '--cases', '5', '--seed', '1');
    expect(map.body.hessian).toBe("-(inv(X)*dX*inv(X))'");
    expect(map.body).not.toHaveProperty('hessianMatrix');
  });
  test('exit 3: the gradient uses a construct it cannot differentiate (a matrix power n − 1, from Tr(Xⁿ))', async () => {
    const args = ['derive', 'trace(X^n)', '--wrt', 'X', '--shape', 'X=nxn', '--hessian', '--cases', '5', '--seed', '1'];
    const r = await mcv(...args);
    expect(r.code).toBe(3);
    expect(r.out.trimEnd().split('\n').at(-1)).toMatch(/^unsupported: the gradient G = n\*\(X\^\(n - 1\)\)' uses pow: /);
    const j = await json(...args);
    expect(j).toMatchObject({ code: 3, body: { verdict: 'unsupported', unsupported: { construct: 'pow' } } });
  });
  test('exit 0: the gradient sign(x) of sum(abs(x)) is a step, so H = 0 where it exists, and the line says where', async () => {
    const r = await mcv('derive', 'sum(abs(x))', '--wrt', 'x', '--shape', 'x=n', '--hessian', '--cases', '5', '--seed', '1');
    expect(r.code).toBe(0);
    expect(r.out).toContain('by sign-differential; where no entry of the argument is 0');
    expect(r.out.trimEnd().split('\n').at(-1)).toBe('H = zeros(n, n)');
    const j = await json('derive', 'sum(abs(x))', '--wrt', 'x', '--shape', 'x=n', '--hessian', '--cases', '5', '--seed', '1');
    expect(j).toMatchObject({ code: 0, body: { verdict: 'derived', gradient: 'sign(x)', hessianMatrix: 'zeros(n, n)' } });
  });
  test('exit 2: a matrix-valued f, named with its shape; {"error"} with --json', async () => {
    const r = await mcv('derive', 'inv(X)', '--wrt', 'X', '--shape', 'X=nxn', '--hessian');
    expect(r.code).toBe(2);
    expect(r.err).toBe('mcv: f is nxn, not a scalar; a Hessian needs a scalar f (without --hessian, mcv derive gives the differential of a matrix-valued F)\n');
    const j = await json('derive', 'inv(X)', '--wrt', 'X', '--shape', 'X=nxn', '--hessian');
    expect(j.code).toBe(2);
    expect(j.body.error).toContain('a Hessian needs a scalar f');
  });
  test('exit 1 is a refuted line of d(∇f): named, with the commands that reproduce it (--hessian among them)', () => {
    // A refuted line cannot be produced through the engine on purpose; the report is built from a refuted check.
    const claim = { kind: 'hessian' as const, expr: "x'*A*x", claim: '2*A*dx', gradient: "(A + A')*x", wrt: ['x'], shapes: { x: 'n', A: 'nxn' } };
    const evidence = checkClaim(claim, { seed: 3, cases: 5 });
    expect(evidence.verdict).toBe('refuted');
    const args = { f: "x'*A*x", wrt: 'x', shape: ['x=n', 'A=nxn'], assume: [], hessian: true };
    const result = {
      verdict: 'refuted' as const,
      kind: 'hessian' as const,
      gradient: "(A + A')*x",
      steps: [],
      hessian: '2*A*dx',
      hessianSteps: [{ dG: '2*A*dx', latex: '', by: [] }],
      cases: 5,
      seed: 9,
      refuted: { part: 'hessian' as const, line: 1, name: 'line 1 of d(∇f) is the Hessian of f and the differential of G', claim, seed: 3, evidence },
    };
    const text = formatHessian(result, args);
    expect(text).toContain('refuted: line 1 (line 1 of d(∇f) is the Hessian of f and the differential of G) does not hold. This is a bug of mcv derive');
    expect(text).toContain(`reproduce the line: mcv hessian "x'*A*x" --wrt x --claim "2*A*dx" --gradient "(A + A')*x" --shape x=n --shape A=nxn --cases 5 --seed 3`);
    expect(text).toContain(`reproduce the derivation: mcv derive "x'*A*x" --wrt x --shape x=n --shape A=nxn --seed 9 --hessian`);
    expect(hessianJson(result, args)).toMatchObject({ verdict: 'refuted', refuted: { part: 'hessian', line: 1, reproduce: expect.stringContaining('mcv hessian') } });
  });
});

describe('a refuted Hessian points to the derived one, in the form of the claim', () => {
  test('the trap 2A for xᵀAx: the matrix A + Aᵀ, and the command that derives it', async () => {
    const r = await mcv('hessian', "x'*A*x", '--wrt', 'x', '--claim', '2*A', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '5', '--cases', '20');
    expect(r.code).toBe(1);
    expect(r.out).toContain('derived Hessian: A + A\'\nits derivation, every line checked: mcv derive "x\'*A*x" --wrt x --shape x=n --shape A=nxn --seed 5 --hessian');
  });
  test('a map claim gets the map (--json: field derived)', async () => {
    const { code, body } = await json('hessian', 'logdet(X)', '--wrt', 'X', '--claim', '-inv(X)*dX*inv(X)', '--shape', 'X=nxn', '--assume', 'X=invertible', '--seed', '5', '--cases', '20');
    expect(code).toBe(1);
    expect(body.derived).toEqual({ hessian: "-(inv(X)*dX*inv(X))'", command: 'mcv derive "logdet(X)" --wrt X --shape X=nxn --assume X=invertible --seed 5 --hessian' });
  });
});

test("README's mcv derive examples (the opening one without --shape, Exercise 1, and --hessian on x'Ax) are what mcv prints", async () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const examples = [...readme.matchAll(/```sh\nmcv (derive [^\n]*)\n```\n```\n([\s\S]*?)```/g)];
  expect(examples.map((m) => m[1])).toEqual([
    `derive "norm(X*theta - y)^2" --wrt theta --seed 1`,
    `derive "norm(X*theta - y,'fro')^2" --wrt theta --shape X=mxd --shape theta=d --shape y=m --seed 1`,
    `derive "x'*A*x" --wrt x --shape x=n --shape A=nxn --hessian --seed 1`,
  ]);
  // The README opens with a command that has no --shape at all (issue 21).
  expect(readme.indexOf('```sh\nmcv derive "norm(X*theta - y)^2" --wrt theta --seed 1')).toBe(readme.indexOf('```'));
  expect((await mcv('derive', 'norm(X*theta - y)^2', '--wrt', 'theta', '--seed', '1')).out).toBe(examples[0]![2]);
  expect((await mcv('derive', "norm(X*theta - y,'fro')^2", '--wrt', 'theta', '--shape', 'X=mxd', '--shape', 'theta=d', '--shape', 'y=m', '--seed', '1')).out).toBe(examples[1]![2]);
  expect((await mcv('derive', "x'*A*x", '--wrt', 'x', '--shape', 'x=n', '--shape', 'A=nxn', '--hessian', '--seed', '1')).out).toBe(examples[2]![2]);
});

describe('mcv derive --wrt X,Y: several variables', () => {
  const two = ['derive', "trace(X*Y) + norm(X*theta - y,'fro')^2", '--wrt', 'X,theta', '--shape', 'X=mxd', '--shape', 'Y=dxm', '--shape', 'theta=d', '--shape', 'y=m', '--cases', '10', '--seed', '1'];
  test('exit 0: the whole df, each variable to its gradient, and last one G per variable', async () => {
    const r = await mcv(...two);
    expect(r.code).toBe(0);
    expect(r.out).toContain("  df = trace(dX*Y) - 2*(y - X*theta)'*(dX*theta + X*dtheta)");
    expect(r.out).toContain('with respect to X: the terms of df in dX (dtheta = 0):');
    expect(r.out).toContain('derived: df (as a differential claim in dX, dtheta), every line and each G (as a gradient claim) verified in 10 random cases each; seed 1');
    expect(r.out.trimEnd().split('\n').slice(-2)).toEqual(["G_X = Y' + 2*(X*theta - y)*theta'", "G_theta = 2*X'*(X*theta - y)"]);
    // Each G is what `mcv derive --wrt` gives for its variable alone.
    const alone = await json(...two.map((x) => (x === 'X,theta' ? 'theta' : x)));
    expect(alone.body.gradient).toBe("2*X'*(X*theta - y)");
  });
  test('--json: wrt, the whole df, and per variable its gradient, LaTeX and steps', async () => {
    const { code, body } = await json(...two);
    expect(code).toBe(0);
    expect(body).toMatchObject({ verdict: 'derived', kind: 'gradient', wrt: ['X', 'theta'], df: "trace(dX*Y) - 2*(y - X*theta)'*(dX*theta + X*dtheta)", cases: 10, seed: 1 });
    expect(Object.keys(body.gradients)).toEqual(['X', 'theta']);
    expect(body.gradients.theta).toMatchObject({ gradient: "2*X'*(X*theta - y)", steps: [{ df: "2*(X*theta - y)'*X*dtheta" }, { df: "trace((2*(X*theta - y))'*X*dtheta)" }] });
    expect(body.gradients.X.gradient).toBe("Y' + 2*(X*theta - y)*theta'");
    expect(body).not.toHaveProperty('gradient');
  });
  test('exit 3 when one variable meets a construct it cannot differentiate; exit 2 for a bad list or with --hessian', async () => {
    expect((await mcv('derive', 'trace(Y) + trace(X)^trace(X)', '--wrt', 'Y,X', '--shape', 'X=nxn', '--shape', 'Y=nxn')).code).toBe(3);
    const twice = await mcv('derive', "x'*A*x", '--wrt', 'x,x', '--shape', 'x=n', '--shape', 'A=nxn');
    expect([twice.code, twice.err]).toEqual([2, 'mcv: --wrt names a variable twice: x,x\n']);
    const hessian = await json('derive', "x'*A*x", '--wrt', 'x,A', '--shape', 'x=n', '--shape', 'A=nxn', '--hessian');
    expect(hessian.code).toBe(2);
    expect(hessian.body.error).toContain('a Hessian is derived with respect to one variable');
  });
});
