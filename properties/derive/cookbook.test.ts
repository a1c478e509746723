/**
 * The Matrix Cookbook's chapter 2 (rules/cookbook/chapter2.ts) checked by the oracle
 * (properties/derive/cookbook.ts): the data is well formed, every status is computed and stable over
 * seeds, `mcv cookbook --json` prints it, and the site's page shows it.
 */
import { describe, expect, test } from 'vitest';
import { json, mcv } from '../../cli/inProcess.js';
import { RULES } from '../../rules/index.js';
import { CHAPTER2 } from '../../rules/cookbook/chapter2.js';
import { checkCookbook, checkEquation } from './cookbook.js';
import { cookbookPage } from '../../scripts/site/cookbookPage.js';

describe('the data', () => {
  test('every numbered equation of chapter 2, (32) to (144), once and in the book’s order: at least 90', () => {
    expect(CHAPTER2.map((e) => Number(e.equation))).toEqual(Array.from({ length: 144 - 32 + 1 }, (_, i) => 32 + i));
    expect(CHAPTER2.length).toBeGreaterThanOrEqual(90);
  });
  test('each equation is a claim or says why it is not expressible, never both; corrections and assumptions only on claims', () => {
    for (const e of CHAPTER2) {
      expect(Boolean(e.claim) !== Boolean(e.reason), `(${e.equation})`).toBe(true);
      if (e.corrected !== undefined || e.assumption !== undefined) expect(e.claim, `(${e.equation})`).toBeDefined();
      expect(e.latex.length, `(${e.equation})`).toBeGreaterThan(5);
    }
  });
  test('the catalogue rules named exist and cite the equation in their Cookbook sources', () => {
    for (const e of CHAPTER2)
      for (const id of e.rules ?? []) {
        const rule = RULES.find((r) => r.id === id);
        expect(rule, `(${e.equation}) names rule ${id}`).toBeDefined();
        const cites = rule!.sources.some((s) => s.work === 'cookbook' && new RegExp(`\\(${e.equation}\\)`).test(s.where ?? ''));
        expect(cites, `rule ${id} does not cite (${e.equation})`).toBe(true);
      }
  });
});

describe('the statuses, computed by the oracle', () => {
  const first = checkCookbook(CHAPTER2, { seed: 1, cases: 10 });
  const flagged = first.filter((r) => r.status === 'wrong as printed' || r.status === 'needs an assumption');

  test('every equation resolves: no refuted claim without a proven correction or assumption', () => {
    expect(first.filter((r) => r.status === 'unresolved').map((r) => `(${r.equation}) ${r.reason}`)).toEqual([]);
    expect(first.filter((r) => r.status === 'not expressible').every((r) => (r.reason ?? '').length > 10)).toBe(true);
  });

  test('each wrong-as-printed and needs-an-assumption status is the same over 20 seeds, with its fix proven each time', () => {
    expect(flagged.length).toBeGreaterThan(0);
    for (const r of flagged) {
      const eq = CHAPTER2.find((e) => e.equation === r.equation)!;
      for (let seed = 1; seed <= 20; seed++) {
        // Only the status matters here: no shrinking, few cases.
        const again = checkEquation(eq, { seed, cases: 10, shrink: false });
        expect(again.status, `(${r.equation}) at seed ${seed}: ${again.reason ?? again.evidence?.reason ?? ''}`).toBe(r.status);
        expect(again.fixed?.verdict).toBe('verified');
        // The refutation compares two numbers: the values are wrong, not only a size.
        expect(again.evidence?.counterexample?.expected, `(${r.equation}) at seed ${seed}`).toBeDefined();
      }
    }
  });

  test('the proven ones stay proven at other seeds', () => {
    const proven = first.filter((r) => r.status === 'proven').map((r) => r.equation);
    for (const seed of [2, 3]) {
      const again = checkCookbook(
        CHAPTER2.filter((e) => proven.includes(e.equation)),
        { seed, cases: 10 },
      );
      expect(again.filter((r) => r.status !== 'proven').map((r) => `(${r.equation}) at seed ${seed}: ${r.evidence?.reason}`)).toEqual([]);
    }
  });
});

describe('mcv cookbook', () => {
  test('--json prints one object per equation with its status, claim and fix', async () => {
    const { code, body } = await json('cookbook', '--equation', '57', '--equation', '92', '--equation', '127', '--equation', '67', '--seed', '1', '--cases', '10');
    expect(code).toBe(0);
    const rows = body as unknown as Record<string, unknown>[];
    expect(rows.map((r) => r.equation)).toEqual(['57', '67', '92', '127']);
    expect(rows[0]).toMatchObject({ equation: '57', status: 'proven', claim: "inv(X')", expr: 'logdet(X)', wrt: 'X' });
    expect(rows[1]).toMatchObject({ equation: '67', status: 'not expressible' });
    expect(rows[1]!.reason).toMatch(/eig/);
    expect(rows[2]).toMatchObject({ equation: '92', status: 'wrong as printed', corrected: CHAPTER2.find((e) => e.equation === '92')!.corrected });
    expect(rows[2]!.reason).toMatch(/finite difference of f is/);
    expect(rows[3]).toMatchObject({ equation: '127', status: 'needs an assumption', assumption: 'A=symmetric' });
  });
  test('the table, and a bad equation number (exit 2)', async () => {
    const r = await mcv('cookbook', '--equation', '(95)', '--seed', '1', '--cases', '10');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/\(95\)\s+wrong as printed\s+\(x'\*A'\*A\*x\)\/\(x'\*B'\*B\*x\)/);
    expect(r.out).toContain('corrected (proven): ');
    const bad = await mcv('cookbook', '--equation', '31');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('no equation (31)');
  });
});

describe('the page', () => {
  test('in the book’s order, with each status, the counterexample and correction, and the rule links', () => {
    const results = checkCookbook(CHAPTER2, { seed: 1, cases: 5 });
    const page = cookbookPage(results, { rules: RULES, cases: 5, seed: 1 });
    expect(page).toContain('slug: "/cookbook"');
    const at = (n: string) => page.indexOf(`#### (${n}) {#eq-${n}}`);
    for (const n of ['32', '57', '92', '144']) expect(at(n), `(${n})`).toBeGreaterThan(0);
    expect(at('32') < at('57') && at('57') < at('92') && at('92') < at('144')).toBe(true);
    const e92 = page.slice(at('92'), at('93'));
    expect(e92).toContain('**✗ wrong as printed**');
    expect(e92).toContain('**Corrected**');
    expect(e92).toContain('the two sides disagree');
    expect(page.slice(at('57'), at('58'))).toContain('(/rules/logdet-gradient)');
    expect(page.slice(at('67'), at('68'))).toContain('**— not expressible**');
  });
});
