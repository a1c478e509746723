/**
 * mcv derive --hessian over the catalogue: every Hessian rule is derived, every line verified, and
 * the derived H equals the rule's own H (a Hessian check of the rule's f with the derived H as the
 * claim, and the rule's H against the derived H as an identity in dW); where a rule states G, the
 * derived gradient equals it. Few cases per line (3), to keep npm test within its budget;
 * `npx tsx scripts/derive-report.ts --hessian` runs the full measurement.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkHessian, checkIdentity, InputError } from '../api/index.js';
import { RULES, type Rule } from '../../rules/index.js';
import { runSeed } from '../oracle/seed.js';
import { deriveHessian } from './index.js';

const SWEEP_CASES = 3;
const seed = runSeed();
const ids = new Set(RULES.map((r) => r.id));
const hessians = RULES.filter((r): r is Extract<Rule, { kind: 'hessian' }> => r.kind === 'hessian');

describe(`the catalogue's Hessians derived (${SWEEP_CASES} cases per line)`, () => {
  test('the sweep covers every rule file of rules/hessians/, each a Hessian rule of that area', () => {
    // Counted from the folder, not from the registry the sweep reads: a rule file left out of
    // rules/index.ts (or given another kind) would otherwise leave the sweep silently smaller.
    const files = readdirSync(new URL('../../rules/hessians', import.meta.url))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    expect(
      hessians
        .filter((r) => r.area === 'hessians')
        .map((r) => r.id)
        .sort(),
    ).toEqual(files);
  });
  test.each(hessians.map((r) => [r.id, r] as const))("%s: derived, every line verified, H equal to the rule's H", (_, r) => {
    const q = { shape: r.shapes, assume: r.assume, seed, cases: SWEEP_CASES };
    const h = deriveHessian({ f: r.f, wrt: r.wrt, ...q });
    expect(h.verdict, h.refuted ? `${h.refuted.part} ${h.refuted.name}: ${h.refuted.evidence.reason}` : h.unsupported?.message).toBe('derived');
    for (const s of [...h.steps, ...h.hessianSteps]) for (const id of s.by) expect(ids, id).toContain(id);
    const dW = `d${r.wrt}`;
    expect(h.hessian).toContain(dW);
    // The derived map is the Hessian of the rule's f, and the rule's H equals it as a map of dW.
    const asClaim = checkHessian({ f: r.f, wrt: r.wrt, claim: h.hessian!, ...q });
    expect(asClaim.verdict, `derived H[${dW}] = ${h.hessian} as the Hessian of ${r.f}: ${asClaim.reason}`).toBe('verified');
    const ruleMap = new RegExp(`\\b${dW}\\b`).test(r.H) ? r.H : `(${r.H})*${dW}`;
    const same = checkIdentity({ lhs: ruleMap, rhs: h.hessian!, ...q, shape: { ...r.shapes, [dW]: r.shapes[r.wrt]! } });
    expect(same.verdict, `rule ${ruleMap} vs derived ${h.hessian}: ${same.reason}`).toBe('verified');
    // A column (or scalar) variable gets the n×n matrix too, equal to the rule's.
    const column = /^[a-z0-9]+$/.test(r.shapes[r.wrt]!) && !r.shapes[r.wrt]!.includes('x');
    expect(h.hessianMatrix !== undefined, h.noMatrix).toBe(column);
    if (h.hessianMatrix !== undefined && ruleMap !== r.H) {
      const m = checkIdentity({ lhs: r.H, rhs: h.hessianMatrix, ...q });
      expect(m.verdict, `rule ${r.H} vs derived ${h.hessianMatrix}: ${m.reason}`).toBe('verified');
    }
    // Where the rule states G, the gradient differentiated is it.
    if (r.G !== undefined) {
      const g = checkIdentity({ lhs: r.G, rhs: h.gradient!, ...q });
      expect(g.verdict, `rule G ${r.G} vs derived ${h.gradient}: ${g.reason}`).toBe('verified');
    }
  });
});

describe('the Hessian as on paper', () => {
  const H = (f: string, wrt: string, shape: Record<string, string>, assume?: Record<string, string>) => deriveHessian({ f, wrt, shape, assume, seed: 1, cases: SWEEP_CASES });
  test('xᵀAx: A + Aᵀ, never the single-direction trap 2A; 2A when A is symmetric', () => {
    expect(H("x'*A*x", 'x', { x: 'n', A: 'nxn' })).toMatchObject({ verdict: 'derived', hessian: "(A + A')*dx", hessianMatrix: "A + A'" });
    expect(H("x'*A*x", 'x', { x: 'n', A: 'nxn' }, { A: 'symmetric' })).toMatchObject({ verdict: 'derived', hessian: '2*A*dx', hessianMatrix: '2*A' });
  });
  test('log|det X|: the map -(X⁻¹ dX X⁻¹)ᵀ, no matrix for a matrix variable', () => {
    const h = H('logdet(X)', 'X', { X: 'nxn' }, { X: 'invertible' });
    expect(h).toMatchObject({ verdict: 'derived', gradient: "inv(X)'" });
    // The sign in front or on the first factor: the same length, both verified.
    expect(h.hessian).toMatch(/^(-\(inv\(X\)\*dX\*inv\(X\)\)'|\(-inv\(X\)\*dX\*inv\(X\)\)')$/);
    expect(h.hessianMatrix).toBeUndefined();
  });
  test('the matrix read off: a ⊙ dx = diag(a) dx and (uᵀdx)v = v uᵀ dx', () => {
    expect(H('logsumexp(x)', 'x', { x: 'n' }).hessianMatrix).toBe("diag(softmax(x)) - softmax(x)*softmax(x)'");
    const logistic = H("-(y*log(sigmoid(w'*x)) + (1 - y)*log(1 - sigmoid(w'*x)))", 'w', { w: 'n', x: 'n', y: '1' });
    expect(logistic.hessianMatrix).toBe("sigmoid(w'*x)*(1 - sigmoid(w'*x))*x*x'");
    expect(logistic.hessianSteps.at(-1)!.because).toContain('a scalar commutes');
  });
  test('a matrix W: the Jacobian of softmax factored out of dW x, as the rule writes it', () => {
    const h = H("-y'*log(softmax(W*x))", 'W', { W: 'kxd', x: 'd', y: 'k' }, { y: 'onehot' });
    expect(h.hessian).toBe("(diag(softmax(W*x)) - softmax(W*x)*softmax(W*x)')*dW*x*x'");
    expect(h.hessianSteps).toHaveLength(2);
  });
  test('labels ±1 (a 1×1 orthogonal y): the logistic function recognised and y² = 1', () => {
    const h = H("log(1 + exp(-y*(w'*x)))", 'w', { w: 'n', x: 'n', y: '1' }, { y: 'orthogonal' });
    // The sign of -y may sit inside or in front (the same length); exp and y^2 must be gone.
    for (const s of [h.gradient!, h.hessianMatrix!]) {
      expect(s).toContain('sigmoid(');
      expect(s).not.toMatch(/exp|y\^2/);
    }
    expect(h.hessianMatrix).toMatch(/^sigmoid\((.*)\)\*\(1 - sigmoid\(\1\)\)\*x\*x'$/);
  });
  test('a linear f: H = 0, the map 0*dx and the matrix zeros(n, n)', () => {
    expect(H("a'*x", 'x', { x: 'n', a: 'n' })).toMatchObject({ verdict: 'derived', hessian: '0*dx', hessianMatrix: 'zeros(n, n)' });
  });
  test('a symmetric S: G is not simplified with Sᵀ = S before it is differentiated again (dS is not symmetric)', () => {
    const h = H("-0.5*logdet(S) - 0.5*(x - mu)'*inv(S)*(x - mu)", 'S', { S: 'nxn', x: 'n', mu: 'n' }, { S: 'spd' });
    expect(h.verdict, h.refuted?.evidence.reason).toBe('derived');
    // Sᵀ = S is not used on G: no line says S is symmetric, and a transpose is left in G.
    const said = (steps: readonly { because?: string }[]) => steps.map((st) => st.because ?? '').join(' ');
    expect(said(h.steps) + (h.derivation?.gradient.because ?? '')).not.toContain('S is symmetric');
    expect(h.gradient).toContain("'");
    // Nor on the Hessian: dS is a direction that need not be symmetric.
    expect(said(h.hessianSteps)).not.toContain('S is symmetric');
    expect(h.hessianSteps[0]!.because).toContain('G is not simplified with the assumptions on S (spd)');
  });
});

describe('what it cannot do twice, it says', () => {
  test('Tr(Xⁿ): the gradient n(Xⁿ⁻¹)ᵀ has a matrix power n − 1, unsupported (after the gradient, which is derived)', () => {
    const h = deriveHessian({ f: 'trace(X^n)', wrt: 'X', shape: { X: 'nxn' }, seed: 1, cases: SWEEP_CASES });
    expect(h).toMatchObject({ verdict: 'unsupported', gradient: "n*(X^(n - 1))'", unsupported: { construct: 'pow' } });
    expect(h.unsupported!.message).toMatch(/^the gradient G = n\*\(X\^\(n - 1\)\)' uses pow: /);
  });
  test('sum(abs(x)): the gradient sign(x) is a step, so the Hessian is 0 wherever it exists, and the line says where', () => {
    const h = deriveHessian({ f: 'sum(abs(x))', wrt: 'x', shape: { x: 'n' }, seed: 1, cases: SWEEP_CASES });
    expect(h).toMatchObject({ verdict: 'derived', gradient: 'sign(x)', hessianMatrix: 'zeros(n, n)' });
    expect(h.hessianSteps[0]).toMatchObject({ by: ['sign-differential'] });
    expect(h.hessianSteps[0]!.because).toMatch(/sign is a step at 0/);
  });
  test('a matrix-valued f is bad input, named with its shape', () => {
    expect(() => deriveHessian({ f: 'inv(X)', wrt: 'X', shape: { X: 'nxn' }, seed: 1 })).toThrow(InputError);
    expect(() => deriveHessian({ f: 'inv(X)', wrt: 'X', shape: { X: 'nxn' }, seed: 1 })).toThrow(/f is nxn, not a scalar; a Hessian needs a scalar f/);
  });
});
