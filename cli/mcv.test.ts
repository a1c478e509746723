/**
 * mcv as a user runs it: spawned processes, exit statuses, messages, JSON. The bundle is rebuilt
 * first so the tests exercise the current code exactly as `npx mcv` would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkDifferential, checkGradient, checkIdentity } from '../properties/index.js';

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-cli.mjs']);
});

function mcv(...args: string[]) {
  const r = spawnSync(process.execPath, ['dist/mcv.mjs', ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const json = (...args: string[]) => {
  const r = mcv(...args, '--json');
  return { code: r.code, body: JSON.parse(r.out) as Record<string, any> };
};
const aXb = ['gradient', "a'*X*b", '--wrt', 'X', '--shape', 'X=3x4', '--shape', 'a=3', '--shape', 'b=4'];

describe('verdicts', () => {
  test('a true claim from the notes is verified: exit 0', () => {
    const r = mcv(...aXb, '--claim', "a*b'");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^verified: df = Tr\(Gᵀ dX\) held in 100 random cases/);
  });
  test('--json has verdict, cases, seed, maxError', () => {
    const { code, body } = json(...aXb, '--claim', "a*b'", '--seed', '42', '--cases', '30');
    expect(code).toBe(0);
    expect(body).toMatchObject({ verdict: 'verified', cases: 30, seed: 42 });
    expect(body.maxError).toBeLessThanOrEqual(1);
  });
  test('a missing transpose is refuted (exit 1), saying which shapes disagree', () => {
    const r = mcv(...aXb, '--claim', "b*a'");
    expect(r.code).toBe(1);
    expect(r.out).toContain('refuted: G is 4x3 but X is 3x4 (a missing transpose?)');
  });
  test('a wrong gradient on square shapes is refuted with a shrunk counterexample and the two numbers', () => {
    const { code, body } = json('gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '7');
    expect(code).toBe(1);
    expect(body.verdict).toBe('refuted');
    const c = body.counterexample;
    expect(Object.keys(c.values).sort()).toEqual(['A', 'x']);
    expect(c.direction.x).toBeDefined();
    expect(c.dims.n).toBeLessThanOrEqual(2);
    expect(typeof c.expected).toBe('number');
    expect(typeof c.actual).toBe('number');
    expect(c.expected).not.toBe(c.actual);
    const human = mcv('gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '7');
    expect(human.out).toContain('counterexample (seed 7):');
    expect(human.out).toContain('reproduce: mcv gradient');
  });
  test('the same seed gives the same output, byte for byte', () => {
    const args = ['gradient', "x'*A*x", '--wrt', 'x', '--claim', '2*A*x', '--shape', 'x=n', '--shape', 'A=nxn', '--seed', '123'];
    expect(mcv(...args).out).toBe(mcv(...args).out);
    expect(mcv(...args, '--json').out).toBe(mcv(...args, '--json').out);
  });
  test('differentials in two variables and identities, with assumptions', () => {
    expect(mcv('differential', 'X*Y', '--wrt', 'X,Y', '--claim', 'dX*Y + X*dY', '--shape', 'X=mxn', '--shape', 'Y=nxp').code).toBe(0);
    expect(mcv('differential', 'X*Y', '--wrt', 'X,Y', '--claim', 'dX*Y + dY*X', '--shape', 'X=nxn', '--shape', 'Y=nxn').code).toBe(1);
    expect(mcv('differential', 'inv(X)', '--wrt', 'X', '--claim', '-inv(X)*dX*inv(X)', '--shape', 'X=nxn', '--assume', 'X=invertible').code).toBe(0);
    expect(mcv('identity', 'trace(X*Y)', 'trace(Y*X)', '--shape', 'X=mxn', '--shape', 'Y=nxm').code).toBe(0);
    expect(mcv('identity', 'trace(A*B*C)', 'trace(A*C*B)', '--shape', 'A=nxn', '--shape', 'B=nxn', '--shape', 'C=nxn').code).toBe(1);
    expect(mcv('gradient', 'logdet(X)', '--wrt', 'X', '--claim', 'inv(X)', '--shape', 'X=nxn', '--assume', 'X=spd').code).toBe(0);
    expect(mcv('gradient', 'logdet(X)', '--wrt', 'X', '--claim', 'inv(X)', '--shape', 'X=nxn', '--assume', 'X=invertible').code).toBe(1);
  });
});

describe('bad input: exit 2, one short message naming the fault, never a stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['an expression that does not parse (with the position)', ['gradient', "a'*X*b)", '--wrt', 'X', '--claim', "a*b'", '--shape', 'X=3x4', '--shape', 'a=3', '--shape', 'b=4'], /cannot parse .* at character 7/],
    ['an unknown function', ['gradient', "trac(X)", '--wrt', 'X', '--claim', 'eye(3)', '--shape', 'X=3x3'], /unknown function "trac" \(did you mean "trace"\?\)/],
    ['an unknown variable', ['gradient', "a'*X*c", '--wrt', 'X', '--claim', "a*c'", '--shape', 'X=3x4', '--shape', 'a=3'], /unknown variable "c".*--shape c=SHAPE/],
    ['dimensions that do not agree in f', ['gradient', "a'*X*b", '--wrt', 'X', '--claim', "a*b'", '--shape', 'X=3x4', '--shape', 'a=4', '--shape', 'b=4'], /cannot multiply `a'` \(1x4\) by `X` \(3x4\)/],
    ['a gradient whose f is not scalar', ['gradient', 'X*b', '--wrt', 'X', '--claim', 'b', '--shape', 'X=3x4', '--shape', 'b=4'], /f is 3x1.*not a scalar/],
    ['--wrt naming no variable', ['gradient', "a'*X*b", '--wrt', 'Y', '--claim', "a*b'", '--shape', 'X=3x4', '--shape', 'a=3', '--shape', 'b=4'], /--wrt Y names no variable/],
    ['a malformed --shape', ['gradient', "x'*x", '--wrt', 'x', '--claim', '2*x', '--shape', 'x=3by4'], /shape of x: "3by4" is not a shape/],
    ['a --shape with no value', ['gradient', "x'*x", '--wrt', 'x', '--claim', '2*x', '--shape', 'x'], /--shape x: write NAME=VALUE/],
    ['a malformed --assume', ['gradient', "x'*x", '--wrt', 'x', '--claim', '2*x', '--shape', 'x=n', '--assume', 'x=big'], /"big" is not one of invertible \| symmetric/],
    ['a malformed --cases', ['gradient', "x'*x", '--wrt', 'x', '--claim', '2*x', '--shape', 'x=n', '--cases', 'lots'], /--cases lots: give a whole number/],
    ['an assumption that cannot hold for the shape', ['gradient', 'trace(X)', '--wrt', 'X', '--claim', 'eye(3,4)', '--shape', 'X=3x4', '--assume', 'X=spd'], /X=spd cannot hold for the shape 3x4/],
    ['an empty expression', ['gradient', '', '--wrt', 'x', '--claim', '2*x', '--shape', 'x=n'], /f: the expression is empty/],
    ['a variable with no --shape in --assume', ['gradient', "x'*x", '--wrt', 'x', '--claim', '2*x', '--shape', 'x=n', '--assume', 'Y=spd'], /"Y" has no --shape/],
    ['f not finite at most points', ['gradient', 'sum(log(X))', '--wrt', 'X', '--claim', '1 ./ X', '--shape', 'X=mxn'], /add an assumption such as --assume X=positive/],
    ['a huge intermediate', ['gradient', 'sum(ones(100000,100000))', '--wrt', 'x', '--claim', 'x', '--shape', 'x=n'], /more than the limit/],
    ['a reach into mathjs', ['gradient', 'evaluate("1")', '--wrt', 'x', '--claim', 'x', '--shape', 'x=n'], /unknown function "evaluate"/],
  ];
  test.each(cases)('%s', (_name, args, message) => {
    const r = mcv(...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });
  test.each(cases.filter((_c, i) => i % 4 === 0))('with --json, %s is {"error": …} on stdout', (_name, args, message) => {
    const j = mcv(...args, '--json');
    expect(j.code).toBe(2);
    expect(JSON.parse(j.out).error).toMatch(message);
  });
  test('an unknown subcommand suggests the nearest', () => {
    const r = mcv('gradiant', "x'*x");
    expect(r.code).toBe(2);
    expect(r.err).toContain("unknown command 'gradiant'");
    expect(r.err).toContain('Did you mean gradient?');
  });
  test('a missing --claim', () => {
    const r = mcv('gradient', "x'*x", '--wrt', 'x', '--shape', 'x=n');
    expect(r.code).toBe(2);
    expect(r.err).toContain("required option '--claim <G>' not specified");
  });
  test('huge sizes give up with a clear error well under 15 seconds', () => {
    const t0 = Date.now();
    const r = mcv('gradient', 'logdet(X*X*X*X)', '--wrt', 'X', '--claim', "4*inv(X)'", '--shape', 'X=512x512', '--assume', 'X=invertible');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/limit/);
    expect(Date.now() - t0).toBeLessThan(15_000);
  });
});

describe('help and the catalogue', () => {
  test('mcv --help and each subcommand --help show the syntax with examples from the notes', () => {
    const top = mcv('--help');
    expect(top.code).toBe(0);
    expect(top.out).toContain("mcv gradient \"a'*X*b\" --wrt X --claim \"a*b'\"");
    for (const sub of ['gradient', 'differential', 'identity']) {
      const r = mcv(sub, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toContain('Examples');
      expect(r.out).toContain('--shape');
    }
  });
  test('mcv list --json prints every rule with its fields', () => {
    const r = mcv('list', '--json');
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.out) as Record<string, unknown>[];
    expect(rules.length).toBeGreaterThanOrEqual(32);
    for (const key of ['id', 'title', 'kind', 'area', 'source', 'latex', 'variables', 'assumptions', 'mistakes']) expect(rules[0]).toHaveProperty(key);
  });
  test('mcv verify --rule checks one rule and its mistakes', () => {
    const { code, body } = json('verify', '--rule', 'trace-cyclic', '--seed', '5', '--runs', '20');
    expect(code).toBe(0);
    expect(body.summary).toMatchObject({ rules: 1, verified: 1, ok: true });
    expect(body.rules[0]).toMatchObject({ id: 'trace-cyclic', status: 'verified', cases: 20 });
    expect(body.rules[0].mistakes.every((m: { refuted: boolean }) => m.refuted)).toBe(true);
  });
  test('mcv verify --rule with an unknown id suggests the nearest', () => {
    const r = mcv('verify', '--rule', 'trace-cyclc');
    expect(r.code).toBe(2);
    expect(r.err).toContain('did you mean trace-cyclic');
  });
});

describe('library API', () => {
  test('checkGradient, checkDifferential, checkIdentity return the JSON fields', () => {
    const g = checkGradient({ f: "a'*X*b", wrt: 'X', claim: "a*b'", shape: { X: '3x4', a: '3', b: '4' }, seed: 1 });
    expect(g).toMatchObject({ verdict: 'verified', cases: 100, seed: 1 });
    const d = checkDifferential({ F: 'inv(X)', wrt: 'X', claim: 'inv(X)*dX*inv(X)', shape: { X: 'nxn' }, assume: { X: 'invertible' }, seed: 1 });
    expect(d.verdict).toBe('refuted');
    expect(d.counterexample?.labels).toEqual(['finite difference of F', 'dF']);
    const i = checkIdentity({ lhs: "trace(X')", rhs: 'trace(X)', shape: { X: 'nxn' }, cases: 10 });
    expect(i.verdict).toBe('verified');
  });
  test('the package root (dist/index.mjs) exports the same API', async () => {
    const lib = (await import('../dist/index.mjs' as string)) as typeof import('../properties/index.js');
    expect(lib.checkGradient({ f: "x'*x", wrt: 'x', claim: '2*x', shape: { x: 'n' }, seed: 3 }).verdict).toBe('verified');
  });
});
