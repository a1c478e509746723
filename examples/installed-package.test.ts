/**
 * The package as another project gets it: built fresh into a scratch folder (never touching the
 * dist/ other tests read), packed with `npm pack`, linted by publint and by Are the Types Wrong,
 * then installed into an empty project from npm's cache, offline, with a lockfile made from this
 * repository's (the cache holds the tarballs `npm install` fetched, not the registry's metadata),
 * so that only the package's runtime dependencies arrive. There, examples/consumer/consumer.ts
 * must compile with `tsc --strict` under node16 and bundler resolution (this repository's tsc),
 * run, and print the documented verdicts, and so must examples/consumer/consumer-cjs.ts in a
 * project typed as CommonJS (`module: nodenext`); `npx mcv` must answer.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const ATTW = join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
async function run(cmd: string, args: string[], cwd: string): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 32 << 20, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string; message: string };
    return { code: typeof err.code === 'number' ? err.code : 1, stdout: err.stdout ?? '', stderr: err.stderr ?? err.message };
  }
}
const ok = (r: Run, what: string) => expect(r.code, `${what} failed:\n${r.stdout}\n${r.stderr}`).toBe(0);

let dir: string, stage: string, tarball: string;
let pack: { size: number; unpackedSize: number; entryCount: number };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mcv-package-'));
  stage = join(dir, 'stage');
  mkdirSync(stage);
  for (const f of ['package.json', 'README.md']) copyFileSync(join(ROOT, f), join(stage, f));
  ok(await run(process.execPath, [join(ROOT, 'scripts/build-cli.mjs'), '--outdir', join(stage, 'dist')], ROOT), 'the build');
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], stage);
  ok(packed, 'npm pack');
  const [info] = JSON.parse(packed.stdout) as { filename: string; size: number; unpackedSize: number; entryCount: number }[];
  tarball = join(dir, info!.filename);
  pack = info!;
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('the packed package', () => {
  test('publint finds nothing to fix', async () => {
    const data = readFileSync(tarball);
    const { messages, pkg } = await publint({ pack: { tarball: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) }, strict: true });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`)).toEqual([]);
  });

  test('Are the Types Wrong finds no problem for ESM and TypeScript node16 and bundler resolution', async () => {
    // esm-only: the package is ESM (require() of it is Node 22's business), so node10 and CommonJS are out of scope.
    // attw exits with 1 for one problem it cannot tell apart by resolution: FalseCJS on the
    // arbitraries' .d.cts, the CommonJS-typed declarations that projects typed as CommonJS get (see
    // scripts/build-cli.mjs). It is harmless there: the entry has named exports only, which
    // require() of the ES module (Node 20.19 and later) returns as they are; the consumer-cjs run
    // below holds it to that. Anything else fails.
    const r = await run(process.execPath, [ATTW, tarball, '--profile', 'esm-only', '--format', 'json'], dir);
    const { analysis } = JSON.parse(r.stdout) as {
      analysis: { entrypoints: Record<string, unknown>; problems: { kind: string; entrypoint?: string; resolutionKind?: string; typesFileName?: string }[] };
    };
    const falseCjs = analysis.problems.filter((p) => p.kind === 'FalseCJS');
    expect(falseCjs.map((p) => p.typesFileName)).toEqual(['/node_modules/matrix-calculus-verified/dist/types/properties/api/arbitraries.d.cts']);
    const problems = analysis.problems.filter((p) => p.kind !== 'FalseCJS');
    if (r.code !== 0) expect(r.code, `attw failed:\n${r.stderr}`).toBe(1);
    expect(problems.length, 'attw reported no problem at all, not even the ignored CommonJS ones: is its output still read right?').toBeGreaterThan(0);
    expect(Object.keys(analysis.entrypoints).sort()).toEqual(['.', './arbitraries', './matchers', './package.json']);
    expect(problems.filter((p) => p.resolutionKind === 'node16-esm' || p.resolutionKind === 'bundler')).toEqual([]);
  });

  test('installs offline into an empty project with only its runtime dependencies, and works there as documented', async () => {
    const app = join(dir, 'app');
    mkdirSync(app);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string>; dependencies: Record<string, string> };
    const repoLock = (JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, Record<string, unknown>> }).packages;
    const spec = `file:${tarball}`;
    const packages: Record<string, Record<string, unknown>> = {
      '': { name: 'app', dependencies: { [manifest.name]: spec } },
      [`node_modules/${manifest.name}`]: {
        version: manifest.version,
        resolved: spec,
        integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
        dependencies: manifest.dependencies,
        bin: manifest.bin,
      },
    };
    // The runtime dependencies and theirs, as this repository's lockfile resolved them.
    const todo = Object.keys(manifest.dependencies);
    while (todo.length) {
      const name = todo.pop()!;
      const key = `node_modules/${name}`;
      if (packages[key]) continue;
      const { dev: _dev, ...entry } = repoLock[key] ?? {};
      expect(entry.version, `${name} is not in package-lock.json`).toBeDefined();
      packages[key] = entry;
      todo.push(...Object.keys((entry.dependencies as Record<string, string> | undefined) ?? {}));
    }
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module', dependencies: { [manifest.name]: spec } }));
    writeFileSync(join(app, 'package-lock.json'), JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }));
    ok(await run('npm', ['ci', '--offline', '--no-audit', '--no-fund'], app), 'npm ci --offline');

    const installed = readdirSync(join(app, 'node_modules'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
      .flatMap((d) => (d.name.startsWith('@') ? readdirSync(join(app, 'node_modules', d.name)).map((n) => `${d.name}/${n}`) : [d.name]));
    expect(installed.sort()).toEqual(
      Object.keys(packages)
        .filter(Boolean)
        .map((k) => k.slice('node_modules/'.length))
        .sort(),
    );
    process.stdout.write(
      `package: ${installed.length} packages installed (${installed.sort().join(', ')}); tarball ${(pack.size / 1024).toFixed(0)} kB, ${(pack.unpackedSize / 1024).toFixed(0)} kB unpacked in ${pack.entryCount} files\n`,
    );

    // A TypeScript project: node16 resolution (emitting the JavaScript it runs), then bundler.
    copyFileSync(join(ROOT, 'examples/consumer/consumer.ts'), join(app, 'consumer.ts'));
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'node16', moduleResolution: 'node16', target: 'es2022', lib: ['es2022', 'dom'], types: [], outDir: 'out' },
        files: ['consumer.ts'],
      }),
    );
    ok(await run(process.execPath, [TSC, '-p', app, '--strict'], app), 'tsc --strict (node16)');
    ok(await run(process.execPath, [TSC, '-p', app, '--strict', '--module', 'esnext', '--moduleResolution', 'bundler', '--noEmit'], app), 'tsc --strict (bundler)');
    const out = await run(process.execPath, [join(app, 'out/consumer.js')], app);
    ok(out, 'the compiled consumer');
    expect(JSON.parse(out.stdout)).toEqual({
      expressionRight: 'verified',
      expressionWrong: 'refuted',
      functionRight: 'verified',
      functionWrong: 'refuted',
      wrongShape: "grad must return a value of x's shape",
      vjp: 'verified',
      badInput: expect.stringMatching(/^f threw at x = /),
      arbitraries: '2x3 3 number',
      matcherPass: false,
      matcherMessage: expect.stringMatching(/^toHaveGradient: refuted: along dx, the finite difference of f is .* but Tr\(Gᵀ dx\) is/),
    });

    // A project typed as CommonJS (`npm init -y`), with `module: nodenext`: the package's
    // arbitraries inside its own fc.property (fast-check's CommonJS declarations on its side).
    const cjs = join(app, 'cjs');
    mkdirSync(cjs);
    writeFileSync(join(cjs, 'package.json'), JSON.stringify({ name: 'cjs-app', version: '1.0.0', type: 'commonjs' }));
    copyFileSync(join(ROOT, 'examples/consumer/consumer-cjs.ts'), join(cjs, 'consumer-cjs.ts'));
    writeFileSync(
      join(cjs, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2022', 'dom'], types: [], outDir: 'out' },
        files: ['consumer-cjs.ts'],
      }),
    );
    ok(await run(process.execPath, [TSC, '-p', cjs, '--strict'], cjs), 'tsc --strict (CommonJS, nodenext)');
    const cjsOut = await run(process.execPath, [join(cjs, 'out/consumer-cjs.js')], cjs);
    ok(cjsOut, 'the compiled CommonJS consumer');
    expect(JSON.parse(cjsOut.stdout)).toEqual({ property: 'passed', gradient: 'verified' });

    const version = await run('npx', ['--offline', 'mcv', '--version'], app);
    ok(version, 'npx mcv --version');
    expect(version.stdout.trim()).toBe(manifest.version);
    const check = await run('npx', ['--offline', 'mcv', 'gradient', "a'*X*b", '--wrt', 'X', '--claim', "a*b'", '--shape', 'X=3x4', '--shape', 'a=3', '--shape', 'b=4', '--seed', '1'], app);
    ok(check, 'npx mcv gradient');
    expect(check.stdout).toMatch(/^verified: df = Tr\(Gᵀ dX\) held in 100 random cases/);
  });
});
