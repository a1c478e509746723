/**
 * The mistake explained (diagnose.ts): each kind of relation on a small example, the claim a
 * relation reports re-checked by the oracle at another seed and more cases, and the catalogue's
 * value-refuted gradient mistakes gone through, with the share explained in agreement with the
 * mistake's own `why` (the target is 80%).
 */
import { describe, expect, test } from 'vitest';
import { checkClaim, type ClaimInput } from '../oracle/check.js';
import { refutedBy, deriveSeed } from './checkRule.js';
import { mistakeClaim } from '../../rules/claims.js';
import { RULES } from '../../rules/index.js';
import { deriveGradient } from './derive.js';
import { claimArgs, derivedHint } from '../presentation/derive.js';
import { diagnose, type Diagnosis, type DiagnosisKind } from './diagnose.js';
import { runSeed } from '../oracle/seed.js';

/** The run's seed (MCV_SEED): every random choice below flows from it, and failures print it. */
const TEST_SEED = runSeed();

const gradient = (expr: string, claim: string, wrt: string, shapes: Record<string, string>, assume: Record<string, string[]> = {}): ClaimInput => ({
  kind: 'gradient',
  expr,
  claim,
  wrt: [wrt],
  shapes,
  assume,
});

/** Derives f's gradient (every line checked) and diagnoses the claim against it. */
function diagnoseGradient(input: ClaimInput, seed = TEST_SEED): Diagnosis {
  const d = deriveGradient({ f: input.expr, wrt: input.wrt![0]!, shape: input.shapes, assume: (input.assume ?? {}) as Record<string, string[]>, cases: 20, seed });
  expect(d.verdict, `derive ${input.expr}`).toBe('derived');
  return diagnose(input, d.gradient!, seed);
}

/** The relation a diagnosis reports holds: the oracle verifies it again, at another seed and with 100 cases. */
function expectVerified(input: ClaimInput, dg: Diagnosis, seed: number): void {
  const r = dg.relation!;
  expect(r.lhs).toBe(input.claim);
  const ev = checkClaim({ kind: 'identity', expr: r.lhs, claim: r.rhs, shapes: shapesWithDirections(input), assume: r.assume ?? input.assume ?? {} }, { seed: seed + 1, cases: 100 });
  expect(ev.verdict, `${r.lhs} = ${r.rhs} (${JSON.stringify(r.assume ?? {})}), seed ${seed + 1}: ${ev.reason}`).toBe('verified');
}

function shapesWithDirections(input: ClaimInput): Record<string, string> {
  const s: Record<string, string> = { ...input.shapes };
  if (input.kind === 'differential' || input.kind === 'hessian') for (const w of input.wrt ?? []) s[`d${w}`] = input.shapes[w]!;
  return s;
}

describe('the mistake explained, one kind of relation at a time', () => {
  const xAx = { x: 'n', A: 'nxn' };

  test('2Ax for xᵀAx: equal to the derived gradient only if A is symmetric', () => {
    const input = gradient("x'*A*x", '2*A*x', 'x', xAx);
    const dg = diagnoseGradient(input);
    expect(dg.kind).toBe('assumption');
    expect(dg.summary).toMatch(/equal to the derived gradient only if A is symmetric/);
    expect(dg.relation).toEqual({ lhs: '2*A*x', rhs: "(A + A')*x", assume: { A: ['symmetric'] } });
    expectVerified(input, dg, TEST_SEED);
  });

  test('a forgotten transpose (baᵀ for aᵀXb, X square)', () => {
    const input = gradient("a'*X*b", "b*a'", 'X', { a: 'n', X: 'nxn', b: 'n' });
    const dg = diagnoseGradient(input);
    expect(dg.kind).toBe('transposed');
    expect(dg.summary).toMatch(/^G is the transpose of the derived gradient/);
    expectVerified(input, dg, TEST_SEED);
  });

  test('a missing factor 2 (x for xᵀx)', () => {
    const input = gradient("x'*x", 'x', 'x', { x: 'n' });
    const dg = diagnoseGradient(input);
    expect(dg.kind).toBe('scaled');
    expect(dg.summary).toMatch(/half the derived gradient: a factor 2 is missing/);
    expectVerified(input, dg, TEST_SEED);
  });

  test('a sign error (the residual reversed in least squares)', () => {
    const input = gradient("norm(A*x - b,'fro')^2", "2*A'*(b - A*x)", 'x', { A: 'mxn', x: 'n', b: 'm' });
    const dg = diagnoseGradient(input);
    expect(dg.kind).toBe('scaled');
    expect(dg.summary).toMatch(/with the wrong sign/);
    expectVerified(input, dg, TEST_SEED);
  });

  test('a missing term, named (Ax for xᵀAx lacks Aᵀx)', () => {
    const input = gradient("x'*A*x", 'A*x', 'x', xAx);
    const dg = diagnoseGradient(input);
    expect(dg.kind).toBe('terms');
    expect(dg.summary).toMatch(/lacks the term A'\*x/);
    expect(dg.relation?.rhs).toBe("(A + A')*x - A'*x");
    expectVerified(input, dg, TEST_SEED);
  });

  test('scaled by a scalar of the problem (the gradient of ‖x − a‖² given for ‖x − a‖)', () => {
    const input = gradient('norm(x - a)', '2*(x - a)', 'x', { x: 'n', a: 'n' });
    const dg = diagnoseGradient(input);
    expect(dg.kind).toBe('scaled');
    expect(dg.summary).toMatch(/twice the derived gradient multiplied by norm\(x - a\)/);
    expectVerified(input, dg, TEST_SEED);
  });

  test('the wrong shape: a row for a column is the transpose, and says which shape was expected', () => {
    const input = gradient("c'*x", "c'", 'x', { c: 'n', x: 'n' });
    const dg = diagnoseGradient(input);
    expect(dg.kind).toBe('transposed');
    expect(dg.summary).toMatch(/G is 1x2 where the derived gradient is 2x1/);
    expectVerified(input, dg, TEST_SEED);
  });

  test('the wrong shape with no relation: says the shape expected, and no relation', () => {
    const input = gradient("x'*A*x", "2*A*x*x'", 'x', { x: 'n', A: 'nxn' }, { A: ['symmetric'] });
    const dg = diagnoseGradient(input);
    expect(dg.kind).toBe('shape');
    expect(dg.summary).toMatch(/^G has the wrong shape: it is 2x2 where x, and so its gradient, is 2x1 \(at n=2\)/);
    expect(dg.relation).toBeUndefined();
  });

  test('nothing found: says so, and guesses nothing', () => {
    const input = gradient('logsumexp(z)', 'exp(z)', 'z', { z: 'n' });
    const dg = diagnoseGradient(input);
    expect(dg.kind).toBe('none');
    expect(dg.summary).toMatch(/^no simple relation to the derived gradient was found/);
    expect(dg.relation).toBeUndefined();
  });

  test('a Hessian: 2A for xᵀAx holds only if A is symmetric', () => {
    const input: ClaimInput = { kind: 'hessian', expr: "x'*A*x", claim: '2*A', wrt: ['x'], shapes: xAx };
    const dg = diagnose(input, "A + A'", TEST_SEED);
    expect(dg.kind).toBe('assumption');
    expect(dg.summary).toMatch(/^H is equal to the derived Hessian only if A is symmetric/);
    expectVerified(input, dg, TEST_SEED);
  });

  test('a differential with dX: the sign of d(X⁻¹) lost', () => {
    const input: ClaimInput = { kind: 'differential', expr: 'inv(X)', claim: 'inv(X)*dX*inv(X)', wrt: ['X'], shapes: { X: 'nxn' }, assume: { X: ['invertible'] } };
    const dg = diagnose(input, '-inv(X)*dX*inv(X)', TEST_SEED);
    expect(dg.kind).toBe('scaled');
    expect(dg.summary).toMatch(/^dF is the derived differential with the wrong sign/);
    expect(dg.relation?.rhs).toBe('-(-inv(X)*dX*inv(X))');
    expectVerified(input, dg, TEST_SEED);
  });

  test('written as the answer but for one place: tanh′ written 1 − tanh is told where, with the term the answer has there', () => {
    const input = gradient("0.5*norm(W2*tanh(W1*x) - y,'fro')^2", "((W2'*(W2*tanh(W1*x) - y)) .* (1 - tanh(W1*x)))*x'", 'W1', { W1: 'pxn', W2: 'kxp', x: 'n', y: 'k' });
    const dg = diagnoseGradient(input);
    expect(dg.kind).toBe('place');
    expect(dg.summary).toMatch(/except in one place: it has tanh\(W1\*x\) where the derived gradient has \S*tanh\(W1\*x\)\S*/);
    expectVerified(input, dg, TEST_SEED);
  });

  test('a wrong function in one place is named with what the answer has there (sigmoid of the wrong sign)', () => {
    const input = gradient('-sum(y .* log(sigmoid(X*w)) + (1 - y) .* log(1 - sigmoid(X*w)))', "X'*(sigmoid(-X*w) - y)", 'w', { X: 'mxn', w: 'n', y: 'm' });
    const dg = diagnoseGradient(input);
    expect(dg.kind).toBe('place');
    expect(dg.summary).toContain('it has sigmoid(-X*w) where the derived gradient has sigmoid(X*w)');
    expectVerified(input, dg, TEST_SEED);
  });

  test('with no shape given, as mcv gradient is typed, the diagnosis uses the shapes the check inferred', () => {
    const input: ClaimInput = { kind: 'gradient', expr: "x'*A*x", claim: '2*A*x', wrt: ['x'], shapes: {} };
    const ev = checkClaim(input, { seed: TEST_SEED, cases: 100 });
    expect(ev.verdict).toBe('refuted');
    expect(ev.shapes).toEqual({ x: 'n', A: 'nxn' });
    const dg = derivedHint(claimArgs(input), ev)?.diagnosis;
    expect(dg?.kind, dg?.summary).toBe('assumption');
    expect(dg?.relation).toEqual({ lhs: '2*A*x', rhs: "(A + A')*x", assume: { A: ['symmetric'] } });
  });

  test('a claim that differs from the answer from the top is not forced into a relation', () => {
    const input = gradient('sum(exp(x))', 'log(x)', 'x', { x: 'n' });
    const dg = diagnoseGradient(input);
    expect(dg.kind).toBe('none');
    expect(dg.relation).toBeUndefined();
  });
});

/**
 * Does the diagnosis agree with the mistake's `why`? Each kind of relation against the words a
 * `why` uses for it; an assumption must also be the one the why names.
 */
const AGREES: Record<DiagnosisKind, RegExp> = {
  transposed: /transpos|numerator layout|⁻ᵀ|\bGᵀ|\brow\b|the shape of|[A-Za-zθσ]ᵀ/i,
  scaled: /factor|sign|negative|minus|twice|doubl|half|\b2\b|divid|mean|unit vector|gradient of|carries|depend|cancel|decreas|grows|descent|ascent|square|precision|normalis/i,
  terms: /term|both|appears|varies|vary|contribut|occur|also|penalty|sample|derivative|σ′|tanh′/i,
  assumption: /./,
  // A why that says what was written in place of what (X, not Y; each pairs with its own; the chain rule back to X).
  place: /\bnot\b|instead|rather than|in place of|pairs with|chain rule|drops/i,
  shape: /shape|size|fit|×/i,
  none: /$^/,
};
const ASSUMPTION_WORDS: Record<string, RegExp> = {
  symmetric: /symmetric|= ?[A-Za-zΣ]ᵀ|≠ ?[A-Za-zΣ⁻¹]*ᵀ|mirror|transpos|⁻ᵀ|[A-Za-zΣ]ᵀ/i,
  spd: /symmetric|positive definite/i,
  onehot: /one-hot|sum to 1|labels/i,
  diagonal: /diagonal/i,
  orthogonal: /orthogonal/i,
};

function agrees(dg: Diagnosis, why: string): boolean {
  if (!AGREES[dg.kind].test(why)) return false;
  if (dg.kind !== 'assumption') return true;
  const kinds = Object.values(dg.relation?.assume ?? {}).flat();
  return kinds.some((k) => ASSUMPTION_WORDS[k]?.test(why));
}

describe('the catalogue: every value-refuted gradient mistake', () => {
  test('a diagnosis for at least 80% of them, each agreeing with the why, and every relation verified again by the oracle', () => {
    const rows: { id: string; kind: DiagnosisKind; agrees: boolean; ms: number }[] = [];
    // Several mistakes of a rule share its f: derived once (the derivation is symbolic, the same at
    // any seed; its lines are checked at the seed of the first mistake that needs it), not once per
    // mistake, which was two fifths of this test's time for the same answers.
    const derived = new Map<string, { d: ReturnType<typeof deriveGradient>; ms: number }>();
    const deriveOnce = (input: ClaimInput, seed: number) => {
      const key = JSON.stringify([input.expr, input.wrt, input.shapes, input.assume ?? {}]);
      let hit = derived.get(key);
      if (!hit) {
        const started = Date.now();
        const d = deriveGradient({ f: input.expr, wrt: input.wrt![0]!, shape: input.shapes, assume: (input.assume ?? {}) as Record<string, string[]>, cases: 20, seed });
        hit = { d, ms: Date.now() - started };
        derived.set(key, hit);
      }
      return hit;
    };
    for (const rule of RULES) {
      if (rule.kind !== 'gradient') continue;
      for (const m of rule.mistakes) {
        const id = `${rule.id}/${m.id}`;
        const input = mistakeClaim(rule, m);
        const seed = deriveSeed(TEST_SEED, id);
        const ev = checkClaim(input, { seed, cases: 100 });
        if (refutedBy(ev) !== 'value') continue;
        const { d } = deriveOnce(input, ev.seed);
        const started = Date.now();
        const dg = d.verdict === 'derived' ? diagnose(input, d.gradient!, ev.seed) : null;
        const ms = Date.now() - started;
        if (dg?.relation) expectVerified(input, dg, ev.seed);
        rows.push({ id, kind: dg?.kind ?? 'none', agrees: !!dg && dg.kind !== 'none' && agrees(dg, m.why), ms });
      }
    }
    const explained = rows.filter((r) => r.agrees).length;
    const ratio = explained / rows.length;
    // Reported for the README and the guide (the measured figure, with the seed it was measured at).
    console.log(
      `diagnosis: ${explained} of ${rows.length} value-refuted gradient mistakes (${(100 * ratio).toFixed(0)}%) explained in agreement with their why; seed ${TEST_SEED}; ` +
        `derive median ${median([...derived.values()].map((r) => r.ms))} ms, slowest ${Math.max(...[...derived.values()].map((r) => r.ms))} ms (${derived.size} distinct f); ` +
        `diagnose median ${median(rows.map((r) => r.ms))} ms, slowest ${Math.max(...rows.map((r) => r.ms))} ms\n` +
        `not explained (or not agreeing): ${rows
          .filter((r) => !r.agrees)
          .map((r) => `${r.id} (${r.kind})`)
          .join(', ')}`,
    );
    expect(rows.length).toBeGreaterThan(100);
    expect(ratio, `${explained}/${rows.length}`).toBeGreaterThanOrEqual(0.8);
  }, 600_000);
});

describe('the catalogue: differential and Hessian mistakes, as mcv diagnoses them', () => {
  test('every relation reported is verified again by the oracle, and at least half of them get one', () => {
    let refuted = 0,
      explained = 0;
    for (const rule of RULES) {
      if (rule.kind !== 'differential' && rule.kind !== 'hessian') continue;
      for (const m of rule.mistakes) {
        const input = mistakeClaim(rule, m);
        const ev = checkClaim(input, { seed: deriveSeed(TEST_SEED, `${rule.id}/${m.id}`), cases: 100 });
        if (refutedBy(ev) !== 'value') continue;
        // As mcv does: derive (a differential of one variable, or the Hessian in the claim's form), then diagnose.
        const hint = derivedHint(claimArgs(input), ev);
        if (!hint) continue;
        refuted++;
        if (hint.diagnosis?.relation) {
          explained++;
          expectVerified(input, hint.diagnosis, ev.seed);
        }
      }
    }
    console.log(`diagnosis: ${explained} of ${refuted} value-refuted differential and Hessian mistakes with a derived answer get a verified relation; seed ${TEST_SEED}`);
    // A guard against a regression, below the 62 of 94 measured at seed 1; there is no target for these kinds.
    expect(explained / refuted).toBeGreaterThanOrEqual(0.5);
  }, 600_000);
});

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}
