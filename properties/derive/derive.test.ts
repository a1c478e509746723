/**
 * mcv derive over the catalogue: every gradient rule and every worked exercise is derived, every
 * line verified, and the derived G equals the rule's own G numerically. Few cases per line (5) in
 * this sweep, to keep npm test within its budget; `npx tsx scripts/derive-report.ts` runs the full
 * measurement (20 seeds, default cases).
 */
import { describe, expect, test } from 'vitest';
import { checkIdentity } from '../api/index.js';
import { RULES } from '../../rules/index.js';
import { DERIVATIONS } from '../../rules/derivations/index.js';
import { derivationSchema } from '../../rules/derivations/schema.js';
import { runSeed } from '../oracle/seed.js';
import { deriveGradient, DIFFERENTIALS, TRACE_RULES } from './index.js';

const SWEEP_CASES = 5;
const seed = runSeed();
const ids = new Set(RULES.map((r) => r.id));

const problems = [
  ...RULES.flatMap((r) => (r.kind === 'gradient' ? [{ name: `rule ${r.id}`, f: r.f, wrt: r.wrt, G: r.G, shape: r.shapes, assume: r.assume }] : [])),
  ...DERIVATIONS.map((d) => ({ name: `exercise ${d.id}`, f: d.f, wrt: d.wrt, G: d.gradient.G, shape: d.shapes, assume: d.assume })),
];

describe('every rule mcv derive cites is in the catalogue', () => {
  test('the differential of every operation names existing rules', () => {
    for (const [op, d] of Object.entries(DIFFERENTIALS)) for (const r of d.rules) expect(ids, `${op} cites ${r}`).toContain(r);
  });
  test('the trace rules it cites exist', () => {
    for (const r of TRACE_RULES) expect(ids, r).toContain(r);
  });
});

describe(`the catalogue derived (${SWEEP_CASES} cases per line)`, () => {
  test.each(problems.map((p) => [p.name, p] as const))('%s: derived, every line verified, G equal to the stated G', (_, p) => {
    const r = deriveGradient({ f: p.f, wrt: p.wrt, shape: p.shape, assume: p.assume, seed, cases: SWEEP_CASES });
    expect(r.verdict, r.refuted ? `${r.refuted.name}: ${r.refuted.evidence.reason}` : r.unsupported?.message).toBe('derived');
    expect(r.kind).toBe('gradient');
    // The derivation has the form of the worked exercises, and cites only rules that exist.
    const d = derivationSchema.parse(r.derivation);
    for (const s of [...d.steps, d.gradient]) for (const id of s.by) expect(ids, id).toContain(id);
    const same = checkIdentity({ lhs: r.gradient!, rhs: p.G, shape: p.shape, assume: p.assume, seed, cases: SWEEP_CASES });
    expect(same.verdict, `derived ${r.gradient} vs stated ${p.G}: ${same.reason}`).toBe('verified');
  });
});

describe('what mcv derive does not differentiate, it says', () => {
  test('sign (a step): its derivative is 0 almost everywhere, and the step says where it holds', () => {
    const r = deriveGradient({ f: 'sum(sign(X))', wrt: 'X', shape: { X: 'nxn' }, seed: 1, cases: 5 });
    expect(r).toMatchObject({ verdict: 'derived', gradient: 'zeros(n, n)' });
    expect(r.steps[0]).toMatchObject({ df: '0', by: ['sign-differential'] });
    expect(r.steps[0]!.because).toMatch(/no entry of the argument is 0/);
  });
  test('the spectral norm is unsupported, named with its position', () => {
    const r = deriveGradient({ f: 'trace(X) + norm(X, 2)', wrt: 'X', shape: { X: 'nxn' }, seed: 1, cases: 5 });
    expect(r.verdict).toBe('unsupported');
    expect(r.unsupported).toMatchObject({ construct: 'norm', position: 11 });
  });
  test('a matrix power with an exponent that is not a whole number or a size letter is unsupported, named with its position', () => {
    const r = deriveGradient({ f: 'trace(X^a)', wrt: 'X', shape: { X: 'nxn', a: '1' }, seed: 1, cases: 5 });
    expect(r.verdict).toBe('unsupported');
    expect(r.unsupported).toMatchObject({ construct: 'pow', position: 7 });
  });
  test('a power with an exponent depending on the variable is unsupported', () => {
    const r = deriveGradient({ f: "(x'*x)^(x'*x)", wrt: 'x', shape: { x: 'n' }, seed: 1, cases: 5 });
    expect(r.verdict).toBe('unsupported');
    expect(r.unsupported?.construct).toBe('pow');
  });
});

describe('simplification never changes a shape', () => {
  test('(wᵀx)x is not merged into a matrix power x^2 (x a column): dF is derived and verified', () => {
    const r = deriveGradient({ f: "(sigmoid(w'*x) - y)*x", wrt: 'w', shape: { w: 'n', x: 'n', y: '1' }, seed: 1, cases: SWEEP_CASES });
    expect(r.verdict, r.refuted?.evidence.reason).toBe('derived');
    expect(r.gradient).not.toContain('x^2');
  });
  test('a product regrouped across a scalar broadcast is left as it was: the rule G of an MLP layer differentiated again', () => {
    const r = deriveGradient({ f: "(w2'*sigmoid(W1*x) - y)*(w2 .* sigmoid(W1*x) .* (1 - sigmoid(W1*x)))*x'", wrt: 'W1', shape: { W1: 'pxn', x: 'n', w2: 'p', y: '1' }, seed: 1, cases: SWEEP_CASES });
    expect(r.verdict, r.refuted?.evidence.reason).toBe('derived');
  });
});

describe('simplification as on paper', () => {
  const G = (f: string, wrt: string, shape: Record<string, string>, assume?: Record<string, string>) => deriveGradient({ f, wrt, shape, assume, seed: 1, cases: SWEEP_CASES }).gradient;
  test('like terms collected: xᵀAx gives (A + Aᵀ)x, and 2Ax when A is symmetric', () => {
    expect(G("x'*A*x", 'x', { x: 'n', A: 'nxn' })).toBe("(A + A')*x");
    expect(G("x'*A*x", 'x', { x: 'n', A: 'nxn' }, { A: 'symmetric' })).toBe('2*A*x');
  });
  test("one-hot labels: f rewritten with log softmax(z) = z − 1 logsumexp(z), then 1ᵀy = 1 gives the notes' (softmax(Θx) − y)xᵀ", () => {
    const r = deriveGradient({ f: "-y'*log(softmax(T*x))", wrt: 'T', shape: { T: 'kxd', x: 'd', y: 'k' }, assume: { y: 'onehot' }, seed: 1, cases: SWEEP_CASES });
    expect(r.steps[0]).toMatchObject({ f: "-y'*(T*x - ones(k)*logsumexp(T*x))", by: ['log-softmax-identity'] });
    expect(r.steps.some((s) => s.because?.includes('y is one-hot, so '))).toBe(true);
    expect(r.steps.some((s) => s.by.some((id) => id.startsWith('onehot-')))).toBe(true);
    expect(r.gradient).toBe("(softmax(T*x) - y)*x'");
  });
  test('a constant f has the zero gradient of the shape of the variable', () => {
    expect(G("a'*a", 'X', { X: 'mxn', a: 'm' })).toBe('zeros(m, n)');
  });
});
