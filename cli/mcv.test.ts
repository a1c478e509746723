/**
 * mcv as a user runs it: exit statuses, messages, JSON. Most tests run the program in-process
 * (cli/program.ts, the code the command runs, with stdout and stderr captured); those marked
 * "(the command)" spawn the bundle as `npx mcv` runs it, rebuilt first so it is the current code.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkDifferential, checkGradient, checkHessian, checkIdentity } from '../properties/api/index.js';
import { ELEMENTWISE, FUNCTIONS } from '../properties/engine/expr.js';
import { RULES } from '../rules/index.js';
import { json, mcv } from './inProcess.js';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs']);
});

/** The command: a process running the bundle. */
function command(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/mcv.mjs', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const aXb = ['gradient', "a'*X*b", '--wrt', 'X', '--shape', 'X=3x4', '--shape', 'a=3', '--shape', 'b=4'];

describe('verdicts', () => {
  test('a true claim from the notes is verified: exit 0', async () => {
    const r = await mcv(...aXb, '--claim', "a*b'");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^verified: df = Tr\(Gᵀ dX\) held in 100 random cases/);
  });
  test('--json has verdict, cases, seed, maxError', async () => {
    const { code, body } = await json(...aXb, '--claim', "a*b'", '--seed', '42', '--cases', '30');
    expect(code).toBe(0);
    expect(body).toMatchObject({ verdict: 'verified', cases: 30, seed: 42 });
    expect(body.maxError).toBeLessThanOrEqual(1);
  });
  test('a missing transpose is refuted (exit 1), saying which shapes disagree', async () => {
    const r = await mcv(...aXb, '--claim', "b*a'");
    expect(r.code).toBe(1);
    expect(r.out).toContain('refuted: G is 4x3 but X is 3x4 (a missing transpose?)');
  });
  test('a wrong gradient on square shapes is refuted with a shrunk counterexample and the two numbers', async () => {
    const { code, body } = await json('gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '7');
    expect(code).toBe(1);
    expect(body.verdict).toBe('refuted');
    const c = body.counterexample;
    expect(Object.keys(c.values).sort()).toEqual(['A', 'x']);
    expect(c.direction.x).toBeDefined();
    expect(c.dims.n).toBeLessThanOrEqual(2);
    expect(typeof c.expected).toBe('number');
    expect(typeof c.actual).toBe('number');
    expect(c.expected).not.toBe(c.actual);
    const human = await mcv('gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '7');
    expect(human.out).toContain('counterexample (seed 7):');
    expect(human.out).toContain('reproduce: mcv gradient');
  });
  test('the same seed gives the same output, byte for byte', async () => {
    const args = ['gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '123'];
    const [text, json] = [(await mcv(...args)).out, (await mcv(...args, '--json')).out];
    expect(text).toMatch(/^refuted: /);
    expect(JSON.parse(json)).toMatchObject({ verdict: 'refuted', seed: 123 });
    expect((await mcv(...args)).out).toBe(text);
    expect((await mcv(...args, '--json')).out).toBe(json);
  });
  test('norm(X,2) of a matrix is the spectral norm, as in mathjs (6.708 for [[3,0],[4,5]]), not the Frobenius norm (7.071)', async () => {
    expect((await mcv('identity', 'norm([3,0;4,5],2)', 'sqrt(45)', '--shape', 'X=2x2')).code).toBe(0);
    expect((await mcv('identity', 'norm(X,2)', "norm(X',2)", '--shape', 'X=mxn')).code).toBe(0);
    expect((await mcv('identity', 'norm(Q*X,2)', 'norm(X,2)', '--shape', 'Q=mxm', '--shape', 'X=mxn', '--assume', 'Q=orthogonal')).code).toBe(0);
    expect((await mcv('identity', 'norm(X,2)', "norm(X,'fro')", '--shape', 'X=2x3', '--seed', '1')).code).toBe(1);
    // The bound is tight enough to see a relative error of 1e-12.
    expect((await mcv('identity', 'norm(X,2)', "norm(X',2)*(1 + 1e-12)", '--shape', 'X=3x3', '--seed', '1')).code).toBe(1);
  });
  test('differentials in two variables and identities, with assumptions', async () => {
    expect((await mcv('differential', 'X*Y', '--wrt', 'X,Y', '--claim', 'dX*Y + X*dY', '--shape', 'X=mxn', '--shape', 'Y=nxp')).code).toBe(0);
    expect((await mcv('differential', 'X*Y', '--wrt', 'X,Y', '--claim', 'dX*Y + dY*X', '--shape', 'X=nxn', '--shape', 'Y=nxn')).code).toBe(1);
    expect((await mcv('differential', 'inv(X)', '--wrt', 'X', '--claim', '-inv(X)*dX*inv(X)', '--shape', 'X=nxn', '--assume', 'X=invertible')).code).toBe(0);
    expect((await mcv('identity', 'trace(X*Y)', 'trace(Y*X)', '--shape', 'X=mxn', '--shape', 'Y=nxm')).code).toBe(0);
    expect((await mcv('identity', 'trace(A*B*C)', 'trace(A*C*B)', '--shape', 'A=nxn', '--shape', 'B=nxn', '--shape', 'C=nxn')).code).toBe(1);
    expect((await mcv('gradient', 'logdet(X)', '--wrt', 'X', '--claim', 'inv(X)', '--shape', 'X=nxn', '--assume', 'X=spd')).code).toBe(0);
    expect((await mcv('gradient', 'logdet(X)', '--wrt', 'X', '--claim', 'inv(X)', '--shape', 'X=nxn', '--assume', 'X=invertible')).code).toBe(1);
  });
});

describe('mcv hessian', () => {
  const trap = ['hessian', "x'*A*x", '--wrt', 'x', '--claim', '2*A', '--shape', 'x=n', '--shape', 'A=nxn'];
  test('the single-direction trap: 2A is refuted as the Hessian of xᵀAx on every seed (exit 1), and verified for a symmetric A (exit 0)', async () => {
    for (const seed of ['1', '2', '3', '-7']) {
      expect((await mcv(...trap, '--seed', seed, '--cases', '30')).code, `seed ${seed}`).toBe(1);
      expect((await mcv(...trap, '--seed', seed, '--cases', '30', '--assume', 'A=symmetric')).code, `seed ${seed}, A symmetric`).toBe(0);
    }
  });
  test('a refutation shows both directions, the two numbers and the reproduce command', async () => {
    const r = await mcv(...trap, '--seed', '5');
    expect(r.out).toMatch(/^refuted: along dx and dx₂, the mixed second difference of f is .* but Tr\(dx₂ᵀ H\[dx\]\) is /);
    expect(r.out).toMatch(/\n  dx  = \[.*\]\n  dx₂ = \[.*\]\n/);
    // The trap is named: H is not symmetric, and its symmetric part matches f.
    expect(r.out).toMatch(/H is not symmetric \(Tr\(dxᵀ H\[dx₂\]\) is .*\), and its symmetric part matches f here/);
    expect(r.out).toContain('reproduce: mcv hessian "x\'*A*x" --wrt x --claim "2*A" --shape x=n --shape A=nxn --seed 5');
  });
  test('--json has the fields of the other commands, and both directions', async () => {
    const ok = await json('hessian', "x'*A*x", '--wrt', 'x', '--claim', "A + A'", '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '42', '--cases', '20');
    expect(ok.code).toBe(0);
    expect(ok.body).toMatchObject({ verdict: 'verified', cases: 20, seed: 42, discarded: 0 });
    expect(ok.body.maxError).toBeLessThanOrEqual(1);
    const bad = await json(...trap, '--seed', '42');
    expect(bad.code).toBe(1);
    expect(bad.body.counterexample.direction.x).toBeDefined();
    expect(bad.body.counterexample.direction2.x).toBeDefined();
    expect(bad.body.counterexample.labels).toEqual(['mixed second difference of f along dx, dx₂', 'Tr(dx₂ᵀ H[dx])']);
  });
  test('a matrix variable, in map form: log|det X|, and its transpose dropped refuted', async () => {
    const logdet = ['hessian', 'logdet(X)', '--wrt', 'X', '--shape', 'X=nxn', '--assume', 'X=invertible', '--seed', '3', '--cases', '30'];
    expect((await mcv(...logdet, '--claim', "-(inv(X)*dX*inv(X))'")).code).toBe(0);
    expect((await mcv(...logdet, '--claim', '-inv(X)*dX*inv(X)')).code).toBe(1);
  });
  test('--gradient G: H is also checked as the differential of G, and a wrong G is named', async () => {
    const ls = ['hessian', "norm(X*w - y,'fro')^2", '--wrt', 'w', '--shape', 'X=mxn', '--shape', 'w=n', '--shape', 'y=m', '--seed', '2', '--cases', '20'];
    expect((await mcv(...ls, '--claim', "2*X'*X", '--gradient', "2*X'*(X*w - y)")).code).toBe(0);
    const wrongG = await mcv(...ls, '--claim', "2*X'*X", '--gradient', "X'*(X*w - y)");
    expect(wrongG.code).toBe(1);
    expect(wrongG.out).toMatch(/^refuted: (the gradient G given is not the gradient of f|H is not the differential of the gradient G given)/);
    expect(wrongG.out).toContain('--gradient "X\'*(X*w - y)"');
  });
  test('shape errors of the claim are refuted; bad input exits 2 naming the fault', async () => {
    const shape = await mcv('hessian', "x'*A*x", '--wrt', 'x', '--claim', "(A + A')*x", '--shape', 'x=n', '--shape', 'A=nxn');
    expect(shape.code).toBe(1);
    expect(shape.out).toMatch(/^refuted: H is 2x1 but the Hessian of f with respect to x \(2x1\) is 2x2/);
    const matrixForMatrix = await mcv('hessian', 'logdet(X)', '--wrt', 'X', '--claim', "-inv(X)'", '--shape', 'X=nxn');
    expect(matrixForMatrix.code).toBe(2);
    expect(matrixForMatrix.err).toMatch(/H does not use dX, so it reads as the matrix .* for a matrix X write the map H\[dX\] with dX/);
    const notScalar = await mcv('hessian', 'A*x', '--wrt', 'x', '--claim', 'A', '--shape', 'x=n', '--shape', 'A=nxn');
    expect(notScalar.code).toBe(2);
    expect(notScalar.err).toMatch(/f is 2x1 .*not a scalar; a hessian needs a scalar f/);
    const two = await mcv('hessian', "x'*y", '--wrt', 'x,y', '--claim', 'dy', '--shape', 'x=n', '--shape', 'y=n');
    expect(two.code).toBe(2);
    expect(two.err).toMatch(/--wrt x,y names no variable/);
    expect((await mcv('gradient', "x'*x", '--wrt', 'x', '--claim', '2*x', '--shape', 'x=n', '--gradient', '2*x')).code).toBe(2);
  });
  test('an expression starting with "-", with or without "--"; the reproduce line is written as users type it', async () => {
    const r = await mcv('hessian', "-x'*A*x", '--wrt', 'x', '--claim', '-2*A', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '1');
    expect(r.code).toBe(1);
    expect(r.out).toContain('reproduce: mcv hessian "-x\'*A*x" --wrt x --claim "-2*A" --shape x=n --shape A=nxn --seed 1');
    expect((await mcv('hessian', '--wrt', 'x', '--claim', "-(A + A')", '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '1', '--', "-x'*A*x")).code).toBe(0);
  });
});

describe('an expression that starts with a minus is taken as the expression, as users type it', () => {
  const nll = ['--wrt', 'z', '--claim', 'softmax(z) - y', '--shape', 'y=k', '--shape', 'z=k', '--assume', 'y=onehot'];
  test(`mcv gradient "-y'*log(softmax(z))" --wrt z --claim "softmax(z) - y" … is verified (exit 0), with or without --`, async () => {
    expect((await mcv('gradient', "-y'*log(softmax(z))", ...nll)).code).toBe(0);
    expect((await mcv('gradient', ...nll, '--', "-y'*log(softmax(z))")).code).toBe(0);
    expect((await mcv('gradient', '--seed', '1', "-y'*log(softmax(z))", ...nll, '--json')).code).toBe(0);
  });
  test('in identities (both sides), differentials and the values of --claim; a wrong one is still refuted', async () => {
    expect((await mcv('identity', '-trace(X)', "-trace(X')", '--shape', 'X=nxn')).code).toBe(0);
    expect((await mcv('identity', '-x', '-(x)', '--shape', 'x=n')).code).toBe(0);
    expect((await mcv('differential', '-inv(X)', '--wrt', 'X', '--claim', 'inv(X)*dX*inv(X)', '--shape', 'X=nxn', '--assume', 'X=invertible')).code).toBe(0);
    expect((await mcv('differential', '-X*X', '--wrt', 'X', '--claim', '-dX*X - X*dX', '--shape', 'X=nxn')).code).toBe(0);
    const wrong = await mcv('gradient', "-y'*log(softmax(z))", '--wrt', 'z', '--claim', 'softmax(z) + y', '--shape', 'y=k', '--shape', 'z=k', '--assume', 'y=onehot', '--seed', '3');
    expect(wrong.code).toBe(1);
    // The reproduce line is written as users type it (which the first test runs).
    expect(wrong.out).toContain(`reproduce: mcv gradient "-y'*log(softmax(z))" --wrt z --claim "softmax(z) + y" --shape y=k --shape z=k --assume y=onehot --seed 3\n`);
  });
  test('in mcv derive and mcv hessian too (their own options, --gradient, keep their values)', async () => {
    expect((await mcv('derive', "-y'*log(softmax(z))", '--wrt', 'z', '--shape', 'y=k', '--shape', 'z=k', '--assume', 'y=onehot', '--cases', '10')).code).toBe(0);
    expect((await mcv('hessian', "-x'*x", '--wrt', 'x', '--claim', '-2*eye(n)', '--gradient', '-2*x', '--shape', 'x=n', '--cases', '10')).code).toBe(0);
  });
  test('an unknown long option is still an unknown option, with a suggestion', async () => {
    const r = await mcv('differential', '-X', '--wrt', 'X', '--claim', '-dX', '--shap', 'X=2');
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown option '--shap'");
  });
});

describe('--assume takes several variables in one flag, in every command that takes it', () => {
  // Each claim holds only if both A and B are symmetric, so both assumptions must arrive.
  const both = ['--shape', 'A=nxn', '--shape', 'B=nxn', '--seed', '3', '--cases', '20'];
  test.each([
    ['gradient', "trace(A*X*B*X')", '--wrt', 'X', '--claim', '2*A*X*B', '--shape', 'X=nxn'],
    ['differential', "trace(A*X*B*X')", '--wrt', 'X', '--claim', "trace(2*B*X'*A*dX)", '--shape', 'X=nxn'],
    ['identity', 'A*B', "(B*A)'"],
    ['jacobian', 'A*B*x', '--wrt', 'x', '--claim', "(B*A)'", '--shape', 'x=n'],
    ['hessian', "x'*A*B*x", '--wrt', 'x', '--claim', 'A*B + B*A', '--shape', 'x=n'],
    ['derive', "x'*A*x + x'*B*x", '--wrt', 'x', '--shape', 'x=n'],
  ])('%s: A=symmetric,B=symmetric is --assume A=symmetric --assume B=symmetric', async (...args) => {
    const one = await mcv(...args, ...both, '--assume', 'A=symmetric,B=symmetric');
    const two = await mcv(...args, ...both, '--assume', 'A=symmetric', '--assume', 'B=symmetric');
    expect(two.code, two.err).toBe(0);
    expect(one).toEqual(two);
  });
  test('a kind after a comma, with no NAME=, is another assumption on the variable before it (the older syntax)', async () => {
    const args = ['gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '3', '--cases', '20'];
    expect((await mcv(...args, '--assume', 'A=spd,symmetric')).code).toBe(0);
    expect(await mcv(...args, '--assume', 'A=symmetric,invertible,x=positive')).toEqual(await mcv(...args, '--assume', 'A=symmetric', '--assume', 'A=invertible', '--assume', 'x=positive'));
  });
  test.each([
    ['A=spd,,B=spd', /--assume A=spd,,B=spd: write NAME=VALUE, e\.g\. --assume X=spd; several at once: --assume A=spd,B=symmetric/],
    ['A=spd,B=', /--assume A=spd,B=: B has no value/],
    ['spd,A=spd', /--assume spd,A=spd: write NAME=VALUE/],
  ])('--assume %s is bad input naming the fix', async (item, message) => {
    const r = await mcv('gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=n', '--shape', 'A=nxn', '--assume', item);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});

describe('bad input: exit 2, one short message naming the fault, never a stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    [
      'an expression that does not parse (with the position)',
      ['gradient', "a'*X*b)", '--wrt', 'X', '--claim', "a*b'", '--shape', 'X=3x4', '--shape', 'a=3', '--shape', 'b=4'],
      /cannot parse .* at character 7/,
    ],
    ['an unknown function', ['gradient', 'trac(X)', '--wrt', 'X', '--claim', 'eye(3)', '--shape', 'X=3x3'], /unknown function "trac" \(did you mean "trace"\?\)/],
    // A variable without --shape is inferred from use (engine/infer.ts); what use cannot settle is bad input.
    ['a variable no shape fits', ['gradient', "a'*X*c", '--wrt', 'X', '--claim', "a*c'", '--shape', 'X=3x4', '--shape', 'a=4'], /no shapes of c fit how f uses them with the shapes given/],
    ['an ambiguous shape', ['differential', 'x*alpha', '--wrt', 'x', '--claim', 'dx*alpha'], /the shapes are ambiguous: x could be a column \(x=n\) or a scalar \(x=1\).*--shape x=/],
    [
      'dimensions that do not agree in f',
      ['gradient', "a'*X*b", '--wrt', 'X', '--claim', "a*b'", '--shape', 'X=3x4', '--shape', 'a=4', '--shape', 'b=4'],
      /cannot multiply `a'` \(1x4\) by `X` \(3x4\)/,
    ],
    ['a gradient whose f is not scalar', ['gradient', 'X*b', '--wrt', 'X', '--claim', 'b', '--shape', 'X=3x4', '--shape', 'b=4'], /f is 3x1.*not a scalar/],
    ['--wrt naming no variable', ['gradient', "a'*X*b", '--wrt', 'Y', '--claim', "a*b'", '--shape', 'X=3x4', '--shape', 'a=3', '--shape', 'b=4'], /--wrt Y names no variable/],
    ['a malformed --shape', ['gradient', "x'*x", '--wrt', 'x', '--claim', '2*x', '--shape', 'x=3by4'], /shape of x: "3by4" is not a shape/],
    ['a --shape with no value', ['gradient', "x'*x", '--wrt', 'x', '--claim', '2*x', '--shape', 'x'], /--shape x: write NAME=VALUE/],
    ['a malformed --assume', ['gradient', "x'*x", '--wrt', 'x', '--claim', '2*x', '--shape', 'x=n', '--assume', 'x=big'], /"big" is not one of invertible \| symmetric/],
    ['a malformed --cases', ['gradient', "x'*x", '--wrt', 'x', '--claim', '2*x', '--shape', 'x=n', '--cases', 'lots'], /--cases lots: give a whole number/],
    ['a malformed --time-limit', ['gradient', "x'*x", '--wrt', 'x', '--claim', '2*x', '--shape', 'x=n', '--time-limit', '0'], /--time-limit 0: give a number of seconds above 0 and at most 600/],
    ['an assumption that cannot hold for the shape', ['gradient', 'trace(X)', '--wrt', 'X', '--claim', 'eye(3,4)', '--shape', 'X=3x4', '--assume', 'X=spd'], /X=spd cannot hold for the shape 3x4/],
    ['an empty expression', ['gradient', '', '--wrt', 'x', '--claim', '2*x', '--shape', 'x=n'], /f: the expression is empty/],
    ['a variable with no --shape in --assume', ['gradient', "x'*x", '--wrt', 'x', '--claim', '2*x', '--shape', 'x=n', '--assume', 'Y=spd'], /"Y" has no --shape/],
    ['f not finite at most points', ['gradient', 'sum(log(X))', '--wrt', 'X', '--claim', '1 ./ X', '--shape', 'X=mxn'], /add an assumption such as --assume X=positive/],
    ['f not finite, naming the variable to constrain', ['gradient', 'sum(log(z))', '--wrt', 'z', '--claim', '1 ./ z', '--shape', 'z=n'], /--assume z=positive/],
    ['a huge intermediate', ['gradient', 'sum(ones(100000,100000))', '--wrt', 'x', '--claim', 'x', '--shape', 'x=n'], /more than the limit/],
    ['a reach into mathjs', ['gradient', 'evaluate("1")', '--wrt', 'x', '--claim', 'x', '--shape', 'x=n'], /unknown function "evaluate"/],
  ];
  test.each(cases)('%s', async (_name, args, message) => {
    const r = await mcv(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });
  test.each(cases.filter((_c, i) => i % 4 === 0))('with --json, %s is {"error": …} on stdout', async (_name, args, message) => {
    const j = await mcv(...args, '--json');
    expect(j.code).toBe(2);
    expect(JSON.parse(j.out).error).toMatch(message);
  });
  test('an unknown subcommand suggests the nearest', async () => {
    const r = await mcv('gradiant', "x'*x");
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown command 'gradiant'");
    expect(r.err).toContain('Did you mean gradient?');
  });
  test('a missing --claim', async () => {
    const r = await mcv('gradient', "x'*x", '--wrt', 'x', '--shape', 'x=n');
    expect(r.code).toBe(2);
    expect(r.err).toContain("required option '--claim <G>' not specified");
  });
  test('--time-limit sets the time a check may take, and the reproduce line keeps it', async () => {
    const slow = ['gradient', 'trace(X*X*X)', '--wrt', 'X', '--claim', "3*(X*X)'", '--shape', 'X=200x200', '--cases', '1000'];
    const t0 = Date.now();
    const r = await mcv(...slow, '--time-limit', '0.5');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ran out of time|the time limit of 0.5 s passed/);
    expect(Date.now() - t0).toBeLessThan(5_000);
    const wrong = await mcv('gradient', "x'*x", '--wrt', 'x', '--claim', 'x', '--shape', 'x=n', '--seed', '1', '--time-limit', '30');
    expect(wrong.code).toBe(1);
    expect(wrong.out).toMatch(/reproduce: mcv gradient .* --seed 1 --time-limit 30\n$/);
  });
  test('huge sizes give up with a clear error well under 15 seconds', async () => {
    const t0 = Date.now();
    const r = await mcv('gradient', 'logdet(X*X*X*X)', '--wrt', 'X', '--claim', "4*inv(X)'", '--shape', 'X=512x512', '--assume', 'X=invertible');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/limit/);
    expect(Date.now() - t0).toBeLessThan(15_000);
  });
});

describe('help and the catalogue', () => {
  test('mcv --help and each subcommand --help show the syntax with examples from the notes', async () => {
    const top = await mcv('--help');
    expect(top.code).toBe(0);
    expect(top.out).toContain('mcv gradient "a\'*X*b" --wrt X --claim "a*b\'"');
    for (const sub of ['gradient', 'differential', 'identity', 'hessian']) {
      const r = await mcv(sub, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toContain('Examples');
      expect(r.out).toContain('--shape');
    }
  });
  test('mcv --help lists every function the interpreter accepts, with its doc line', async () => {
    const top = (await mcv('--help')).out;
    const elementwise = top
      .split('\n')
      .find((l) => l.endsWith(': elementwise'))!
      .trim()
      .replace(/: elementwise$/, '')
      .split(' ');
    for (const [name, spec] of Object.entries(FUNCTIONS)) {
      if (name in ELEMENTWISE) expect(elementwise, name).toContain(name);
      else expect(top, name).toMatch(new RegExp(`\\n  ${name} +${spec.doc.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
    }
    for (const name of ['tan', 'sign']) expect(elementwise).toContain(name);
  });
  test('mcv --version prints the version in package.json (the command)', async () => {
    const r = command('--version');
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
  test('mcv list --json prints every rule with its fields', async () => {
    const r = await mcv('list', '--json');
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const key of ['id', 'title', 'kind', 'area', 'source', 'latex', 'variables', 'assumptions', 'mistakes']) expect(rules[0]).toHaveProperty(key);
  });
  test('mcv verify --rule checks one rule and its mistakes', async () => {
    const { code, body } = await json('verify', '--rule', 'trace-cyclic', '--seed', '5', '--runs', '20');
    expect(code).toBe(0);
    expect(body.summary).toMatchObject({ rules: 1, verified: 1, ok: true });
    expect(body.rules[0]).toMatchObject({ id: 'trace-cyclic', status: 'verified', cases: 20 });
    expect(body.rules[0].mistakes.every((m: { refuted: boolean }) => m.refuted)).toBe(true);
  });
  test('mcv verify --rule with an unknown id suggests the nearest', async () => {
    const r = await mcv('verify', '--rule', 'trace-cyclc');
    expect(r.code).toBe(2);
    expect(r.err).toContain('did you mean trace-cyclic');
  });
});

describe('the command: the bundle run as a process, as npx mcv runs it', () => {
  test("its output and exit status are the program's, byte for byte: verified, refuted, bad input, --json, help", async () => {
    const runs = [
      [...aXb, '--claim', "a*b'", '--seed', '3'],
      ['gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '7'],
      ['gradient', 'trac(X)', '--wrt', 'X', '--claim', 'eye(3)', '--shape', 'X=3x3'],
      ['identity', 'trace(X*Y)', 'trace(Y*X)', '--shape', 'X=mxn', '--shape', 'Y=nxm', '--seed', '1', '--json'],
      ['gradient', '--help'],
      [],
    ];
    for (const args of runs) {
      const [cmd, inProcess] = [command(...args), await mcv(...args)];
      expect(cmd, `mcv ${args.join(' ')}`).toEqual(inProcess);
    }
  });
  test('a reader closing the pipe early (mcv list --json | head) is not an error', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" dist/mcv.mjs list --json | head -c 20 >/dev/null; echo "status $?"`], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe('status 0');
    expect(r.stderr).toBe('');
  });
});

describe('library API', () => {
  test('checkGradient, checkDifferential, checkIdentity, checkHessian return the JSON fields', async () => {
    const g = checkGradient({ f: "a'*X*b", wrt: 'X', claim: "a*b'", shape: { X: '3x4', a: '3', b: '4' }, seed: 1 });
    expect(g).toMatchObject({ verdict: 'verified', cases: 100, seed: 1 });
    const d = checkDifferential({ F: 'inv(X)', wrt: 'X', claim: 'inv(X)*dX*inv(X)', shape: { X: 'nxn' }, assume: { X: 'invertible' }, seed: 1 });
    expect(d.verdict).toBe('refuted');
    expect(d.counterexample?.labels).toEqual(['finite difference of F', 'dF']);
    const i = checkIdentity({ lhs: "trace(X')", rhs: 'trace(X)', shape: { X: 'nxn' }, cases: 10 });
    expect(i.verdict).toBe('verified');
    const h = checkHessian({ f: "x'*A*x", wrt: 'x', claim: '2*A', shape: { x: 'n', A: 'nxn' }, seed: 1, cases: 20 });
    expect(h.verdict).toBe('refuted');
    expect(h.counterexample?.direction2).toBeDefined();
    expect(checkHessian({ f: "x'*A*x", wrt: 'x', claim: "A + A'", gradient: "(A + A')*x", shape: { x: 'n', A: 'nxn' }, seed: 1, cases: 20 })).toMatchObject({
      verdict: 'verified',
      cases: 20,
      seed: 1,
    });
  });
  test('the package root (dist/index.mjs) exports the same API', async () => {
    const lib = (await import('../dist/index.mjs' as string)) as typeof import('../properties/api/index.js');
    expect(lib.checkGradient({ f: "x'*x", wrt: 'x', claim: '2*x', shape: { x: 'n' }, seed: 3 }).verdict).toBe('verified');
  });
});
