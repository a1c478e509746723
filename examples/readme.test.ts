// The README shows the library example verbatim, so the documentation cannot drift from code that runs.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('README shows examples/my-backward-pass.test.ts verbatim', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const example = readFileSync(new URL('./my-backward-pass.test.ts', import.meta.url), 'utf8');
  expect(readme).toContain('```ts\n' + example + '```');
});
