/**
 * Generates the site's pages from the rule objects (docs/rules/, docs/generated/: build output,
 * not committed), after checking every rule, mistake and derivation line with the oracle.
 * Usage: npx tsx scripts/generate-docs.ts   (MCV_SEED and MCV_RUNS as for the tests)
 * Exits 1, writing nothing, if the oracle disagrees with the catalogue.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { withOpsReference } from '../properties/engine/ops/reference.js';
import { freshSeed } from '../properties/oracle/check.js';
import { DERIVATIONS } from '../rules/derivations/index.js';
import { RULES } from '../rules/index.js';
import { GenerateError, generateDocs, readMethodTemplate } from './site/generate.js';
import { readBenchResults, reliabilityMarkdown } from './site/reliabilityPage.js';

const root = resolve(import.meta.dirname, '..');
const envInt = (name: string): number | undefined => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return undefined;
  if (!/^-?\d+$/.test(raw)) {
    process.stderr.write(`generate-docs: ${name} must be a whole number, got "${raw}"\n`);
    process.exit(2);
  }
  return Number(raw);
};
const seed = (envInt('MCV_SEED') ?? freshSeed()) | 0;
const cases = envInt('MCV_RUNS') ?? 100;

const started = Date.now();
// The guide's reference of the expression syntax, from the table of operations.
const guide = resolve(root, 'docs/guide/oracle.md');
const text = readFileSync(guide, 'utf8');
if (withOpsReference(text) !== text) writeFileSync(guide, withOpsReference(text));
try {
  // The reliability page, from bench/results/latest.json when the benchmark has written it.
  const results = readBenchResults(root);
  const reliability = results && reliabilityMarkdown(results);
  const { data, files } = generateDocs({ rules: RULES, derivations: DERIVATIONS, seed, cases, root, methodTemplate: readMethodTemplate(root), reliability });
  const mistakes = data.rules.reduce((n, r) => n + r.mistakes.length, 0);
  const lines = [...data.derivationEvidence.values()].reduce((n, d) => n + d.lines.length, 0);
  process.stdout.write(
    `site: ${data.rules.length} rules verified, ${mistakes} mistakes refuted, ${lines} derivation lines checked (seed ${seed}, ${cases} cases each); ${files.size} files written to docs/ in ${((Date.now() - started) / 1000).toFixed(1)} s${reliability === undefined ? '' : ' (with the reliability page)'}\n`,
  );
} catch (e) {
  if (e instanceof GenerateError) {
    process.stderr.write(`generate-docs: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
