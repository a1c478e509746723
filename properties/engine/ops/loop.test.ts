/**
 * One loop over every entry of the table of operations (OpInfo's idea): for every operation and
 * every way it is written (its `syntax`, with the shapes the letters stand for), derive op(W) and
 * op of an affine expression in W, and let the oracle check the result to first order (the
 * derived dF or G) and to second order (the derived Hessian of a scalar made of it, along two
 * independent directions); check the cited rule against the entry's differential; and for an
 * entrywise function, check its |f′| (the bound's `deriv`) and its `d` against a finite
 * difference, and its error bound against a 60-digit reference. A new entry is in this loop by
 * being in the table; a wrong `d` or `deriv` fails it. Every random choice flows from MCV_SEED,
 * printed with every failure.
 */
import fc from 'fast-check';
import { all, create } from 'mathjs';
import { describe, expect, test } from 'vitest';
import { checkClaim } from '../../oracle/check.js';
import { deriveGradient } from '../../derive/derive.js';
import { deriveHessian } from '../../derive/hessian.js';
import { RULES } from '../../../rules/index.js';
import { runSeed } from '../../oracle/seed.js';
import { newBudget } from '../budget.js';
import { compile } from '../expr.js';
import { directionalDerivative } from '../fd.js';
import * as M from '../matrix.js';
import { U } from './rounding.js';
import { OPS } from './index.js';
import type { EvalContext, Op, VE } from './types.js';

const SEED = runSeed();
/** Cases per oracle check: a wrong derivative fails at almost every random point, so few suffice and the loop stays fast. */
const CASES = 5;
const at = `(MCV_SEED=${SEED})`;

/** The oracle's defaults for one check, seeded. */
const opts = (key: number) => ({ seed: (SEED + key) | 0, cases: CASES });

/**
 * Syntaxes mcv derive refuses by design, with the reason it must give: the test fails when one of
 * them starts to derive (then it belongs in the loop) or stops saying why.
 */
const REFUSED: Readonly<Record<string, RegExp>> = {
  'norm(X, 2)': /spectral norm/,
};

/** A derivation problem: f, the variable, shapes and assumptions. */
interface Problem {
  f: string;
  wrt: string;
  shape: Record<string, string>;
  assume: Record<string, string[]>;
  /** op of an affine map of the variable (rather than of the variable itself). */
  affine: boolean;
}

/**
 * Does the entry's domain exclude points by a singularity or an edge (log, sqrt, log1p, a division,
 * fractional powers)? Then its letters are drawn positive, inside every such domain here. A kink
 * (abs, sign, relu) does not count: the oracle draws both sides, and exact zeros on it.
 */
const positiveDomain = (op: Op): boolean => op.domain.entry !== undefined && op.domain.kink === undefined && [-2, -0.5, 0].some((x) => !op.domain.entry!(x));

/**
 * The problems of one syntax: the letters as the guide's reference reads them (capitals n×n
 * matrices, x and z columns, a–d numbers, k the whole number 3), each variable differentiated
 * in op(W) and in op(affine(W)); the exponent of a power is a constant (mcv derive's scope).
 */
function problems(op: Op, syntax: string): Problem[] {
  const src = syntax.replace(/\bk\b/g, '3');
  const letters = [...new Set(src.match(/\b[A-Za-z]\b/g) ?? [])];
  const shape: Record<string, string> = {};
  for (const l of letters) shape[l] = /[A-Z]/.test(l) ? 'nxn' : l === 'x' || l === 'z' ? 'n' : '1';
  const assume: Record<string, string[]> = {};
  for (const l of letters) {
    const kinds: string[] = [];
    if (op.domain.invertible && /[A-Z]/.test(l)) kinds.push('invertible');
    if (positiveDomain(op)) kinds.push('positive');
    if (kinds.length) assume[l] = kinds;
  }
  // The exponent of a power (after the ^) is not differentiated: derive takes constant exponents only.
  const exponent: string[] = op.scale === 'exponent' ? (src.slice(src.lastIndexOf('^')).match(/\b[A-Za-z]\b/g) ?? []) : [];
  const vars = letters.filter((l) => !exponent.includes(l));
  return vars.flatMap((w) => {
    const s = shape[w]!;
    // An affine map of w that keeps the domain: W + C (C positive) for positive domains, 2W' for
    // invertible ones, P W + C otherwise (P square).
    const affine = op.domain.invertible && /[A-Z]/.test(w) ? `(2*${w}')` : positiveDomain(op) ? `(${w} + C)` : `(P*${w} + C)`;
    const rows = s === '1' ? '1' : 'nxn';
    const extra = { C: s, ...(affine.includes('P') ? { P: rows } : {}) };
    const sub = src.replace(new RegExp(`\\b${w}\\b`, 'g'), affine);
    return [
      { f: src, wrt: w, shape, assume, affine: false },
      { f: sub, wrt: w, shape: { ...shape, ...extra }, assume: positiveDomain(op) ? { ...assume, C: ['positive'] } : assume, affine: true },
    ];
  });
}

const differentiable = OPS.filter((op) => op.differential !== 'constant');

describe('every entry, derived and checked by the oracle to first and second order', () => {
  const rows = differentiable.flatMap((op) => op.syntax.map((syntax) => [`${op.name}: ${syntax}`, op, syntax] as const));
  test.each(rows)('%s', (_title, op, syntax) => {
    problems(op, syntax).forEach((p, i) => {
      const what = `${p.f} wrt ${p.wrt} ${at}`;
      const g = deriveGradient({ f: p.f, wrt: p.wrt, shape: p.shape, assume: p.assume, ...opts(i), timeLimitMs: 60_000 });
      if (REFUSED[syntax]) {
        expect(g.verdict, what).toBe('unsupported');
        expect(g.unsupported?.message, what).toMatch(REFUSED[syntax]!);
        return;
      }
      expect(g.verdict, `${what}: ${g.unsupported?.message ?? g.refuted?.evidence.reason ?? ''}`).toBe('derived');
      // First order, the result itself (derive checked it too; stated here so the loop does not rest on derive's own checks).
      const first = checkClaim(
        g.kind === 'gradient'
          ? { kind: 'gradient', expr: p.f, claim: g.gradient!, wrt: [p.wrt], shapes: p.shape, assume: p.assume }
          : { kind: 'differential', expr: p.f, claim: g.gradient!, wrt: [p.wrt], shapes: p.shape, assume: p.assume },
        opts(100 + i),
      );
      expect(first.verdict, `${what}: ${first.reason ?? ''}`).toBe('verified');
      // Second order, for op of the affine map (which also runs op's differential through the chain rule): the Hessian
      // of f, or of a scalar made of F (its sum; its trace where a sum has no closed-form gradient, as for kron).
      if (!p.affine) return;
      const scalars = g.kind === 'gradient' ? [p.f] : [`sum(${p.f})`, `trace(${p.f})`];
      const tried: string[] = [];
      for (const f of scalars) {
        const h = deriveHessian({ f, wrt: p.wrt, shape: p.shape, assume: p.assume, ...opts(200 + i), timeLimitMs: 60_000 });
        expect(h.verdict, `${f} wrt ${p.wrt} ${at}: ${h.refuted?.evidence.reason ?? ''}`).not.toBe('refuted');
        if (h.verdict === 'derived') return;
        tried.push(`${f}: ${h.unsupported?.message}`);
      }
      expect.fail(`${what}: no Hessian derived: ${tried.join('; ')}`);
    });
  });
});

describe("every cited rule states the entry's differential", () => {
  const rows = differentiable.flatMap((op) => (op.differential === 'constant' ? [] : op.differential.rules.map((id) => [`${op.name}: ${id}`, op, id] as const)));
  test.each(rows)('%s', (_title, op, id) => {
    const rule = RULES.find((r) => r.id === id);
    expect(rule, `${op.name} cites ${id}, which is not in the catalogue`).toBeDefined();
    if (rule!.kind !== 'differential' && rule!.kind !== 'gradient') return void expect.fail(`${id}: a differential's rule must be a differential or a gradient rule, not ${rule!.kind}`);
    const fOf = rule!.kind === 'differential' ? rule!.F : rule!.f;
    const wrts = rule!.kind === 'differential' ? rule!.wrt : [rule!.wrt];
    const stated = rule!.kind === 'differential' ? rule!.dF : rule!.G;
    const assume = Object.fromEntries(Object.entries(rule!.assume ?? {}).map(([k, v]) => [k, [...v]]));
    wrts.forEach((w, i) => {
      const r = deriveGradient({ f: fOf, wrt: w, shape: { ...rule!.shapes }, assume, ...opts(300 + i), timeLimitMs: 60_000 });
      expect(r.verdict, `${id} wrt ${w} ${at}: ${r.unsupported?.message ?? r.refuted?.evidence.reason ?? ''}`).toBe('derived');
      // The rule with the other variables held still (their differentials 0) is the derived line, as an identity.
      let claim = stated;
      for (const v of wrts) if (v !== w) claim = claim.replace(new RegExp(`\\bd${v}\\b`, 'g'), `(0*d${v})`);
      const shapes: Record<string, string> = { ...rule!.shapes };
      for (const v of wrts) shapes[`d${v}`] = rule!.shapes[v]!;
      // A scalar F: its first line df (the entry's differential, simplified); a matrix F: dF itself.
      const derived = r.kind === 'gradient' && rule!.kind === 'differential' ? r.steps.find((st) => st.df !== undefined)!.df! : r.gradient!;
      const ev = checkClaim({ kind: 'identity', expr: derived, claim, shapes, assume }, opts(400 + i));
      expect(ev.verdict, `${id} wrt ${w} ${at}: derived ${derived} but the rule states ${claim}: ${ev.reason ?? ''}`).toBe('verified');
    });
  });
});

// mathjs compares within relTol/absTol by default (max of two close numbers would pick either): exact comparisons here.
const big = create(all!, { number: 'BigNumber', precision: 64, relTol: 1e-60, absTol: 1e-60 });
/** The exact decimal value of a double (toPrecision(100) is exact for the magnitudes drawn here). */
const exact = (x: number) => big.bignumber(x.toPrecision(100));

/** The entry applied to 1×1 arguments, with or without bounds: the code path of the interpreter. */
function apply(op: Op, args: readonly VE[], bound: boolean): VE {
  const c: EvalContext = { bound, budget: newBudget(Infinity), text: `\`${op.name}\``, args: args.map((_, i) => `\`${i}\``), variableExponent: false };
  return op.evaluate(args, c);
}

/** Points inside the entry's domain (its `entry` test), drawn from the run's seed. */
function points(op: Op, n: number, key: number): number[] {
  const inside = op.domain.entry ?? (() => true);
  return fc
    .sample(fc.double({ min: -4, max: 4, noNaN: true }), { seed: (SEED + key) | 0, numRuns: 4 * n })
    .filter((x) => Math.abs(x) > 1e-3 && inside(x))
    .slice(0, n);
}

/** The largest |fl(v) − v| over the points where it exceeds the bound, or null: evaluate against the 60-digit reference. */
function uncovered(op: Op, xs: readonly number[][], zeroBound = false): { at: number[]; err: number; bound: number } | null {
  const names = op.arity[0] === 2 ? ['a', 'b'] : ['x'];
  for (const x of xs) {
    // An input already off by δ (its bound |δ|), and an exact one: the propagated part and the rounding.
    for (const rel of [0, 2 ** -40]) {
      const shifted = x.map((v) => v * (1 + rel));
      const r = apply(
        op,
        shifted.map((v, i) => ({ v: M.scalar(v), e: M.scalar(Math.abs(v - x[i]!)) })),
        true,
      );
      const scope = Object.fromEntries(names.map((n, i) => [n, exact(x[i]!)]));
      const ref = big.evaluate(op.reference!, scope);
      const err = Math.abs(big.subtract(exact(r.v.data[0]!), ref).toNumber());
      const bound = zeroBound ? 0 : r.e!.data[0]!;
      if (err > bound) return { at: shifted, err, bound };
    }
  }
  return null;
}

describe('entrywise functions: |f′|, the differential and the bound agree with the function', () => {
  const entrywise = OPS.filter((op) => op.reference !== undefined);

  test.each(entrywise.map((op) => [op.name, op] as const))('%s: the bound covers the error against a 60-digit reference', (_n, op) => {
    const arity = op.arity[0];
    const xs = points(op, 40, 500).map((x, i, all) => (arity === 2 ? [x, all[(i + 7) % all.length]!] : [x]));
    const miss = uncovered(op, xs);
    expect(miss, `${op.name} at ${JSON.stringify(miss?.at)}: error ${miss?.err} above the bound ${miss?.bound} ${at}`).toBeNull();
  });

  test('a zero bound fails that comparison wherever the function rounds (the check can fail)', () => {
    const rounding = OPS.filter((op) => op.reference !== undefined && ['exp', 'softplus', 'sin', 'log1p'].includes(op.name));
    for (const op of rounding)
      expect(
        uncovered(
          op,
          points(op, 40, 600).map((x) => [x]),
          true,
        ),
        `${op.name} ${at}`,
      ).not.toBeNull();
  });

  const unary = OPS.filter((op) => op.elementwise);
  test.each(unary.map((op) => [op.name, op] as const))("%s: the bound's |f′| and the differential d are f′, measured by a finite difference", (_n, op) => {
    if (op.differential === 'constant') return void expect.fail(`${op.name} is elementwise but has no differential`);
    // d written with x and dx = 1, evaluated by the interpreter: f′(x).
    const g = deriveGradient({ f: `${op.name}(x)`, wrt: 'x', shape: { x: '1' }, assume: positiveDomain(op) ? { x: ['positive'] } : {}, ...opts(700), timeLimitMs: 60_000 });
    expect(g.verdict, `${op.name}(x) ${at}: ${g.unsupported?.message ?? ''}`).toBe('derived');
    // f = op(x) with x 1×1 gives G = f′(x) itself.
    const fPrime = compile(g.gradient!, { field: 'f', known: new Set(['x']) });
    for (const x of points(op, 20, 800)) {
      const fd = directionalDerivative((t) => Float64Array.of(apply(op, [{ v: M.scalar(x + t) }], false).v.data[0]!), 1e-2 * Math.max(1, Math.abs(x)), { smooth: op.smooth });
      expect(fd, `${op.name} at ${x} ${at}`).not.toBeNull();
      const slope = fd!.value[0]!;
      const tol = fd!.err + 8 * U * Math.abs(slope);
      const d = fPrime.evaluate({ x: M.scalar(x) }).data[0]!;
      expect(Math.abs(d - slope), `${op.name}: d gives ${d} at ${x}, the finite difference ${slope} ± ${fd!.err} ${at}`).toBeLessThanOrEqual(tol);
      // The bound with e = 1 on x is |f′(x)|·1 + its own rounding (a few u|f(x)|): the difference is the bound's |f′|.
      const withMove = apply(op, [{ v: M.scalar(x), e: M.scalar(1) }], true).e!.data[0]!;
      const own = apply(op, [{ v: M.scalar(x), e: M.scalar(0) }], true).e!.data[0]!;
      const deriv = withMove - own;
      const slack = tol + 4 * U * Math.abs(withMove);
      const why = `${op.name}: the bound's |f′| is ${deriv} at ${x}, the finite difference ${Math.abs(slope)} ${at}`;
      // At a kink the bound may use a Lipschitz constant (relu: 1 on both sides), which must not be below |f′|.
      if (op.domain.kink) expect(deriv, why).toBeGreaterThanOrEqual(Math.abs(slope) - slack);
      else expect(Math.abs(deriv - Math.abs(slope)), why).toBeLessThanOrEqual(slack);
    }
  });
});
