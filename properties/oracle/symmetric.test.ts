/**
 * Gradients of functions of a symmetric matrix in both conventions (properties/oracle/symmetric.ts): the
 * trace sense along symmetric directions (`--directions symmetric`) and the independent entries
 * (`--convention entries`), in the library, `mcv gradient | hessian | derive` and the Check page's URL.
 */
import { describe, expect, test } from 'vitest';
import { json, mcv } from '../../cli/inProcess.js';
import * as M from '../engine/matrix.js';
import { InputError } from '../engine/errors.js';
import { checkGradient, checkHessian } from '../api/index.js';
import { argsFromState, stateFromQuery, stateToQuery, EMPTY_STATE } from '../presentation/url.js';
import { entriesToTrace, symmetrize } from './symmetric.js';
import { checkClaim } from './check.js';
import { CONVENTION_EXAMPLES, MODES } from '../../rules/conventions.js';
import { conventionFailures, conventionInput, measureConventions, symmetricPage } from '../../scripts/site/symmetricPage.js';

const SEEDS = [1, 2, 3, 4, 5];
const spd = { shape: { X: 'nxn' }, assume: { X: 'spd' }, cases: 30 } as const;
const sym = { shape: { X: 'nxn', A: 'nxn', x: 'n' }, assume: { X: 'symmetric' }, cases: 30 } as const;

describe("the guide page's examples (rules/conventions.ts): every claim, every convention, over several seeds", () => {
  for (const ex of CONVENTION_EXAMPLES)
    for (const c of ex.claims)
      test(`${ex.f}: ${c.claim} (${c.what}) is ${MODES.map((m) => `${c.expect[m]} in mode ${m}`).join(', ')}`, () => {
        for (const seed of SEEDS) for (const mode of MODES) expect(checkClaim(conventionInput(ex, c.claim, mode), { seed, cases: 30 }).verdict, `seed ${seed}, mode ${mode}`).toBe(c.expect[mode]);
      });

  test('the page shows the verdicts measured and the commands that reproduce them', () => {
    const checks = measureConventions(1, 20);
    expect(conventionFailures(checks)).toEqual([]);
    const page = symmetricPage(checks, 20);
    expect(page).toContain('slug: "/guide/symmetric"');
    expect(page).toContain('| $\\mathbf{X}^{-1}$ | the gradient in the trace sense | ✓ verified | ✓ verified | ✗ refuted |');
    expect(page).toContain('npx mcv gradient "logdet(X)" --wrt X --claim "2*inv(X) - inv(X).*eye(n)" --shape X=nxn --assume X=spd --convention entries');
  });
});

describe('the two conventions, more', () => {
  test('symmetric directions see only the symmetric part: (A + Aᵀ)/2 passes for Tr(AX) there, and fails along all directions', () => {
    for (const seed of SEEDS) {
      expect(checkGradient({ ...sym, f: 'trace(A*X)', wrt: 'X', claim: "(A + A')/2", directions: 'symmetric', seed }).verdict).toBe('verified');
      expect(checkGradient({ ...sym, f: 'trace(A*X)', wrt: 'X', claim: "(A + A')/2", seed }).verdict).toBe('refuted');
      // …and a wrong symmetric part is still caught along symmetric directions.
      expect(checkGradient({ ...sym, f: 'trace(A*X)', wrt: 'X', claim: "A + A'", directions: 'symmetric', seed }).verdict).toBe('refuted');
    }
  });

  test('the entries convention converted from any trace-sense G: G + Gᵀ − G∘I, also when G is not symmetric', () => {
    const ev = checkGradient({ ...sym, f: 'trace(A*X)', wrt: 'X', claim: "A' + A - A'.*eye(n)", convention: 'entries', seed: 7 });
    expect(ev.verdict).toBe('verified');
  });

  test('the refutation names the convention: the sum over the independent entries, along a symmetric dX', () => {
    const ev = checkGradient({ ...spd, f: 'logdet(X)', wrt: 'X', claim: 'inv(X)', convention: 'entries', seed: 1 });
    expect(ev.reason).toMatch(/^along a symmetric dX, the finite difference of f is .* but Σ_\{i≤j\} G_ij dX_ij is/);
    const dX = ev.counterexample!.direction!.X!;
    expect(dX).toEqual(dX.map((_, i) => dX.map((row) => row[i]))); // the direction shown is symmetric
  });
});

describe('Hessians along symmetric directions', () => {
  test('log det X: the trace-sense map holds along symmetric directions, and its entries form as the entries Hessian', () => {
    const f = 'logdet(X)';
    const H = "-(inv(X)*dX*inv(X))'";
    const He = '-2*inv(X)*dX*inv(X) + (inv(X)*dX*inv(X)).*eye(n)';
    for (const seed of SEEDS) {
      expect(checkHessian({ ...spd, f, wrt: 'X', claim: H, directions: 'symmetric', seed }).verdict).toBe('verified');
      expect(checkHessian({ ...spd, f, wrt: 'X', claim: H, convention: 'entries', seed }).verdict).toBe('refuted');
      expect(checkHessian({ ...spd, f, wrt: 'X', claim: He, gradient: '2*inv(X) - inv(X).*eye(n)', convention: 'entries', seed }).verdict).toBe('verified');
    }
  });
});

describe('the conversion is exact', () => {
  test('(C + C∘I)/2 halves the off-diagonal entries and keeps the diagonal, bit for bit', () => {
    const C = M.fromRows([
      [0.1, 0.3],
      [0.7, 1 / 3],
    ]);
    expect(M.toRows(entriesToTrace(C))).toEqual([
      [0.1, 0.15],
      [0.35, 1 / 3],
    ]);
  });
  test('symmetrize gives an exactly symmetric matrix', () => {
    const S = symmetrize(
      M.fromRows([
        [1, 0.1, 0.7],
        [0.2, 3, 1 / 3],
        [5, 1 / 7, 2],
      ]),
    );
    const R = M.toRows(S);
    expect(R).toEqual(R.map((_, i) => R.map((row) => row[i])));
  });
});

describe('bad input names the option and the fix', () => {
  test('a non-square W', () => {
    expect(() => checkGradient({ f: "a'*X*b", wrt: 'X', claim: "a*b'", shape: { X: '3x4', a: '3', b: '4' }, directions: 'symmetric' })).toThrow(/--directions symmetric: X must be square/);
  });
  test('the entries convention without a symmetric X', () => {
    expect(() => checkGradient({ f: 'logdet(X)', wrt: 'X', claim: 'inv(X)', shape: { X: 'nxn' }, assume: { X: 'invertible' }, convention: 'entries' })).toThrow(InputError);
    expect(() => checkGradient({ f: 'logdet(X)', wrt: 'X', claim: 'inv(X)', shape: { X: 'nxn' }, assume: { X: 'invertible' }, convention: 'entries' })).toThrow(/add --assume X=symmetric/);
  });
  test('an unknown value, and an identity', async () => {
    const r = await mcv('gradient', 'logdet(X)', '--wrt', 'X', '--claim', 'inv(X)', '--shape', 'X=nxn', '--assume', 'X=spd', '--convention', 'entry');
    expect(r.code).toBe(2);
    expect(r.err).toBe('mcv: --convention entry: give trace or entries\n');
    const i = await mcv('identity', 'trace(X)', "trace(X')", '--shape', 'X=nxn', '--directions', 'symmetric');
    expect(i.code).toBe(2);
  });
});

describe('mcv, as typed', () => {
  const base = ['gradient', 'logdet(X)', '--wrt', 'X', '--shape', 'X=nxn', '--assume', 'X=spd', '--seed', '1'];
  test('X⁻¹: verified with --directions symmetric (exit 0), refuted with --convention entries (exit 1)', async () => {
    const a = await mcv(...base, '--claim', 'inv(X)', '--directions', 'symmetric');
    expect(a.code).toBe(0);
    expect(a.out).toMatch(/^verified: df = Tr\(Gᵀ dX\) along symmetric dX held in 100 random cases/);
    const b = await mcv(...base, '--claim', 'inv(X)', '--convention', 'entries');
    expect(b.code).toBe(1);
    expect(b.out).toContain('reproduce: mcv gradient "logdet(X)" --wrt X --claim "inv(X)" --shape X=nxn --assume X=spd --convention entries --seed 1');
    expect(b.out).toContain("derived gradient: inv(X) + (inv(X))' - (inv(X)) .* eye(n)");
  });
  test('2X⁻¹ − X⁻¹∘I the other way round', async () => {
    expect((await mcv(...base, '--claim', '2*inv(X) - inv(X).*eye(n)', '--convention', 'entries')).code).toBe(0);
    expect((await mcv(...base, '--claim', '2*inv(X) - inv(X).*eye(n)', '--directions', 'symmetric')).code).toBe(1);
  });
  test('mcv derive --convention entries converts the derived G and checks it', async () => {
    const { code, body } = await json('derive', 'logdet(X)', '--wrt', 'X', '--shape', 'X=nxn', '--assume', 'X=spd', '--convention', 'entries', '--seed', '1', '--cases', '30');
    expect(code).toBe(0);
    expect(body.gradient).toBe('inv(X)');
    expect(body.symmetric).toMatchObject({ convention: 'entries', verdict: 'verified', gradient: "inv(X) + (inv(X))' - (inv(X)) .* eye(n)" });
    const h = await mcv('derive', 'logdet(X)', '--wrt', 'X', '--shape', 'X=nxn', '--assume', 'X=spd', '--directions', 'symmetric', '--hessian', '--seed', '1', '--cases', '30');
    expect(h.code).toBe(0);
    expect(h.out).toMatch(/verified \(--directions symmetric\) in 30 random cases; seed 1\nG \(symmetric\) = .*\nH\[dX\] \(symmetric\) = /);
  });
});

describe('the Check page', () => {
  test('the select lives in the URL and becomes --directions / --convention', () => {
    const s = { ...EMPTY_STATE, f: 'logdet(X)', wrt: 'X', claim: 'inv(X)', shapes: 'X=nxn', assume: 'X=spd', sym: 'entries' };
    const back = stateFromQuery(stateToQuery(s))!;
    expect(back.sym).toBe('entries');
    expect(argsFromState(back)).toMatchObject({ convention: 'entries' });
    expect(argsFromState({ ...back, sym: 'symmetric' })).toMatchObject({ directions: 'symmetric' });
    expect(argsFromState({ ...back, sym: '' })).not.toHaveProperty('directions');
  });
});
