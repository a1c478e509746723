/**
 * The sidebar is written by scripts/generate-docs.ts (docs/generated/sidebars.json): the guide,
 * the method, the exercises, and every rule grouped by area in the catalogue's order.
 */
import { readFileSync, existsSync } from 'node:fs';
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';

const file = new URL('../docs/generated/sidebars.json', import.meta.url).pathname;
if (!existsSync(file)) throw new Error(`${file} is missing: generate the pages first with \`npm run docs:generate\` (npm run build:site does it for you)`);

const sidebars: SidebarsConfig = JSON.parse(readFileSync(file, 'utf8'));
export default sidebars;
