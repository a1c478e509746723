// Bundles the CLI and the library into dist/ (run by `npm install` through "prepare"): a bundled
// CLI starts in a fraction of a second, where tsx compiling it at every call takes seconds.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';

// Chunk names carry a content hash: without this, every rebuild would leave the old ones behind.
rmSync('dist/chunks', { recursive: true, force: true });

await build({
  entryPoints: { mcv: 'cli/mcv.ts', index: 'properties/index.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: false,
  chunkNames: 'chunks/[name]-[hash]',
  // commander is CommonJS and requires node builtins; give the ESM bundle a require().
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __mcvCreateRequire } from 'node:module'; const require = __mcvCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
chmodSync('dist/mcv.mjs', 0o755);
