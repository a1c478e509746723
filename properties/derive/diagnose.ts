/**
 * The mistake explained: how a refuted claim (a gradient, a differential or a Hessian) relates to
 * the answer `mcv derive` found and verified. Candidate relations are generated from the two
 * expressions (the claim is the derived answer transposed; scaled by a constant or by a scalar of
 * the problem; with terms of the derived answer missing, doubled or of the other sign, or with an
 * extra term; equal only under an assumption the oracle knows), screened on a few random points,
 * and only then checked as identities by the oracle (`checkClaim`, kind identity, with the
 * assumption when there is one, seeded from the refuted check's seed). Only a relation the oracle
 * verified is reported; when none is, the diagnosis says so and guesses nothing.
 *
 * The numeric screen only orders and prunes the candidates (its thresholds decide what is worth a
 * check, never a verdict); the oracle's identity check is what makes a relation true.
 */
import fc from 'fast-check';
import { checkClaim, type ClaimInput } from '../oracle/check.js';
import { isOperator, add, call, div, mul, neg, num, print, size, sub, sym, tr, uses, fromMath, type Node } from '../engine/ast.js';
import { sameTerm } from './terms.js';
import { compile, type Expr } from '../engine/expr.js';
import * as M from '../engine/matrix.js';
import type { Mat } from '../engine/matrix.js';
import { checkAssumptions, parseAssumption, parseShape, resolveShape, shapeLetters, type Assumption, type Shape } from '../engine/shapes.js';
import { denseMatrix } from '../oracle/arbitraries/denseMatrix.js';
import { forAssumptions } from '../oracle/arbitraries/forAssumptions.js';

/** What a diagnosis found, in a word: the kind of relation the oracle verified (or `none`). */
export type DiagnosisKind = 'transposed' | 'scaled' | 'terms' | 'assumption' | 'place' | 'shape' | 'none';

/** An identity in mcv's syntax, verified by the oracle: `lhs` is the claim, `rhs` an expression of the derived answer. */
export interface Relation {
  lhs: string;
  rhs: string;
  /** The assumptions under which it holds (and under which the oracle checked it), as with `--assume`. */
  assume?: Record<string, string[]>;
}

/** How a refuted claim relates to the derived answer. */
export interface Diagnosis {
  /** One or two sentences for people. */
  summary: string;
  /** The identity behind the summary; absent when nothing was found (or only the shape is wrong). */
  relation?: Relation;
  kind: DiagnosisKind;
}

/**
 * Random cases of each identity check of a candidate relation: fewer than a check's 100, since a
 * refuted `mcv gradient` must still answer in about a second; an identity has no finite
 * difference, so 20 cases of random points and sizes cost a few milliseconds and a wrong relation
 * (an equality of random matrices) fails on its first case.
 */
export const DIAGNOSIS_CASES = 20;
/** At most this many candidates (each already through the numeric screen) are checked by the oracle. */
export const MAX_CANDIDATE_CHECKS = 6;
/** Terms of an expanded answer beyond which the term relations are not tried (the fit would be ill-posed). */
const MAX_TERMS = 10;
/** Scalar factors (subexpressions of f, the claim and the answer, dimension letters) tried at most. */
const MAX_FACTORS = 16;
/** Points of the numeric screen: two at each of two sets of sizes. */
const SCREEN_POINTS = 2;
/**
 * Relative residual under which the screen passes a candidate on to the oracle: far above the
 * rounding of these small evaluations (≈1e-14) and far below any real difference of random values.
 */
const SCREEN = 1e-7;

/** The assumptions tried on each variable, weakest first (symmetric before spd, which implies it). */
const SQUARE_ASSUMPTIONS: readonly Assumption[] = ['symmetric', 'orthogonal', 'spd', 'diagonal'];

const NAMES: Record<string, [string, string]> = { gradient: ['G', 'the derived gradient'], hessian: ['H', 'the derived Hessian'], differential: ['dF', 'the derived differential'] };

/** A sample point: sizes and the values of every variable (and direction dW). */
interface Point {
  dims: Record<string, number>;
  scope: Record<string, Mat>;
}

/** A candidate relation, before the oracle has seen it. */
interface Candidate {
  rhs: Node;
  assume?: Record<string, Assumption[]>;
  summary: string;
  kind: DiagnosisKind;
}

/** The shapes, assumptions and parse options shared by every expression of the problem. */
interface Setting {
  shapes: Record<string, Shape>;
  shapeText: Record<string, string>;
  assume: Record<string, Assumption[]>;
  letters: string[];
  known: Set<string>;
  /** The directions dW of a differential or a Hessian map: dense, whatever W assumes. */
  directions: Set<string>;
}

function settingOf(input: ClaimInput): Setting {
  const shapes: Record<string, Shape> = {};
  const shapeText: Record<string, string> = { ...input.shapes };
  const directions = new Set<string>();
  for (const [k, v] of Object.entries(input.shapes)) shapes[k] = parseShape(v, k);
  // The directions dW of a differential or a Hessian map are variables of the identity, of W's shape.
  for (const w of input.wrt ?? []) {
    if (input.kind === 'differential' || input.kind === 'hessian') {
      shapes[`d${w}`] = shapes[w]!;
      shapeText[`d${w}`] = input.shapes[w]!;
      directions.add(`d${w}`);
    }
  }
  const assume: Record<string, Assumption[]> = {};
  for (const [k, v] of Object.entries(input.assume ?? {})) assume[k] = (typeof v === 'string' ? v.split(',') : [...v]).map((a) => parseAssumption(a.trim(), k));
  const letters = [...new Set(Object.values(shapes).flatMap(shapeLetters))].sort();
  return { shapes, shapeText, assume, letters, known: new Set([...Object.keys(shapes), ...letters]), directions };
}

/** Sample points under the assumptions `assume`, at two sets of distinct sizes (2, 3, … and 3, 4, …), all from `seed`. */
function samplePoints(s: Setting, assume: Record<string, Assumption[]>, seed: number): Point[] {
  const out: Point[] = [];
  for (const offset of [2, 3]) {
    const dims = Object.fromEntries(s.letters.map((l, i) => [l, offset + i]));
    const arbs = Object.fromEntries(
      Object.entries(s.shapes).map(([name, sh]) => {
        const [r, c] = resolveShape(sh, dims);
        return [name, s.directions.has(name) ? denseMatrix(r, c) : forAssumptions(assume[name] ?? [], r, c)];
      }),
    );
    for (const values of fc.sample(fc.record(arbs) as fc.Arbitrary<Record<string, Mat>>, { seed: seed + offset, numRuns: SCREEN_POINTS })) {
      const scope: Record<string, Mat> = { ...values };
      for (const [k, v] of Object.entries(dims)) scope[k] = M.scalar(v);
      out.push({ dims, scope });
    }
  }
  return out;
}

function compileIn(s: Setting, text: string): Expr | null {
  try {
    return compile(text, { field: 'claim', known: s.known, dims: new Set(s.letters) });
  } catch {
    return null;
  }
}

/** The values of an expression at the points, or null where it fails anywhere (shape, domain). */
function valuesAt(e: Expr | null, points: readonly Point[]): Mat[] | null {
  if (!e) return null;
  const out: Mat[] = [];
  for (const p of points) {
    try {
      const v = e.evaluate(p.scope);
      if (!M.allFinite(v)) return null;
      out.push(v);
    } catch {
      return null;
    }
  }
  return out;
}

const evalNode = (s: Setting, n: Node, points: readonly Point[]) => valuesAt(compileIn(s, print(n)), points);

/** p/q with q ≤ 12 when x is one (within the screen), else null. */
function nice(x: number): { p: number; q: number } | null {
  for (let q = 1; q <= 12; q++) {
    const p = Math.round(x * q);
    if (Math.abs(p) <= 1000 && Math.abs(p / q - x) <= SCREEN * Math.max(1, Math.abs(x))) return { p, q };
  }
  return null;
}

const value = (k: { p: number; q: number }) => k.p / k.q;

/** k·n as a node: n, -n, 2*n, 1/2*n. */
function scaled(k: { p: number; q: number }, n: Node): Node {
  const a = Math.abs(k.p);
  const mag: Node | null = a === k.q ? null : k.q === 1 ? num(a) : div(num(a), num(k.q));
  const body = mag ? mul(mag, n) : n;
  return k.p < 0 ? neg(body) : body;
}

/** How people say "k times". */
function times(k: { p: number; q: number }): string {
  const x = value(k);
  if (x === 2) return 'twice';
  if (x === 0.5) return 'half';
  if (x === -1) return 'the negative of';
  if (x === -2) return 'minus twice';
  return `${k.q === 1 ? k.p : `${k.p}/${k.q}`} times`;
}

/** The terms of n as a sum: shallow (its own sums and differences) or deep (products, quotients and transposes of sums distributed). */
function terms(n: Node, deep: boolean): { c: number; n: Node }[] {
  const one = num(1);
  const isOne = (x: Node) => x.k === 'num' && x.v === 1;
  const go = (x: Node): { c: number; n: Node }[] => {
    if (x.k === 'num') return [{ c: x.v, n: one }];
    if (x.k !== 'call') return [{ c: 1, n: x }];
    const [a, b] = x.args;
    switch (x.name) {
      case 'add':
        return [...go(a!), ...go(b!)];
      case 'subtract':
        return [...go(a!), ...go(b!).map((t) => ({ c: -t.c, n: t.n }))];
      case 'unaryMinus':
        return go(a!).map((t) => ({ c: -t.c, n: t.n }));
      case 'multiply':
      case 'dotMultiply':
        if (!deep && a!.k !== 'num') return [{ c: 1, n: x }];
        return go(a!).flatMap((s) => go(b!).map((t) => ({ c: s.c * t.c, n: isOne(s.n) ? t.n : isOne(t.n) ? s.n : call(x.name, s.n, t.n) })));
      case 'divide':
        if (!deep && b!.k !== 'num') return [{ c: 1, n: x }];
        if (b!.k === 'num') return go(a!).map((t) => ({ c: t.c / b!.v, n: t.n }));
        return go(a!).map((t) => ({ c: t.c, n: div(t.n, b!) }));
      case 'transpose':
        if (!deep) return [{ c: 1, n: x }];
        return go(a!).map((t) => ({ c: t.c, n: isOne(t.n) ? t.n : tr(t.n) }));
      default:
        return [{ c: 1, n: x }];
    }
  };
  // Equal terms are merged, so that the fit is well posed.
  const merged = new Map<string, { c: number; n: Node }>();
  for (const t of go(n)) {
    const key = print(t.n);
    const m = merged.get(key);
    if (m) m.c += t.c;
    else merged.set(key, { ...t });
  }
  return [...merged.values()].filter((t) => t.c !== 0);
}

/** A derived term with its coefficient, as it reads in the answer. */
const termNode = (t: { c: number; n: Node }): Node => (t.n.k === 'num' && t.n.v === 1 ? num(t.c) : t.c === 1 ? t.n : t.c === -1 ? neg(t.n) : mul(num(t.c), t.n));

/** Least squares: the b minimizing ‖target − Σ b_j cols_j‖ over every entry of every point; null when the columns are dependent. */
function leastSquares(cols: Mat[][], target: Mat[]): { b: number[]; residual: number } | null {
  const k = cols.length;
  const flat = (ms: Mat[]) => ms.flatMap((m) => Array.from(m.data));
  const X = cols.map(flat);
  const y = flat(target);
  if (X.some((c) => c.length !== y.length)) return null;
  const dot = (u: number[], v: number[]) => u.reduce((s, ui, i) => s + ui * v[i]!, 0);
  const A = X.map((ci) => [...X.map((cj) => dot(ci, cj)), dot(ci, y)]);
  const scale = Math.max(...A.map((r, i) => Math.abs(r[i]!)));
  for (let i = 0; i < k; i++) {
    let piv = i;
    for (let r = i + 1; r < k; r++) if (Math.abs(A[r]![i]!) > Math.abs(A[piv]![i]!)) piv = r;
    [A[i], A[piv]] = [A[piv]!, A[i]!];
    if (!(Math.abs(A[i]![i]!) > 1e-9 * scale)) return null;
    for (let r = 0; r < k; r++) {
      if (r === i) continue;
      const f = A[r]![i]! / A[i]![i]!;
      for (let c = i; c <= k; c++) A[r]![c]! -= f * A[i]![c]!;
    }
  }
  const b = A.map((r, i) => r[k]! / r[i]!);
  const res = y.map((yi, i) => yi - X.reduce((s, c, j) => s + b[j]! * c[i]!, 0));
  const norm = Math.sqrt(dot(y, y));
  return { b, residual: norm === 0 ? 0 : Math.sqrt(dot(res, res)) / norm };
}

/** ‖a − b‖ / ‖a‖ at every point, the worst; Infinity when the shapes differ. */
function distance(a: Mat[], b: Mat[]): number {
  if (a.length !== b.length) return Infinity;
  let worst = 0;
  a.forEach((x, i) => {
    const y = b[i]!;
    if (x.rows !== y.rows || x.cols !== y.cols) worst = Infinity;
    else worst = Math.max(worst, M.frobenius(M.zip(x, y, (p, q) => p - q)) / Math.max(M.frobenius(x), Number.MIN_VALUE));
  });
  return worst;
}

/** The subexpressions of the sources, each once (by its printed form), smallest first. */
function subexpressions(s: Setting, sources: readonly string[]): Node[] {
  const seen = new Map<string, Node>();
  const visit = (n: Node) => {
    if (n.k === 'sym' && !s.letters.includes(n.name) && s.known.has(n.name)) seen.set(n.name, n);
    if (n.k === 'call') {
      seen.set(print(n), n);
      n.args.forEach(visit);
    }
  };
  for (const text of sources) {
    const e = compileIn(s, text);
    if (!e) continue;
    try {
      visit(fromMath(e.node, text, ''));
    } catch {
      // Something the engine's tree cannot hold: its factors are not tried.
    }
  }
  return [...seen.values()].sort((a, b) => print(a).length - print(b).length);
}

/**
 * The matrix subexpressions of the claim's shape at every point that vary, have no zero entry and
 * hold no direction dW (a differential is linear in it): candidate entrywise weights.
 */
function entrywiseFactors(s: Setting, sources: readonly string[], points: readonly Point[], C: Mat[], directions: ReadonlySet<string>): { n: Node; v: Mat[] }[] {
  const out: { n: Node; v: Mat[] }[] = [];
  for (const n of subexpressions(s, sources)) {
    if ([...directions].some((d) => uses(n, d))) continue;
    const vs = evalNode(s, n, points);
    if (!vs || vs.some((m, i) => m.rows !== C[i]!.rows || m.cols !== C[i]!.cols || M.isScalar(m) || m.data.some((x) => x === 0))) continue;
    if (vs.every((m) => m.data.every((x) => x === m.data[0]))) continue;
    out.push({ n, v: vs });
    if (out.length >= MAX_FACTORS) break;
  }
  return out;
}

/** The scalar subexpressions of the problem that depend on a variable or a size, each once, smallest first. */
function scalarFactors(s: Setting, sources: readonly string[], points: readonly Point[]): { n: Node; v: number[] }[] {
  const out: { n: Node; v: number[] }[] = [];
  for (const l of s.letters) out.push({ n: sym(l), v: points.map((p) => p.dims[l]!) });
  for (const n of subexpressions(s, sources)) {
    const vs = evalNode(s, n, points);
    if (!vs?.every(M.isScalar)) continue;
    const v = vs.map((m) => m.data[0]!);
    // Constants are covered by the constant factor; a factor that vanishes cannot divide.
    if (v.every((x) => x === v[0]) || v.some((x) => x === 0)) continue;
    out.push({ n, v });
    if (out.length >= MAX_FACTORS) break;
  }
  return out;
}

/**
 * Explains a refuted claim by the derived answer: see the module comment. `claim` is the refuted
 * question, `derived` the answer `mcv derive` found and verified (in the claim's form: G, dF, the
 * Hessian map or matrix), `seed` the refuted check's seed. Never throws: a diagnosis is an aid, and
 * no diagnosis is better than a wrong one.
 */
export function diagnose(claim: ClaimInput, derived: string, seed: number, opts: { timeLimitMs?: number } = {}): Diagnosis {
  const [G, theDerived] = NAMES[claim.kind] ?? ['the claim', 'the derived answer'];
  const nothing: Diagnosis = {
    summary: `no simple relation to ${theDerived} was found (mcv tried: transposed, scaled, a term missing or extra, equal under an assumption, different in one or two places); compare the two yourself`,
    kind: 'none',
  };
  try {
    const s = settingOf(claim);
    const points = samplePoints(s, s.assume, seed);
    const cExpr = compileIn(s, claim.claim);
    const C = valuesAt(cExpr, points);
    const dExpr = compileIn(s, derived);
    const D = valuesAt(dExpr, points);
    if (!C || !D || !dExpr) return nothing;
    const dNode = fromMath(dExpr.node, derived, '');
    const Dt = D.map(M.transpose);
    const candidates: Candidate[] = [];
    const shapeOk = (x: Mat[]) => x.every((m, i) => m.rows === C[i]!.rows && m.cols === C[i]!.cols);
    const bases: { node: Node; v: Mat[]; transposed: boolean }[] = [];
    if (shapeOk(D)) bases.push({ node: dNode, v: D, transposed: false });
    // The transpose is a candidate wherever its shape fits; where D itself does not, the shape is the first thing to say.
    if (shapeOk(Dt) && !D.every((m) => m.rows === m.cols && m.rows === 1)) bases.push({ node: tr(dNode), v: Dt, transposed: true });
    const wrongShape = !shapeOk(D);
    const shapeNote = wrongShape ? `${G} is ${M.shapeText(C[0]!)} where ${theDerived} is ${M.shapeText(D[0]!)} (at ${describe(points[0]!.dims)}): ` : '';

    // 1. Scaled by a constant (1: transposed), on each base.
    for (const b of bases) {
      const k = constantRatio(C, b.v);
      if (!k || (value(k) === 1 && !b.transposed)) continue;
      const what = b.transposed ? `the transpose of ${theDerived}` : theDerived;
      const summary =
        value(k) === 1
          ? `${G} is ${what}: transpose it${b.transposed && claim.kind === 'gradient' ? ` (a gradient has the shape of ${claim.wrt?.[0]})` : ''}`
          : value(k) === -1
            ? `${G} is ${what} with the wrong sign`
            : `${G} is ${times(k)} ${what}: ${factorWords(k)}`;
      candidates.push({ rhs: scaled(k, b.node), summary: shapeNote + summary, kind: b.transposed && value(k) === 1 ? 'transposed' : 'scaled' });
    }

    // 2. Terms of the derived answer missing, doubled, of the other sign: one change first.
    const termFits: { cand: Candidate; changes: number }[] = [];
    for (const b of bases) {
      for (const deep of [false, true]) {
        const ts = terms(b.node, deep);
        if (ts.length < 2 || ts.length > MAX_TERMS) continue;
        const cols = ts.map((t) => evalNode(s, t.n, points));
        // A term that is not of the claim's shape (a scalar added to a matrix) is not fitted.
        if (cols.some((c) => !c || !shapeOk(c))) continue;
        const fit = leastSquares(cols as Mat[][], C);
        if (!fit || fit.residual > SCREEN) continue;
        const mult = fit.b.map((bj, j) => nice(bj / ts[j]!.c));
        if (mult.some((m) => m === null)) continue;
        const ks = mult as { p: number; q: number }[];
        const changed = ks.map((k, j) => ({ k, t: ts[j]! })).filter((x) => value(x.k) !== 1);
        // All scaled alike is a scale (1. above); none changed is the answer itself.
        if (changed.length === 0 || ks.every((k) => value(k) === value(ks[0]!))) continue;
        let rhs = b.node;
        const parts: string[] = [];
        for (const { k, t } of changed) {
          // The change is (k − 1) times the term, coefficient included: D + e·n.
          const T = termNode(t);
          const e = (value(k) - 1) * t.c;
          const isOne = t.n.k === 'num' && t.n.v === 1;
          const mag = nice(Math.abs(e));
          const body = isOne ? num(Math.abs(e)) : !mag || value(mag) === 1 ? t.n : mul(mag.q === 1 ? num(mag.p) : div(num(mag.p), num(mag.q)), t.n);
          if (!mag && !isOne) continue;
          rhs = e < 0 ? sub(rhs, body) : add(rhs, body);
          const name = show(T);
          parts.push(
            value(k) === 0
              ? `lacks the term ${name}`
              : value(k) === 2
                ? `counts the term ${name} twice`
                : value(k) === -1
                  ? `has the term ${name} with the wrong sign`
                  : value(k) === 0.5
                    ? `has the term ${name} halved`
                    : `has the term ${name} multiplied by ${fmtK(k)}`,
          );
        }
        const what = b.transposed ? `the transpose of ${theDerived}` : theDerived;
        termFits.push({ cand: { rhs, summary: `${shapeNote}${G} ${b.transposed ? `is ${what} but ` : `differs from ${what}: it `}${joinAnd(parts)}`, kind: 'terms' }, changes: changed.length });
        break;
      }
    }
    termFits.sort((a, b) => a.changes - b.changes);
    candidates.push(...termFits.filter((t) => t.changes === 1).map((t) => t.cand));

    // 3. A transpose missing or misplaced on one variable: the answer with V and Vᵀ swapped.
    if (!wrongShape)
      for (const v of Object.keys(claim.shapes)) {
        const sh = s.shapes[v]!;
        if (sh.rows !== sh.cols || sh.rows === 1 || !uses(dNode, v)) continue;
        const swapped = swapTranspose(dNode, v);
        if (distance(C, evalNode(s, swapped, points) ?? []) <= SCREEN)
          candidates.push({ rhs: swapped, summary: `${G} is ${theDerived} with ${v} and ${v}ᵀ swapped: a transpose on ${v} is missing or misplaced`, kind: 'transposed' });
      }

    // 4. Equal only under an assumption, on one variable (then on two: both symmetric).
    if (!wrongShape) candidates.push(...assumptionCandidates(s, claim, dNode, derived, seed, G, theDerived));

    // 5. Scaled by a scalar of the problem (det X, ‖x − a‖, f itself, a size).
    for (const b of bases) {
      const r = pointRatios(C, b.v);
      if (!r) continue;
      const factors = scalarFactors(s, [claim.expr, claim.claim, derived], points);
      let found = false;
      for (const f of factors) {
        for (const e of [1, -1]) {
          const ks = r.map((ri, i) => ri / f.v[i]! ** e).filter((x) => !Number.isNaN(x));
          const k = nice(ks[0]!);
          if (!k || value(k) === 0 || !ks.every((x) => Math.abs(x - ks[0]!) <= SCREEN * Math.max(1, Math.abs(ks[0]!)))) continue;
          const base = e === 1 ? mul(f.n, b.node) : div(b.node, f.n);
          const what = b.transposed ? `the transpose of ${theDerived}` : theDerived;
          const by = `${e === 1 ? 'multiplied' : 'divided'} by ${print(f.n)}`;
          candidates.push({ rhs: scaled(k, base), summary: `${shapeNote}${G} is ${value(k) === 1 ? '' : `${times(k)} `}${what} ${by}`, kind: 'scaled' });
          found = true;
          break;
        }
        if (found) break;
      }
    }
    // 5b. Scaled entrywise by a matrix of the problem (the weight Y of a Hadamard product, exp(X) of a differential).
    if (!wrongShape)
      for (const f of entrywiseFactors(s, [claim.expr, claim.claim, derived], points, C, s.directions)) {
        let found = false;
        for (const e of [1, -1]) {
          const weighted = D.map((m, i) => M.zip(m, f.v[i]!, (x, y) => (e === 1 ? x * y : x / y)));
          if (!weighted.every(M.allFinite)) continue;
          const k = constantRatio(C, weighted);
          if (!k) continue;
          const by = `${e === 1 ? 'multiplied' : 'divided'} entrywise by ${print(f.n)}`;
          candidates.push({
            rhs: scaled(k, call(e === 1 ? 'dotMultiply' : 'dotDivide', dNode, f.n)),
            summary: `${G} is ${value(k) === 1 ? '' : `${times(k)} `}${theDerived} ${by}`,
            kind: 'scaled',
          });
          found = true;
          break;
        }
        if (found) break;
      }
    candidates.push(...termFits.filter((t) => t.changes > 1).map((t) => t.cand));

    // 6. An extra term: the claim is the derived answer plus one of its own terms (times a constant).
    if (!wrongShape) candidates.push(...extraTermCandidates(s, claim.claim, dNode, C, D, points, G, theDerived));

    // 7. Written as the derived answer except in one or two places (sigmoid(-X*w) for sigmoid(X*w),
    // tanh(z) for tanh(z).^2): read side by side, the rest the same term for term.
    const places = cExpr && !wrongShape ? placesOfDifference(fromMath(cExpr.node, claim.claim, ''), dNode) : null;
    if (places) {
      const swapped = new Map(places.map((p) => [p.derived, p.claim] as const));
      const said = places.map((p) => `${show(p.claim)} where ${theDerived} has ${show(p.derived)}`);
      candidates.push({
        rhs: replaceNodes(dNode, swapped),
        summary: `${G} is written as ${theDerived} except in ${places.length === 1 ? 'one place' : 'two places'}: it has ${said.join(', and ')}`,
        kind: 'place',
      });
    }

    // The oracle decides: the first candidate it verifies as an identity is the diagnosis.
    const deadline = Date.now() + (opts.timeLimitMs ?? 4000);
    const tried = new Set<string>();
    let checks = 0;
    for (const c of candidates) {
      const rhs = show(c.rhs);
      const key = `${rhs}|${JSON.stringify(c.assume ?? {})}`;
      if (tried.has(key)) continue;
      tried.add(key);
      if (checks++ >= MAX_CANDIDATE_CHECKS || Date.now() > deadline) break;
      const assume = { ...s.assume, ...(c.assume ?? {}) };
      const shapes = s.shapeText;
      try {
        const ev = checkClaim({ kind: 'identity', expr: claim.claim, claim: rhs, shapes, assume }, { seed, cases: DIAGNOSIS_CASES, timeLimitMs: Math.max(500, deadline - Date.now()) });
        if (ev.verdict !== 'verified') continue;
      } catch {
        continue;
      }
      // An identity that needs an assumption is stated with every assumption it was checked under (the
      // problem's own too, e.g. C=spd beside the A=symmetric it needs), so that it holds as written.
      const relation: Relation = { lhs: claim.claim, rhs, ...(c.assume ? { assume: Object.fromEntries(Object.entries(assume).map(([k, v]) => [k, [...v]])) } : {}) };
      const assumed = c.assume
        ? `, --assume ${Object.entries(assume)
            .map(([k, v]) => `${k}=${v.join(',')}`)
            .join(' --assume ')}`
        : '';
      // A place: the relation is the answer with the claim's place in it, which prints as the claim;
      // what it says is that everything else is the answer's, so that is what the summary says.
      const checked =
        c.kind === 'place'
          ? `everything else is ${theDerived} term for term; checked by the oracle as an identity, ${DIAGNOSIS_CASES} random cases`
          : `checked by the oracle as the identity ${relation.lhs} = ${relation.rhs}${assumed}, ${DIAGNOSIS_CASES} random cases`;
      return { summary: `${c.summary} (${checked})`, relation, kind: c.kind };
    }
    if (wrongShape) {
      const w = claim.wrt?.[0];
      const want = claim.kind === 'gradient' && w ? `${w}, and so its gradient, is ${M.shapeText(D[0]!)}` : `${theDerived} is ${M.shapeText(D[0]!)}`;
      return {
        summary: `${G} has the wrong shape: it is ${M.shapeText(C[0]!)} where ${want} (at ${describe(points[0]!.dims)}); no simpler relation to ${theDerived} was found`,
        kind: 'shape',
      };
    }
    return nothing;
  } catch {
    return nothing;
  }
}

/** What a constant factor k says about the claim: a factor missing, one too many, and the sign. */
function factorWords(k: { p: number; q: number }): string {
  const sign = k.p < 0 ? 'the sign is wrong and ' : '';
  const a = Math.abs(k.p);
  if (a === 1) return `${sign}a factor ${k.q} is missing`;
  if (k.q === 1) return `${sign}a factor ${a} too many`;
  return `${sign}the factor is off by ${a}/${k.q}`;
}

const fmtK = (k: { p: number; q: number }) => (k.q === 1 ? String(k.p) : `${k.p}/${k.q}`);
const joinAnd = (xs: string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const describe = (d: Record<string, number>) =>
  Object.entries(d)
    .map(([k, v]) => `${k}=${v}`)
    .join(', ') || 'the declared sizes';

const ADDITIVE = new Set(['add', 'subtract']);
const HADAMARD = new Set(['dotMultiply', 'dotDivide']);

/**
 * A relation's expression in mcv's syntax. The engine's printer leaves `-` and `+` of a negated
 * operand side by side (`--X`, `A + -B`), which mathjs reads but people stumble on; here an operand
 * that prints with a leading minus, or a sum inside a product, gets its parentheses.
 */
function show(n: Node): string {
  if (n.k !== 'call') return print(n);
  const [a, b] = n.args;
  const negative = (x: Node) => show(x).startsWith('-');
  const paren = (x: Node, sums = true) => (negative(x) || (sums && x.k === 'call' && ADDITIVE.has(x.name)) ? `(${show(x)})` : show(x));
  switch (n.name) {
    case 'unaryMinus':
      return `-${paren(a!)}`;
    case 'add':
      return `${show(a!)} + ${paren(b!, false)}`;
    case 'subtract':
      return `${show(a!)} - ${paren(b!)}`;
    case 'multiply': {
      // A leading minus on the left reads as the sign of the product; a number times a product keeps the product whole (1/2*(2*x)).
      const left = a!.k === 'call' && (ADDITIVE.has(a!.name) || HADAMARD.has(a!.name)) ? `(${show(a!)})` : show(a!);
      const numeric = a!.k === 'num' || (a!.k === 'call' && a!.name === 'divide' && a!.args[0]!.k === 'num');
      const right = (numeric && b!.k === 'call' && isOperator(b!.name) && b!.name !== 'transpose') || (b!.k === 'call' && HADAMARD.has(b!.name)) ? `(${show(b!)})` : paren(b!);
      return `${left}*${right}`;
    }
    case 'divide':
      return `${a!.k === 'call' && HADAMARD.has(a!.name) ? `(${show(a!)})` : paren(a!)}/${b!.k === 'call' && isOperator(b!.name) ? `(${show(b!)})` : show(b!)}`;
    case 'transpose':
      return a!.k === 'sym' || (a!.k === 'call' && !isOperator(a!.name)) ? `${show(a!)}'` : `(${show(a!)})'`;
    default:
      return print(n);
  }
}

/**
 * Where the claim's tree and the derived answer's differ, read side by side from the top: the
 * smallest subtrees that differ (a call of a function whole, sigmoid(-X*w), not its argument),
 * at most two of them, together no more than half the claim. Null when the trees differ at the
 * top, in more places, or not at all: then the claim is not "the answer but for one thing".
 */
function placesOfDifference(claim: Node, derived: Node): { claim: Node; derived: Node }[] | null {
  const out: { claim: Node; derived: Node }[] = [];
  const walk = (a: Node, b: Node): void => {
    if (sameTerm(a, b)) return;
    if (a.k === 'call' && b.k === 'call' && a.name === b.name && a.args.length === b.args.length && (isOperator(a.name) || a.args.length > 1)) {
      a.args.forEach((x, i) => walk(x, b.args[i]!));
      return;
    }
    out.push({ claim: a, derived: b });
  };
  walk(claim, derived);
  if (out.length === 0 || out.length > 2 || out.some((p) => p.claim === claim)) return null;
  return out.reduce((k, p) => k + size(p.claim), 0) * 2 <= size(claim) ? out : null;
}

/** n with each of the given subtrees (the very nodes) replaced. */
function replaceNodes(n: Node, by: ReadonlyMap<Node, Node>): Node {
  const hit = by.get(n);
  if (hit) return hit;
  return n.k === 'call' ? call(n.name, ...n.args.map((a) => replaceNodes(a, by))) : n;
}

/** n with every V replaced by Vᵀ (and so every Vᵀ by V). */
function swapTranspose(n: Node, v: string): Node {
  if (n.k === 'sym') return n.name === v ? tr(n) : n;
  if (n.k !== 'call') return n;
  if (n.name === 'transpose' && n.args[0]!.k === 'sym' && n.args[0]!.name === v) return n.args[0]!;
  return call(n.name, ...n.args.map((a) => swapTranspose(a, v)));
}

/**
 * The ratio ⟨C,B⟩/⟨B,B⟩ at each point, when C is that multiple of B at every point (within the
 * screen). A point where both are zero (a zero vector drawn) says nothing and reads NaN; null when
 * no point says anything.
 */
function pointRatios(C: Mat[], B: Mat[]): number[] | null {
  const r: number[] = [];
  for (let i = 0; i < C.length; i++) {
    const bb = M.inner(B[i]!, B[i]!);
    if (!(bb > 0)) {
      if (M.frobenius(C[i]!) > 0) return null;
      r.push(Number.NaN);
      continue;
    }
    const ri = M.inner(C[i]!, B[i]!) / bb;
    if (M.frobenius(M.axpy(C[i]!, -ri, B[i]!)) > SCREEN * Math.max(M.frobenius(C[i]!), Number.MIN_VALUE)) return null;
    r.push(ri);
  }
  return r.some((x) => !Number.isNaN(x)) ? r : null;
}

/** A constant k with C = k·B at every point, when it is a simple fraction. */
function constantRatio(C: Mat[], B: Mat[]): { p: number; q: number } | null {
  const r = pointRatios(C, B)?.filter((x) => !Number.isNaN(x));
  if (!r?.length) return null;
  const k = nice(r[0]!);
  return k && r.every((x) => Math.abs(x - value(k)) <= SCREEN * Math.max(1, Math.abs(x))) && value(k) !== 0 ? k : null;
}

/** Candidates "equal to the derived answer if V is …", screened on points drawn under each assumption. */
function assumptionCandidates(s: Setting, claim: ClaimInput, dNode: Node, derived: string, seed: number, G: string, theDerived: string): Candidate[] {
  const out: Candidate[] = [];
  const cExpr = compileIn(s, claim.claim);
  const dExpr = compileIn(s, derived);
  const holdsUnder = (extra: Record<string, Assumption[]>): boolean => {
    const assume = { ...s.assume };
    for (const [k, v] of Object.entries(extra)) assume[k] = [...new Set([...(assume[k] ?? []), ...v])];
    try {
      for (const k of Object.keys(extra)) checkAssumptions(k, s.shapes[k]!, assume[k]!);
      const pts = samplePoints(s, assume, seed);
      const c = valuesAt(cExpr, pts),
        d = valuesAt(dExpr, pts);
      return !!c && !!d && distance(d, c) <= SCREEN;
    } catch {
      return false;
    }
  };
  const vars = Object.keys(claim.shapes);
  const square = vars.filter((v) => s.shapes[v]!.rows === s.shapes[v]!.cols && s.shapes[v]!.rows !== 1);
  const says = (v: string, a: Assumption) => (a === 'onehot' ? `every column of ${v} is one-hot` : a === 'spd' ? `${v} is symmetric positive definite` : `${v} is ${a}`);
  const cand = (extra: Record<string, Assumption[]>, text: string): Candidate => {
    const assume: Record<string, Assumption[]> = {};
    for (const [k, v] of Object.entries(extra)) assume[k] = [...new Set([...(s.assume[k] ?? []), ...v])];
    return { rhs: dNode, assume, summary: `${G} is equal to ${theDerived} only if ${text}: it holds under that assumption, not in general`, kind: 'assumption' };
  };
  for (const v of square) {
    for (const a of SQUARE_ASSUMPTIONS) {
      if (s.assume[v]?.includes(a)) continue;
      if (holdsUnder({ [v]: [a] })) {
        out.push(cand({ [v]: [a] }, says(v, a)));
        break;
      }
    }
  }
  const columns = vars.filter((v) => s.shapes[v]!.cols === 1 && s.shapes[v]!.rows !== 1 && !s.assume[v]?.length);
  for (const v of columns) if (holdsUnder({ [v]: ['onehot'] })) out.push(cand({ [v]: ['onehot'] }, says(v, 'onehot')));
  // Two variables at once: both symmetric (square ones), both one-hot (columns without assumptions).
  const paired: [string, Assumption][] = [
    ...square.filter((v) => !s.assume[v]?.includes('symmetric')).map((v): [string, Assumption] => [v, 'symmetric']),
    ...columns.map((v): [string, Assumption] => [v, 'onehot']),
  ];
  if (out.length === 0)
    for (let i = 0; i < paired.length && out.length === 0; i++)
      for (let j = i + 1; j < paired.length; j++) {
        const [[a, ka], [b, kb]] = [paired[i]!, paired[j]!];
        if (ka !== kb) continue;
        if (holdsUnder({ [a]: [ka], [b]: [kb] })) {
          out.push(cand({ [a]: [ka], [b]: [kb] }, ka === 'onehot' ? `every column of ${a} and of ${b} is one-hot` : `${a} and ${b} are both symmetric`));
          break;
        }
      }
  return out;
}

/** Candidates "the derived answer plus one term of the claim's own" (a term the answer does not have). */
function extraTermCandidates(s: Setting, claimText: string, dNode: Node, C: Mat[], D: Mat[], points: readonly Point[], G: string, theDerived: string): Candidate[] {
  const cExpr = compileIn(s, claimText);
  if (!cExpr) return [];
  let ts: { c: number; n: Node }[];
  try {
    ts = terms(fromMath(cExpr.node, claimText, ''), true);
  } catch {
    return [];
  }
  if (ts.length < 2 || ts.length > MAX_TERMS) return [];
  const diff = C.map((c, i) => M.zip(c, D[i]!, (x, y) => x - y));
  const out: Candidate[] = [];
  for (const t of ts) {
    const T = termNode(t);
    const v = evalNode(s, T, points);
    if (!v || v.some((m, i) => m.rows !== C[i]!.rows || m.cols !== C[i]!.cols)) continue;
    const k = constantRatio(diff, v);
    if (!k) continue;
    const rhs = value(k) === 1 ? add(dNode, T) : value(k) === -1 ? sub(dNode, T) : add(dNode, scaled(k, T));
    out.push({ rhs, summary: `${G} is ${theDerived} plus an extra term, ${show(scaled(k, T))}`, kind: 'terms' });
  }
  return out;
}
