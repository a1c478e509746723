/**
 * The layers, one folder each, enforced by Biome (biome.jsonc: `noRestrictedImports`, one glob rule per
 * folder): properties/engine → properties/oracle → rules/ (the catalogue) → properties/derive →
 * properties/emit → properties/presentation → properties/api (the package's entry points) →
 * applications (cli/, scripts/, website/, bench/), which nothing imports. The whole tree must
 * pass `biome ci` (the linter and the formatter); and a forbidden import is caught, with the message
 * that says where the code belongs.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const biome = resolve(root, 'node_modules/.bin/biome');
const run = (args: string[]) => spawnSync(biome, args, { cwd: root, encoding: 'utf8' });

/** A file of each layer and an import its layer forbids, with a word of the message expected. */
const FORBIDDEN: readonly (readonly [string, string, string])[] = [
  ['properties/engine/expr.ts', "import { checkClaim } from '../oracle/check.js';", 'oracle'],
  ['properties/oracle/check.ts', "import { RULES } from '../../rules/index.js';", 'catalogue'],
  ['rules/claims.ts', "import { deriveGradient } from '../properties/derive/index.js';", 'Reasoning with the catalogue'],
  ['properties/derive/derive.ts', "import { emitCode } from '../emit/emit.js';", 'Code emitted'],
  ['properties/emit/emit.ts', "import { formatEvidence } from '../presentation/format.js';", 'Presentation'],
  ['properties/presentation/format.ts', "import { checkGradient } from '../api/index.js';", 'entry points'],
  ['properties/api/index.ts', "import { runMcv } from '../../cli/program.js';", 'application'],
  ['website/src/check/runner.ts', "import { runMcv } from '../../../cli/program.js';", 'application'],
  ['scripts/site/data.ts', "import { TASKS } from '../../bench/tasks.js';", 'application'],
  // The reliability page reads bench/results/latest.json as data; the benchmark's code stays out of reach.
  ['scripts/site/reliabilityPage.ts', "import { mergePhases } from '../../bench/merge.js';", 'application'],
  ['properties/presentation/benchResults.ts', "import { functionChecks } from '../../bench/functions.js';", 'application'],
  ['scripts/site/data.ts', "import { check } from '../../website/tests/check.test.js';", 'application'],
];

/** The layers of properties/, bottom up: one folder each (the catalogue is rules/). */
const LAYERS = ['properties/engine', 'properties/oracle', 'rules', 'properties/derive', 'properties/emit', 'properties/presentation', 'properties/api'];

describe('layers and style, enforced by Biome', () => {
  test('the whole tree passes biome ci (lint, layering and format)', () => {
    const r = run(['ci', '--error-on-warnings', '--reporter=summary']);
    expect(r.status, `${r.stdout}\n${r.stderr}\nfix the findings above (npm run format formats the tree)`).toBe(0);
  });

  test('a forbidden import is caught in every layer, and an allowed one is not', () => {
    // Biome's --stdin-file-path does not report lint diagnostics, so each probe is a real file,
    // beside the file named (so its folder's rules apply), for the one run.
    const probes = [...FORBIDDEN, ['properties/oracle/check.ts', "import { compile } from '../engine/expr.js';", ''] as const].map(([path, source, word], i) => ({
      file: join(dirname(path), `layering-probe-${process.pid}-${i}.ts`),
      source,
      word,
    }));
    for (const p of probes) writeFileSync(resolve(root, p.file), `${p.source}\nexport {};\n`);
    let out: string;
    try {
      const r = run(['lint', '--max-diagnostics=100', ...probes.map((p) => p.file)]);
      out = `${r.stdout}${r.stderr}`;
    } finally {
      for (const p of probes) rmSync(resolve(root, p.file), { force: true });
    }
    // Diagnostics start with the file's path; take each probe's block.
    const block = (file: string) =>
      out
        .split(/\n(?=\S+\.ts:\d+:\d+ )/)
        .filter((b) => b.startsWith(file))
        .join('\n');
    for (const p of probes) {
      if (p.word === '') expect(block(p.file), `${p.file}: ${p.source}`).not.toContain('noRestrictedImports');
      else {
        expect(block(p.file), `${p.file}: ${p.source}`).toContain('noRestrictedImports');
        expect(block(p.file), `${p.file}: ${p.source}`).toContain(p.word);
      }
    }
  });

  test('one folder per layer, one rule per folder: every source file of properties/ is in a layer folder, and each layer has one glob rule', () => {
    const config = readFileSync(resolve(root, 'biome.jsonc'), 'utf8');
    for (const layer of LAYERS) expect(config, `biome.jsonc has no rule whose includes start with "${layer}/**"`).toContain(`"includes": ["${layer}/**"`);
    // No rule names a single file: the layers are folders.
    const listed = [...config.matchAll(/"includes": \[([^\]]*)\]/g)].flatMap((m) => m[1]!.split(',').map((x) => x.trim().replace(/^"|"$/g, ''))).filter((x) => !x.startsWith('!') && !x.includes('*'));
    expect(listed, 'a layer rule that lists files').toEqual([]);
    const loose = readdirSync(resolve(root, 'properties'), { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') && e.name !== 'vitest.setup.ts')
      .map((e) => e.name);
    expect(loose, 'source files outside a layer folder of properties/').toEqual([]);
    const folders = readdirSync(resolve(root, 'properties'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `properties/${e.name}`);
    expect(
      folders.filter((f) => !LAYERS.includes(f)),
      'folders of properties/ that are no layer',
    ).toEqual([]);
  });
});
