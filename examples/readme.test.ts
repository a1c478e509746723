// The README shows the library examples verbatim, so the documentation cannot drift from code that runs.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

for (const file of ['my-backward-pass.test.ts', 'two-layer-network.test.ts', 'gradcheck-style.test.ts', 'matchers.test.ts', 'arbitraries.test.ts'])
  test(`README shows examples/${file} verbatim`, () => {
    const example = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
    expect(readme).toContain('```ts\n' + example + '```');
  });

test('README shows mcv as the command people type, not npx', () => {
  const check = readme.slice(readme.indexOf('## Check your own formula'), readme.indexOf('Or in the browser:'));
  expect(check).toMatch(/^mcv gradient "a'\*X\*b" --wrt X --claim "a\*b'" --shape X=3x4 --shape a=3 --shape b=4$/m);
  expect(check.match(/^npx mcv/m)).toBeNull();
});
