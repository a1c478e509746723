// Builds the package into dist/ (run by `npm install` through "prepare", and before `npm pack`):
// - the library's entry points (index, matchers, arbitraries): ES modules with mathjs and the
//   engine bundled in, and fast-check left as an import, so that the arbitraries a user gets are
//   made by the same fast-check their own properties use (one copy, deduplicated by npm);
// - the `mcv` command: one bundle with everything in it (fast-check too), since a command people
//   call over and over must start fast, and a bundle loads in a fraction of the time that Node
//   takes to resolve and load a tree of modules (tsx compiling the sources takes seconds);
// - the declarations (.d.ts) of the library's entry points, by the repository's tsc
//   (tsconfig.build.json), keeping only the files the entry points reach; the arbitraries' also as
//   .d.cts, for projects typed as CommonJS (see below).
// `node scripts/build-cli.mjs --outdir DIR` builds into DIR instead (the package test does, so that
// it never rewrites the dist/ other tests are reading).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--outdir');
const target = resolve(root, at > 0 ? process.argv[at + 1] : 'dist');
// Built beside the target, then moved in file by file (each rename atomic): tests that import the
// package or run the command while another test rebuilds it never see a half-written or missing
// file. Chunk names carry a content hash, so the same sources give the same names.
const outdir = `${target}.build-${process.pid}`;
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const common = {
  absWorkingDir: root,
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  logLevel: 'warning',
};

// The catalogue's validation (rules/validate.ts: the schema, and every rule's and mistake's
// expressions parsed and their shapes checked) runs here, once, instead of each time `mcv` starts:
// it cost about 0.4 s of CPU at every start-up (0.8 s of the 0.9 s `mcv --version` took). The
// rules are bundled into the command, so the ones it runs with are exactly the ones validated
// here, and the build fails with the validation's message when one is malformed.
const catalogueCheck = `${target}.validate-${process.pid}.mjs`;
const REQUIRE_BANNER = "import { createRequire as __mcvCreateRequire } from 'node:module'; const require = __mcvCreateRequire(import.meta.url);";
/** In the command's bundle only: rules/validate.ts replaced by a pass-through (the build validated the same rules). */
const validatedAtBuild = {
  name: 'catalogue-validated-at-build',
  setup(b) {
    b.onLoad({ filter: /[\\/]rules[\\/]validate\.ts$/ }, () => ({
      loader: 'ts',
      contents: [
        '/** Validated when this bundle was built (scripts/build-cli.mjs), not at start-up. */',
        'export class RuleError extends Error { override readonly name = "RuleError"; }',
        'export function validateRules(input: readonly unknown[]) { return input as never; }',
      ].join('\n'),
    }));
  },
};

await Promise.all([
  build({
    absWorkingDir: root,
    entryPoints: ['rules/index.ts'],
    outfile: catalogueCheck,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: { js: REQUIRE_BANNER },
  }),
  build({
    ...common,
    entryPoints: { index: 'properties/api/index.ts', matchers: 'properties/api/matchers.ts', arbitraries: 'properties/api/arbitraries.ts' },
    external: ['fast-check'],
    chunkNames: 'chunks/lib-[hash]',
    // Readable where a user's stack trace or debugger lands (a user's function is called from here).
    minify: false,
  }),
  build({
    ...common,
    entryPoints: { mcv: 'cli/mcv.ts' },
    chunkNames: 'chunks/mcv-[name]-[hash]',
    // commander is CommonJS and requires node builtins; give the ESM bundle a require().
    banner: { js: `#!/usr/bin/env node\n${REQUIRE_BANNER}` },
    plugins: [validatedAtBuild],
  }),
]);
// Importing the catalogue validates it (rules/index.ts); a malformed rule ends the build here.
const validation = spawnSync(process.execPath, [catalogueCheck], { cwd: root, encoding: 'utf8' });
rmSync(catalogueCheck, { force: true });
if (validation.status !== 0) {
  rmSync(outdir, { recursive: true, force: true });
  throw new Error(`build: the catalogue is not valid, so mcv was not built:\n${validation.stderr}`);
}
chmodSync(join(outdir, 'mcv.mjs'), 0o755);
try {
  // Declarations. TypeScript 7 is a native compiler without a JavaScript API: run its command.
  const types = join(outdir, 'types');
  const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--outDir', types], { cwd: root, encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`build: tsc could not emit the declarations:\n${tsc.stdout}${tsc.stderr}`);

  // Keep only the declarations the entry points reach: the others (the evaluator's, which refer to
  // mathjs's types) would only weigh on the package.
  const entries = ['properties/api/index.d.ts', 'properties/api/matchers.d.ts', 'properties/api/arbitraries.d.ts'].map((f) => join(types, f));
  const reached = new Set();
  const todo = [...entries];
  while (todo.length) {
    const file = todo.pop();
    if (reached.has(file)) continue;
    if (!existsSync(file)) throw new Error(`build: ${relative(root, file)} was not emitted`);
    reached.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)\.js'/g)) todo.push(resolve(dirname(file), `${m[1]}.d.ts`));
  }
  const prune = (dir) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        prune(p);
        if (readdirSync(p).length === 0) rmSync(p, { recursive: true });
      } else if (!reached.has(p)) rmSync(p);
    }
  };
  prune(types);
  // The arbitraries' declarations once more as CommonJS-typed (.d.cts), for the "require" types
  // condition: in a project typed as CommonJS (`"type": "commonjs"`, `module: nodenext`), its own
  // `import fc from 'fast-check'` resolves to fast-check's CommonJS declarations, and an Arbitrary
  // from the ESM ones would not be assignable to them (separate declarations of private fields).
  // In a .d.cts file, `import type fc from 'fast-check'` resolves as the consumer's does.
  copyFileSync(join(types, 'properties/api/arbitraries.d.ts'), join(types, 'properties/api/arbitraries.d.cts'));
} catch (e) {
  rmSync(outdir, { recursive: true, force: true });
  throw e;
}

// Move the build in, then remove what this build did not make (chunks of older sources).
const files = (dir, base = dir) => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name), base) : [relative(base, join(dir, d.name))]));
const made = new Set(files(outdir));
for (const f of made) {
  mkdirSync(dirname(join(target, f)), { recursive: true });
  renameSync(join(outdir, f), join(target, f));
}
rmSync(outdir, { recursive: true, force: true });
for (const sub of ['chunks', 'types']) if (existsSync(join(target, sub))) for (const f of files(join(target, sub), target)) if (!made.has(f)) rmSync(join(target, f));
