/**
 * `mcv derive --hessian`: the Hessian derived by the same method, one order up. Derive the gradient
 * G (every line checked, G written so that it holds off the assumptions on W too), take the
 * differential of G with the same differential rules, simplify it: that is H[dW], with d(∇f) =
 * H[dW]. For a scalar or column w, read the n×n matrix off H[dw] = M dw (READ_OFF in readOff.ts).
 * The first line is checked as a Hessian claim of f (two independent directions)
 * with G given, i.e. also as the differential of G; later lines as identities in dW; the matrix as
 * a Hessian claim in matrix form. An answer that fails is never returned as derived.
 */
import { checkClaim as runCheck, freshSeed, prepare, type CheckOptions, type ClaimInput } from '../oracle/check.js';
import { deriveSeed } from './checkRule.js';
import { InputError } from '../engine/errors.js';
import { add, call, dimNode, fromMath, mul, num, print, sym, Unsupported, uses, type Node } from '../engine/ast.js';
import { Context, ShapeMismatch } from './context.js';
import { Adjoint, deriveGradientWith, Differentiator, locate, type DeriveInput, type DeriveResult, type DeriveStep, type GradientWork, type RefutedLine, withCited } from './derive.js';
import type { Derivation } from '../../rules/derivations/schema.js';
import { READ_OFF } from './readOff.js';
import { withInferredShapes } from './shapes.js';
import { simplify } from './simplify.js';
import { freshName, sameTerm, termId } from './terms.js';

/** One line of d(∇f) = H[dW]. */
export interface HessianStep {
  /** The line, written with dW. */
  dG: string;
  latex: string;
  /** Ids of the catalogue rules the line applies. */
  by: string[];
  /** What no rule says (an assumption used, the matrix read off). */
  because?: string;
}

/** The answer of {@link deriveHessian}: the fields of `mcv derive --hessian --json`. */
export interface HessianResult {
  /** `derived`: every line, G and H verified. `refuted`: a line refuted (an engine bug). `unsupported`: f or G uses something the engine cannot differentiate. */
  verdict: 'derived' | 'refuted' | 'unsupported';
  kind: 'hessian';
  /** The gradient G that is differentiated, and its LaTeX. */
  gradient?: string;
  gradientLatex?: string;
  /** The gradient's derivation: its lines (as {@link deriveGradient} gives them). */
  steps: DeriveStep[];
  /** The same as a rules/derivations object. @internal (its type is the catalogue's zod schema, which the package does not ship) */
  derivation?: Derivation;
  /** H as the map H[dW], written with dW (pasteable into `mcv hessian --claim`), and its LaTeX. */
  hessian?: string;
  latex?: string;
  /** For a scalar or column W: the n×n matrix with H[dW] = H*dW, and its LaTeX. */
  hessianMatrix?: string;
  hessianMatrixLatex?: string;
  /** For a scalar or column W where no matrix is read off: why (the map form stands). */
  noMatrix?: string;
  /** The lines of d(∇f), in order; H is read off the last one. */
  hessianSteps: HessianStep[];
  cases: number;
  seed: number;
  /** With verdict `refuted`: the line that failed, in the gradient's part or the Hessian's. */
  refuted?: RefutedLine & { part: 'gradient' | 'hessian' };
  /** With verdict `unsupported`: the construct, its 0-based position in f (0 when it is only in G), and why. */
  unsupported?: { construct: string; position: number; message: string };
  /** Every variable's shape, present when some were inferred rather than given. */
  shapes?: Record<string, string>;
}

const ONE_SIDED = ['symmetric', 'spd', 'diagonal', 'orthogonal', 'onehot', 'onehot-rows'];

/**
 * Derives the Hessian of a scalar f with respect to wrt step by step: the gradient's derivation,
 * then the differential of G, every line citing its rules and checked by the oracle.
 *
 * Bad input throws the InputError `checkHessian` would throw (a matrix-valued f among them); a
 * construct the engine cannot differentiate (in f or in G) gives `unsupported`; a line the oracle
 * refutes gives `refuted` (a bug of the engine).
 */
export function deriveHessian(given: DeriveInput): HessianResult {
  // Shapes not given are inferred, for a scalar f (a Hessian needs one).
  const inferred = withInferredShapes(given, true);
  const r = deriveHessianWithShapes(inferred.input);
  return inferred.shapes ? { ...r, shapes: inferred.shapes } : r;
}

function deriveHessianWithShapes(input: DeriveInput & { shape: Record<string, string> }): HessianResult {
  const seed = input.seed ?? freshSeed();
  const cases = input.cases ?? 100;
  const deadline = Date.now() + (input.timeLimitMs ?? 10_000);
  const opts: CheckOptions = { seed, cases, shrink: true };
  const checkClaim = (c: ClaimInput, o: CheckOptions) => runCheck(c, { ...o, timeLimitMs: Math.max(1, deadline - Date.now()) });
  const dW = `d${input.wrt}`;
  if (dW in input.shape) throw new InputError(`"${dW}" is the differential of ${input.wrt} in the derivation, so no variable may have that name`, 'shape');
  // Validation as `mcv hessian` does it (the claim is a placeholder in map form).
  const p = prepare({ kind: 'hessian', expr: input.f, claim: dW, wrt: [input.wrt], shapes: input.shape, assume: input.assume ?? {} });

  let work: GradientWork | undefined;
  const g: DeriveResult = deriveGradientWith({ ...input, seed, cases }, { deadline, offConstraint: true, work: (w) => void (work = w) });
  const empty = { kind: 'hessian' as const, steps: g.steps, hessianSteps: [] as HessianStep[], cases, seed };
  if (g.kind === 'differential') {
    const s = new Context(p.shapes, p.assume, input.wrt, dW, new Set(p.letters)).shape(fromMath(p.expr.node, input.f, input.wrt));
    throw new InputError(`f is ${s.rows}x${s.cols}, not a scalar; a Hessian needs a scalar f (without --hessian, mcv derive gives the differential of a matrix-valued F)`, 'f');
  }
  if (g.verdict === 'unsupported') return { ...empty, verdict: 'unsupported', unsupported: g.unsupported };
  const withG = { ...empty, gradient: g.gradient, gradientLatex: g.latex, ...(g.derivation ? { derivation: g.derivation } : {}) };
  if (g.verdict === 'refuted') return { ...withG, verdict: 'refuted', refuted: { ...g.refuted!, part: 'gradient' } };
  const { G, base, texOf } = work!;
  const Gs = print(G);
  const wShape = p.shapes[input.wrt]!;
  // The point satisfies the assumptions: H[dW] may be simplified with them (dW is free).
  const ctx = new Context(p.shapes, p.assume, input.wrt, dW, new Set(p.letters));
  const unsupported = (u: Unsupported): HessianResult => {
    const position = new RegExp(`\\b${u.construct}\\s*\\(`).test(input.f) ? locate(input.f, u.construct) : 0;
    const message = u.construct === 'shape' ? `the differential of the gradient G = ${Gs}: ${u.why}` : `the gradient G = ${Gs} uses ${u.message.replace(/ at character \d+/, '')}`;
    return { ...withG, verdict: 'unsupported', unsupported: { construct: u.construct, position, message } };
  };

  // d(∇f): the differential of G, by the differential rules.
  const differ = new Differentiator(ctx, Gs);
  let dG: Node | null;
  try {
    dG = differ.d(G);
  } catch (e) {
    if (e instanceof Unsupported) return unsupported(e);
    if (e instanceof ShapeMismatch) return unsupported(new Unsupported('shape', 0, `cannot infer the shapes: ${e.message}`));
    throw e;
  }
  ctx.used.clear();
  ctx.cited.clear();
  // A constant gradient: H = 0 (written with dW, so that it reads as the map).
  const h1 = dG === null ? mul(num(0), sym(dW)) : simplify(dG, ctx);
  const own = (p.assume[input.wrt] ?? []).filter((a) => ONE_SIDED.includes(a));
  const offNote = own.length
    ? `G is not simplified with the assumptions on ${input.wrt} (${own.join(', ')}): it is differentiated again, along directions ${dW} that need not keep them, so it must hold off them too.`
    : '';
  const why1 = [offNote, ...differ.because, ...ctx.used].filter(Boolean).join(' ');
  const steps: HessianStep[] = [{ dG: print(h1), latex: texOf(print(h1)), by: withCited(differ.rules, ctx), ...(why1 ? { because: why1 } : {}) }];
  // 0 because G does not use the variable, or because its pieces are flat where they are differentiable (a step such as sign).
  if (dG === null) steps[0]!.because = why1 || `G does not depend on ${input.wrt}: its differential is 0.`;

  // The n×n matrix of a scalar or column w: H[dw] = M dw.
  let matrix: Node | null = null;
  let noMatrix: string | undefined;
  if (wShape.cols === 1 && dG === null) matrix = wShape.rows === 1 ? num(0) : call('zeros', dimNode(wShape.rows), dimNode(wShape.rows));
  else if (wShape.cols === 1) {
    const r = readOff(h1, ctx, Gs);
    if ('why' in r) noMatrix = r.why;
    else {
      matrix = r.M;
      const line = mul(matrix, sym(dW));
      const s = print(line);
      if (s !== steps[0]!.dG) steps.push({ dG: s, latex: texOf(s), by: r.rules, ...(r.because ? { because: r.because } : {}) });
    }
  } else {
    // A matrix W: a column dW c inside a sum of columns is factored out the same way, as the
    // Jacobian of the inner function: (σ ⊙ dW x − σσᵀdW x) → (diag(σ) − σσᵀ) dW x.
    const f = factorColumns(h1, ctx, Gs);
    if (f) steps.push({ dG: print(f.node), latex: texOf(print(f.node)), by: f.rules, because: f.because });
  }
  const Hs = steps.at(-1)!.dG;
  const Ms = matrix ? print(matrix) : undefined;
  const result: HessianResult = {
    ...withG,
    verdict: 'derived',
    hessian: Hs,
    latex: texOf(Hs),
    ...(Ms ? { hessianMatrix: Ms, hessianMatrixLatex: texOf(Ms) } : {}),
    ...(noMatrix ? { noMatrix } : {}),
    hessianSteps: steps,
  };

  // Check before speaking: line 1 as the Hessian of f (and the differential of G), later lines as
  // identities in dW, the matrix as the Hessian of f in matrix form.
  const withDirection = { shapes: { ...base.shapes, [dW]: base.shapes[input.wrt]! }, assume: base.assume };
  const checks: { line: number; name: string; claim: ClaimInput }[] = [
    { line: 1, name: 'line 1 of d(∇f) is the Hessian of f and the differential of G', claim: { kind: 'hessian', expr: input.f, claim: steps[0]!.dG, gradient: Gs, wrt: [input.wrt], ...base } },
  ];
  for (let i = 1; i < steps.length; i++)
    checks.push({ line: i + 1, name: `line ${i + 1} of d(∇f) follows from line ${i}`, claim: { kind: 'identity', expr: steps[i - 1]!.dG, claim: steps[i]!.dG, ...withDirection } });
  if (Ms) {
    checks.push({ line: steps.length + 1, name: `H is read off line ${steps.length}`, claim: { kind: 'identity', expr: steps.at(-1)!.dG, claim: `(${Ms})*${dW}`, ...withDirection } });
    checks.push({ line: steps.length + 2, name: 'H is the Hessian of f in matrix form', claim: { kind: 'hessian', expr: input.f, claim: Ms, wrt: [input.wrt], ...base } });
  }
  for (const c of checks) {
    const lineSeed = deriveSeed(seed, `derived-hessian/${c.name}`);
    const ev = checkClaim(c.claim, { ...opts, seed: lineSeed });
    if (ev.verdict !== 'verified') return { ...result, verdict: 'refuted', refuted: { line: c.line, name: c.name, claim: c.claim, seed: lineSeed, evidence: ev, part: 'hessian' } };
  }
  return result;
}

/** A chain of products, flattened and rebuilt left to right: A*(B*C) prints as A*B*C. */
function reassoc(n: Node): Node {
  if (n.k !== 'call') return n;
  if (n.name === 'multiply') {
    const fs: Node[] = [];
    const walk = (x: Node) => (x.k === 'call' && x.name === 'multiply' ? x.args.forEach(walk) : fs.push(reassoc(x)));
    walk(n);
    return fs.reduce((x, y) => mul(x, y));
  }
  return call(n.name, ...n.args.map(reassoc));
}

/** Replaces every subtree equal to `from` by `to`, and every pair [p, q] of a product chain equal to it (structurally, terms.ts). */
function replace(n: Node, from: Node, to: Node): Node {
  if (sameTerm(n, from)) return to;
  if (n.k !== 'call') return n;
  if (n.name === 'multiply') {
    const fs: Node[] = [];
    const walk = (x: Node) => (x.k === 'call' && x.name === 'multiply' && !sameTerm(x, from) ? x.args.forEach(walk) : fs.push(x));
    walk(n);
    const out: Node[] = [];
    for (let i = 0; i < fs.length; i++) {
      if (i + 1 < fs.length && sameTerm(mul(fs[i]!, fs[i + 1]!), from)) {
        out.push(to);
        i++;
      } else out.push(replace(fs[i]!, from, to));
    }
    return out.reduce((x, y) => mul(x, y));
  }
  return call(n.name, ...n.args.map((a) => replace(a, from, to)));
}

/**
 * For a matrix W: each column v = dW c of the line (dW followed by a column in a product) taken as
 * a variable, and every sum of columns linear in v written M v (READ_OFF). Null when nothing changes.
 */
function factorColumns(line: Node, ctx: Context, source: string): { node: Node; rules: string[]; because: string } | null {
  const dW = ctx.dW;
  const candidates = new Map<number, Node>();
  const collect = (n: Node): void => {
    if (n.k !== 'call') return;
    if (n.name === 'multiply') {
      const fs: Node[] = [];
      const walk = (x: Node) => (x.k === 'call' && x.name === 'multiply' ? x.args.forEach(walk) : fs.push(x));
      walk(n);
      fs.forEach((f, i) => {
        const c = fs[i + 1];
        if (f.k === 'sym' && f.name === dW && c && !uses(c, dW) && ctx.shape(c).cols === 1) candidates.set(termId(mul(f, c)), mul(f, c));
        collect(f);
      });
      return;
    }
    n.args.forEach(collect);
  };
  try {
    collect(line);
  } catch (e) {
    if (e instanceof ShapeMismatch) return null;
    throw e;
  }
  let cur = line;
  const rules = new Set<string>();
  const notes = new Set<string>();
  const factored: string[] = [];
  // The column is taken as a variable of a name no variable or size of f has.
  const taken = (x: string) => x in ctx.shapes || ctx.dims.has(x) || `d${x}` in ctx.shapes || x === dW || uses(line, x) || uses(line, `d${x}`);
  const name = freshName('v', taken),
    dv = `d${name}`;
  for (const v of candidates.values()) {
    const vShape = ctx.shape(v);
    const vctx = new Context({ ...ctx.shapes, [name]: vShape }, ctx.assume, name, dv, ctx.dims);
    let changed = false;
    const visit = (n: Node): Node => {
      if (n.k !== 'call') return n;
      if ((n.name === 'add' || n.name === 'subtract') && uses(n, dv) && !uses(n, dW) && vctx.shape(n).cols === 1 && vctx.shape(n).rows !== 1) {
        const r = readOff(n, vctx, source);
        if (!('why' in r)) {
          changed = true;
          r.rules.forEach((x) => rules.add(x));
          for (const x of r.notes) notes.add(x);
          return mul(r.M, sym(dv));
        }
      }
      return call(n.name, ...n.args.map(visit));
    };
    let sub: Node;
    try {
      sub = visit(replace(cur, v, sym(dv)));
    } catch (e) {
      if (e instanceof ShapeMismatch || e instanceof Unsupported) continue;
      throw e;
    }
    if (!changed) continue;
    cur = reassoc(replace(sub, sym(dv), v));
    factored.push(print(v));
  }
  if (!factored.length || sameTerm(cur, line)) return null;
  const because = [
    `${factored.join(', ')} factored to the right of the sum${factored.length > 1 ? 's' : ''} that hold${factored.length > 1 ? '' : 's'} ${factored.length > 1 ? 'them' : 'it'}.`,
    ...notes,
  ]
    .filter(Boolean)
    .join(' ');
  return { node: cur, rules: [...rules], because };
}

/**
 * M with L = M dw, for L linear in the scalar or column dw: operation by operation (READ_OFF),
 * a scalar run by the trace rules (its gradient, transposed). Simplified; or why it is not read off.
 * @internal
 */
export function readOff(L: Node, ctx: Context, source: string): { M: Node; rules: string[]; because: string; notes: string[] } | { why: string } {
  const dW = ctx.dW;
  const rules = new Set<string>();
  const notes = new Set<string>();
  const w = ctx.shape(sym(ctx.wrt));
  const scalarW = w.rows === 1;
  const fail = (why: string): never => {
    throw new Unsupported('read-off', 0, why);
  };
  const row = (s: Node): Node => {
    const adj = new Adjoint(ctx, source);
    const out: Node[] = [];
    adj.back(s, num(1), out);
    for (const r of adj.rules) if (r !== 'trace-sum' && r !== 'trace-difference') rules.add(r);
    for (const b of adj.because) notes.add(b);
    const g = out.length ? out.reduce((x, y) => add(x, y)) : num(0);
    return call('transpose', g);
  };
  const m = (n: Node): Node => {
    if (n.k === 'sym' && n.name === dW) return scalarW ? num(1) : ctx.eye(w.rows);
    if (!uses(n, dW)) return fail(`${print(n)} does not depend on ${dW}: the line is not linear in ${dW}`);
    if (ctx.isScalar(n)) return row(n);
    if (n.k !== 'call' || !READ_OFF[n.name]) return fail(`${print(n)} is not read off as a matrix times ${dW}`);
    return READ_OFF[n.name]!({ node: n, ctx, dep: (x) => uses(x, dW), m, row, note: (b) => void notes.add(b), unsupported: fail });
  };
  try {
    ctx.used.clear();
    ctx.cited.clear();
    const raw = m(L);
    const M = simplify(raw, ctx);
    const all = [...notes, ...ctx.used];
    return { M, rules: withCited([...rules], ctx), because: [`H[${dW}] = M ${dW}: ${dW} factored to the right of each term.`, ...all].join(' '), notes: all };
  } catch (e) {
    if (e instanceof Unsupported) return { why: e.why };
    if (e instanceof ShapeMismatch) return { why: `cannot infer the shapes: ${e.message}` };
    throw e;
  }
}
