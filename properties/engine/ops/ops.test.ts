/**
 * The table of operations: every operation file is registered under its file name, every entry is
 * complete (the types force it: incomplete.fixture.ts), its LaTeX renders, the evaluation with and
 * without bounds is one code path (same values, bit for bit), and the guide's reference is current.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { compile } from '../expr.js';
import * as M from '../matrix.js';
import { parkMiller } from '../parkMiller.js';
import { toTex } from '../tex.js';
import { OPS, OPS_BY_NAME } from './index.js';
import { kinkHelp, opsReference, REFERENCE_END, REFERENCE_START } from './reference.js';

const here = import.meta.dirname;
const root = resolve(here, '../../..');
/** Files of ops/ that are not operations. */
const HELPERS = new Set(['index', 'types', 'shared', 'rounding', 'differentials', 'reference', 'extremum', 'dimension', 'code', 'targets']);

describe('the table of operations', () => {
  test('every file of ops/ is one operation, registered under its file name, and every name is unique', () => {
    const files = readdirSync(here)
      .filter((f) => f.endsWith('.ts') && !/\.(test|fixture)\.ts$/.test(f))
      .map((f) => f.slice(0, -3))
      .filter((f) => !HELPERS.has(f));
    expect(OPS.map((op) => op.name).sort()).toEqual(files.sort());
    expect(OPS_BY_NAME.size).toBe(OPS.length);
  });

  test('an operation without its doc, bound, LaTeX, differential or properties does not compile', () => {
    // Each line of the fixture is a `@ts-expect-error`: the compilation fails if one of them compiles.
    const tsc = resolve(root, 'node_modules/.bin/tsc');
    expect(() => execFileSync(tsc, ['--noEmit', '-p', resolve(here, 'tsconfig.fixture.json')], { encoding: 'utf8' })).not.toThrow();
  });

  test.each(OPS.map((op) => [op.name, op] as const))('%s: a one-line doc, its syntax parses and renders in LaTeX', (_name, op) => {
    expect(op.doc).toMatch(/^[^\n]{3,}$/);
    expect(op.arity[0]).toBeLessThanOrEqual(op.arity[1]);
    for (const s of op.syntax) expect(toTex(s), s).not.toMatch(/\\text\{|\\mathbin/);
  });

  test('evaluating with and without the bound gives the same value, bit for bit, for every syntax of every operation', () => {
    // Letters as in the syntax column: capitals 3x3, x and z columns, the others positive numbers.
    const shapes: Record<string, [number, number]> = { A: [3, 3], B: [3, 3], X: [3, 3], Z: [3, 3], x: [3, 1], z: [3, 1], a: [1, 1], b: [1, 1], c: [1, 1], d: [1, 1], k: [1, 1] };
    const draw = parkMiller(7);
    const rnd = () => draw() * 2 + 0.25;
    const scope: Record<string, M.Mat> = { m: M.scalar(2), n: M.scalar(3) };
    for (const [name, [r, c]] of Object.entries(shapes)) scope[name] = M.mat(r, c, Array.from({ length: r * c }, rnd));
    scope.k = M.scalar(3);
    for (const op of OPS)
      for (const src of op.syntax) {
        const e = compile(src, { field: 'f', known: new Set([...Object.keys(shapes), 'm', 'n']), dims: new Set(['m', 'n']) });
        const plain = e.evaluate(scope);
        const withBound = e.evaluateWithBound(scope);
        expect(withBound.v.data, src).toEqual(plain.data);
        expect(withBound.e.data.length, src).toBe(plain.data.length);
        expect(
          [...withBound.e.data].every((x) => x >= 0),
          src,
        ).toBe(true);
      }
  });

  test('mcv --help names every operation with a kink and what mcv derive does there; every elementwise kink says so in its step', () => {
    const help = kinkHelp();
    for (const op of OPS.filter((o) => o.domain.kink)) expect(help, op.name).toMatch(new RegExp(`\\n    ${op.name} +${op.domain.kink!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\n|$)`));
    // norm's kink is at 0 only (no random point is there), and its usual use ‖A‖² is smooth: its steps stay unannotated.
    for (const op of OPS.filter((o) => o.domain.kink && o.differential !== 'constant' && o.name !== 'norm')) {
      const because = op.differential === 'constant' ? undefined : op.differential.because;
      expect(because, `${op.name}: a kink, but its differential does not say where it holds`).toBeDefined();
    }
  });

  test('a call with the wrong number of arguments says how the operation is written (max(X) is not the largest entry: max is elementwise of two)', () => {
    const known = new Set(['X']);
    expect(() => compile('max(X)', { field: 'f', known })).toThrow(/max takes 2 arguments, got 1 in `max\(X\)`; write max\(A, B\): the larger of A and B entry by entry/);
    expect(() => compile('trace(X, X)', { field: 'f', known })).toThrow(/write trace\(X\): sum of the diagonal/);
  });

  test('the guide lists every operation, as the table gives it (npm run docs:generate rewrites it)', () => {
    const guide = readFileSync(resolve(root, 'docs/guide/oracle.md'), 'utf8');
    const block = guide.slice(guide.indexOf(REFERENCE_START), guide.indexOf(REFERENCE_END) + REFERENCE_END.length);
    expect(block, 'docs/guide/oracle.md is stale: run npm run docs:generate').toBe(opsReference());
  });
});
