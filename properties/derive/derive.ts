/**
 * The derivation engine: the notes' method, executed. Take the differential of f with the
 * differential rules (the table in differentials.ts), bring it to the form Tr(M dW) with the trace
 * rules (by propagating the adjoint backwards through the linear expression df), read the gradient
 * off df = Tr(Gᵀ dW) as G = Mᵀ, and simplify as a person would. Then check every line with the
 * oracle, and the gradient as a gradient claim: an answer that fails is never returned as derived.
 */
import { prepare, checkClaim as runCheck, checkClaimsTogether, freshSeed, type CheckOptions, type ClaimInput, type Evidence } from '../oracle/check.js';
import { deriveSeed } from './checkRule.js';
import { derivationChecks } from './derivation.js';
import { InputError } from '../engine/errors.js';
import { toTex } from '../engine/tex.js';
import type { Derivation } from '../../rules/derivations/schema.js';
import { add, call, dimNode, fromMath, mul, neg, num, print, sym, tr, Unsupported, uses, type Node } from '../engine/ast.js';
import type { Shape } from '../engine/shapes.js';
import { Context, ShapeMismatch } from './context.js';
import { CONSTANT_FUNCTIONS, DIFFERENTIALS } from './differentials.js';
import { readOffJacobian } from './jacobian.js';
import { withInferredShapes } from './shapes.js';
import { dimensionOf } from '../engine/ops/dimension.js';
import { OPS_BY_NAME } from '../engine/ops/index.js';
import { simplify } from './simplify.js';
import { sameTerm } from './terms.js';

/** What to derive: the options of `mcv derive`, as the library's other questions take them. */
export interface DeriveInput {
  /** The function, in mcv's syntax: a scalar f (a gradient is derived) or a matrix F (its differential). */
  f: string;
  /** The variable differentiated. */
  wrt: string;
  /** Shape of every variable, as with `--shape`: `3x4`, `mxn`, `n`, `1`; the ones missing are inferred from use. */
  shape?: Readonly<Record<string, string>>;
  /** Assumptions, as with `--assume`: `{ X: 'spd' }` or `{ y: ['onehot'] }`. */
  assume?: Readonly<Record<string, string | readonly string[]>>;
  /** Seed of every check (each line derives its own from it); drawn and reported when absent. */
  seed?: number;
  /** Random cases per line checked. @defaultValue 100 */
  cases?: number;
  /** Time limit of the whole derivation (all its checks), in milliseconds. @defaultValue 10000 */
  timeLimitMs?: number;
}

/** One line of a derivation as shown: f (a rewrite) or df, its LaTeX and what justifies it. */
export interface DeriveStep {
  /** A rewrite of f. */
  f?: string;
  /** A line of df (written with dW), or of dF for a matrix-valued F. */
  df?: string;
  /** The line in LaTeX (engine/tex.ts). */
  latex: string;
  /** Ids of the catalogue rules the line applies. */
  by: string[];
  /** What no rule says (an assumption used, a rule applied column by column). */
  because?: string;
}

/** Where the oracle refuted a line: a bug of the engine, reported with what reproduces it. */
export interface RefutedLine {
  /** 1-based line; `steps.length + 1` is the gradient read off, `steps.length + 2` the gradient checked as a gradient claim. */
  line: number;
  /** What was checked, e.g. `step 2 follows from step 1`. */
  name: string;
  /** The claim that failed (give it to `mcv identity|differential|gradient` to reproduce). */
  claim: ClaimInput;
  /**
   * The seed that check ran with: the line's own, and `mcv identity|differential|gradient` with it
   * reproduces the evidence; or, for a line that failed on the cases shared by all the lines
   * ({@link checkLines}) but passed its own check, the seed of the shared cases (the evidence then
   * holds the case where it failed).
   */
  seed: number;
  evidence: Evidence;
}

/** The answer of {@link deriveGradient}: the fields of `mcv derive --json`, plus the derivation object. */
export interface DeriveResult {
  /** `derived`: every line and the result verified. `refuted`: the oracle refuted a line (an engine bug). `unsupported`: f uses something the engine cannot differentiate. */
  verdict: 'derived' | 'refuted' | 'unsupported';
  /** A gradient (scalar f) or a differential (matrix-valued F). */
  kind: 'gradient' | 'differential';
  /** The gradient G in mcv's syntax (pasteable into `--claim`); for a matrix F, its differential dF. */
  gradient?: string;
  /** The result in LaTeX. */
  latex?: string;
  /** The lines, in order; the gradient is read off the last one. */
  steps: DeriveStep[];
  /** The derivation in the form of rules/derivations (checked by properties/derive/derivation.ts); for a scalar f. @internal (its type is the catalogue's zod schema, which the package does not ship) */
  derivation?: Derivation;
  /** Cases per line. */
  cases: number;
  seed: number;
  /** With verdict `refuted`: the line that failed. */
  refuted?: RefutedLine;
  /** With verdict `unsupported`: the construct, its 0-based position in f, and one line saying why. */
  unsupported?: { construct: string; position: number; message: string };
  /** Every variable's shape, present when some were inferred rather than given. */
  shapes?: Record<string, string>;
  /** For a matrix-valued F: the Jacobian J with d vec F = J d vec W (numerator layout), checked as a Jacobian claim, and its LaTeX. */
  jacobian?: string;
  jacobianLatex?: string;
  /** How J was read off dF. */
  jacobianStep?: { by: string[]; because: string };
  /** For a matrix-valued F where no J is read off: why (the differential stands). */
  noJacobian?: string;
  /** With several variables (several.ts): their list; `steps` is then the whole df, and `gradients` one part per variable. */
  wrt?: string[];
  /** With several variables: each one's gradient (for a matrix F, its part of dF), derived and verified as for one. */
  gradients?: VariableGradient[];
}

/** One variable's part of a derivation with respect to several. */
export interface VariableGradient {
  /** The variable. */
  wrt: string;
  /** Its gradient G (or, for a matrix-valued F, the part dF of its differential in dW), in mcv's syntax. */
  gradient?: string;
  /** The same in LaTeX. */
  latex?: string;
  /** The lines of its part of df, up to G read off. */
  steps: DeriveStep[];
  /** As {@link DeriveResult.derivation}, for this variable. @internal */
  derivation?: DeriveResult['derivation'];
}

/** Where a construct first appears in the source (0-based), for messages. @internal */
export function locate(source: string, name: string): number {
  const re = new RegExp(`\\b${name}\\s*\\(`);
  const m = re.exec(source);
  if (m) return m.index;
  // An operator: its symbol, as its entry prints it.
  const p = OPS_BY_NAME.get(name)?.printing;
  const i = p && p.form !== 'call' ? source.indexOf(p.symbol.trim()) : -1;
  return Math.max(i, 0);
}

/** The differential machinery: rules used are collected in order. @internal */
export class Differentiator {
  readonly rules: string[] = [];
  readonly because: string[] = [];
  constructor(
    readonly ctx: Context,
    readonly source: string,
  ) {}

  d(n: Node): Node | null {
    const { ctx } = this;
    if (!uses(n, ctx.wrt)) return null;
    if (n.k === 'sym') return sym(ctx.dW);
    if (n.k !== 'call') return null;
    if (CONSTANT_FUNCTIONS.has(n.name)) return null;
    const op = DIFFERENTIALS[n.name];
    const fail = (why: string): never => {
      throw new Unsupported(n.name, locate(this.source, n.name), why);
    };
    if (!op) fail(`no differential rule for ${n.name}`);
    const whole = op!.whole?.({ node: n, args: n.args, ctx, d: (m) => this.d(m), isDimension: (m) => m.k === 'sym' && ctx.dims.has(m.name) });
    if (whole) {
      for (const r of whole.rules) if (!this.rules.includes(r)) this.rules.push(r);
      if (whole.because && !this.because.includes(whole.because)) this.because.push(whole.because);
      return whole.d;
    }
    const dargs = n.args.map((a) => this.d(a));
    // Every argument's differential is 0 (sign(X), X^0, a power 0 of a function of X): so is this
    // one's. The entries' rules take a null darg for an argument free of W, which these are not.
    if (dargs.every((d) => d === null)) return null;
    const input = { node: n, args: n.args, dargs, ctx, unsupported: fail };
    const out = op!.d(input);
    for (const r of op!.rules) if (!this.rules.includes(r)) this.rules.push(r);
    const why = op!.because?.(input);
    if (why && !this.because.includes(why)) this.because.push(why);
    return out && broadcastTo(out, ctx.shape(n), ctx);
  }
}

/**
 * The adjoint of a broadcast: A (of the broadcast value's shape) summed over the dimensions in
 * which `want` is 1 and A is not: sum(A) to a scalar, 1ᵀA to a row, A1 to a column. A of any other
 * shape is left as it is.
 * @internal
 */
export function reduceTo(A: Node, want: Shape, ctx: Context): Node {
  const s = ctx.shape(A);
  if (s.rows === want.rows && s.cols === want.cols) return A;
  if (want.rows === 1 && want.cols === 1) return call('sum', A);
  if (want.rows === 1 && s.cols === want.cols) return mul(tr(ctx.ones({ rows: s.rows, cols: 1 })), A);
  if (want.cols === 1 && s.rows === want.rows) return mul(A, ctx.ones({ rows: s.cols, cols: 1 }));
  return A;
}

/**
 * d of a broadcast is the broadcast of d: where the part that varies is a scalar, a row or a
 * column broadcast against a matrix (x'*A*x + b with b a row; X - mean(X,1)), its differential is
 * spread to the value's shape by ones, as the value was. Any other shape is left as it is.
 * @internal
 */
export function broadcastTo(d: Node, want: Shape, ctx: Context): Node {
  const s = ctx.shape(d);
  if (s.rows === want.rows && s.cols === want.cols) return d;
  if (s.rows === 1 && s.cols === 1) return mul(d, ctx.ones(want));
  if (s.rows === 1 && s.cols === want.cols) return mul(ctx.ones({ rows: want.rows, cols: 1 }), d);
  if (s.cols === 1 && s.rows === want.rows) return mul(d, ctx.ones({ rows: 1, cols: want.cols }));
  return d;
}

/** Reverse propagation of the adjoint through the linear expression df: Tr(Aᵀ L) → Tr(Gᵀ dW). @internal */
export class Adjoint {
  readonly rules = new Set<string>();
  readonly because = new Set<string>();
  constructor(
    readonly ctx: Context,
    readonly source: string,
  ) {}

  private dep(n: Node): boolean {
    return uses(n, this.ctx.dW);
  }

  /** Appends to `out` the contributions G of Tr(Aᵀ L) = Tr(Gᵀ dW). */
  back(L: Node, A: Node, out: Node[]): void {
    const { ctx } = this;
    const internal = (): never => {
      const name = L.k === 'call' ? L.name : print(L);
      throw new Unsupported(name, locate(this.source, name), `no trace rule brings ${print(L)} to the form Tr(Gᵀ ${ctx.dW})`);
    };
    // L broadcast against a bigger value (x − mean(x), X + b with b a row): the adjoint of a
    // broadcast sums over the broadcast dimensions, so A is brought down to L's shape first.
    A = reduceTo(A, ctx.shape(L), ctx);
    if (L.k === 'sym' && L.name === ctx.dW) return void out.push(A);
    if (L.k !== 'call') return internal();
    const op = OPS_BY_NAME.get(L.name);
    if (!op || op.linearity === 'nonlinear') return internal();
    op.linearity.transpose({
      node: L,
      dep: (n) => this.dep(n),
      A,
      ctx,
      back: (arg, adj) => this.back(arg, adj, out),
      rule: (id) => void this.rules.add(id),
      note: (because) => void this.because.add(because),
      unsupported: (why) => {
        throw new Unsupported(L.name, locate(this.source, L.name), why);
      },
      internal,
    });
  }
}

/** The catalogue rules the trace form may cite (the differential rules are in differentials.ts). */
export const TRACE_RULES = ['trace-scalar', 'trace-sum', 'trace-difference', 'trace-transpose', 'trace-cyclic', 'trace-hadamard', 'frobenius-inner-product', 'kron-trace'] as const;

/**
 * Rewrites of f before differentiating, as the notes do in Exercise 2: log softmax(z) = z − 1 logsumexp(z)
 * (column by column for a matrix), whose differential is far shorter than the one through softmax.
 */
function rewriteF(n: Node, ctx: Context): Node {
  if (n.k !== 'call') return n;
  const args = n.args.map((a) => rewriteF(a, ctx));
  if (n.name === 'log' && args[0]!.k === 'call' && args[0]!.name === 'softmax') {
    const z = args[0]!.args[0]!;
    // Row by row (softmax(Z, 2)): log softmax(Z, 2) = Z − logsumexp(Z, 2) 1ᵀ.
    if (dimensionOf(args[0]!.args) === 2) return call('subtract', z, mul(call('logsumexp', z, num(2)), tr(ctx.ones({ rows: ctx.shape(z).cols, cols: 1 }))));
    return call('subtract', z, mul(ctx.ones({ rows: ctx.shape(z).rows, cols: 1 }), call('logsumexp', z)));
  }
  return call(n.name, ...args);
}

/** Top-level terms of a sum, with their signs. */
function topTerms(n: Node, sign = 1, out: Node[] = []): Node[] {
  if (n.k === 'call' && n.name === 'add') {
    topTerms(n.args[0]!, sign, out);
    topTerms(n.args[1]!, sign, out);
  } else if (n.k === 'call' && n.name === 'subtract') {
    topTerms(n.args[0]!, sign, out);
    topTerms(n.args[1]!, -sign, out);
  } else if (n.k === 'call' && n.name === 'unaryMinus') topTerms(n.args[0]!, -sign, out);
  else out.push(sign < 0 ? neg(n) : n);
  return out;
}

/** The rules a line applies, then the identities its simplification used (Context.cited). @internal */
export const withCited = (rules: readonly string[], ctx: Context): string[] => [...rules, ...[...ctx.cited].filter((r) => !rules.includes(r))];

const sumOf = (ns: readonly Node[]): Node => (ns.length === 0 ? num(0) : ns.reduce((x, y) => add(x, y)));

const asList = (v: string | readonly string[]): string[] => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : [...v]);

/**
 * Derives the gradient of a scalar f (or the differential of a matrix-valued F) step by step,
 * every line citing the catalogue rules it applies and checked by the oracle.
 *
 * Bad input (a parse error, an unknown variable, shapes that do not fit) throws an InputError
 * with the messages of `checkGradient`; a construct the engine cannot differentiate gives the
 * verdict `unsupported`; a line the oracle refutes gives `refuted` (a bug of the engine).
 */
export function deriveGradient(input: DeriveInput): DeriveResult {
  return deriveGradientWith(input, {});
}

/** @internal What deriveHessian takes from the gradient's derivation besides its result. */
export interface GradientWork {
  /** The context of the derivation, and f and G as trees. */
  ctx: Context;
  f: Node;
  G: Node;
  /** The shapes and assumptions as the checks take them. */
  base: { shapes: Readonly<Record<string, string>>; assume: Record<string, string[]> };
  /** LaTeX of an expression (with dW), or the expression itself where the printer fails. */
  texOf(s: string): string;
}

/** @internal How {@link deriveGradient} is run for a Hessian. */
export interface GradientHooks {
  /** When the whole derivation must end (ms since the epoch); from `timeLimitMs` when absent. */
  deadline?: number;
  /**
   * Do not simplify with the assumptions on the variable itself (X symmetric: Xᵀ → X): G must be
   * right off them too, since it is differentiated again along directions that break them.
   */
  offConstraint?: boolean;
  /** Receives the trees of a derived gradient. */
  work?(w: GradientWork): void;
  /** Which checks to run: every line and the result (the default), or none (the engine's crash sweep, where speed matters: the result is then unverified). */
  checks?: 'all' | 'none';
}

/** @internal {@link deriveGradient} with the hooks {@link deriveHessian} uses. */
export function deriveGradientWith(given: DeriveInput, hooks: GradientHooks): DeriveResult {
  // Shapes not given are inferred, a scalar f preferred where only scalar factors decide it.
  const inferred = withInferredShapes(given, 'prefer');
  const input = inferred.input;
  const r = deriveWithShapes(input, hooks);
  return inferred.shapes ? { ...r, shapes: inferred.shapes } : r;
}

function deriveWithShapes(input: DeriveInput & { shape: Record<string, string> }, hooks: GradientHooks): DeriveResult {
  const seed = input.seed ?? freshSeed();
  const cases = input.cases ?? 100;
  const deadline = hooks.deadline ?? Date.now() + (input.timeLimitMs ?? 10_000);
  // Every check gets what is left of the derivation's time limit (it stops with a LimitError past it).
  const opts: CheckOptions = { seed, cases, shrink: true };
  const checkClaim = (c: ClaimInput, o: CheckOptions) => runCheck(c, { ...o, timeLimitMs: Math.max(1, deadline - Date.now()) });
  const assume = Object.fromEntries(Object.entries(input.assume ?? {}).map(([k, v]) => [k, asList(v)]));
  const base = { shapes: input.shape, assume };
  // Validation exactly as `mcv gradient` does it (the claim is a placeholder).
  const p = prepare({ kind: 'gradient', expr: input.f, claim: '0', wrt: [input.wrt], ...base });
  const dW = `d${input.wrt}`;
  if (dW in p.shapes) throw new InputError(`"${dW}" is the differential of ${input.wrt} in the derivation, so no variable may have that name`, 'shape');
  const own = hooks.offConstraint ? Object.fromEntries(Object.entries(p.assume).filter(([k]) => k !== input.wrt)) : p.assume;
  const ctx = new Context(p.shapes, own, input.wrt, dW, new Set(p.letters));
  const unsupportedResult = (u: Unsupported, kind: DeriveResult['kind']): DeriveResult => ({
    verdict: 'unsupported',
    kind,
    steps: [],
    cases,
    seed,
    unsupported: { construct: u.construct, position: u.position, message: u.message },
  });

  let f: Node;
  try {
    f = fromMath(p.expr.node, input.f, input.wrt);
  } catch (e) {
    if (e instanceof Unsupported) return unsupportedResult(e, 'gradient');
    throw e;
  }
  let scalar: boolean;
  try {
    scalar = ctx.isScalar(f);
  } catch (e) {
    if (!(e instanceof ShapeMismatch)) throw e;
    // The oracle's probe names the product at fault, with the messages of the other commands.
    checkClaim({ kind: 'gradient', expr: input.f, claim: '0', wrt: [input.wrt], ...base }, { ...opts, cases: 1 });
    return unsupportedResult(new Unsupported('shape', 0, `cannot infer the shapes: ${e.message}`), 'gradient');
  }
  const kind = scalar ? 'gradient' : 'differential';
  const differ = new Differentiator(ctx, input.f);
  const rewritten = kind === 'gradient' ? rewriteF(f, ctx) : f;
  const fSteps: DeriveStep[] = [];
  if (!sameTerm(rewritten, f)) {
    const s = print(rewritten);
    fSteps.push({
      f: s,
      latex: s,
      by: ['log-softmax-identity'],
      because: 'log softmax(z) = z − 1 logsumexp(z), with 1 a column of ones (column by column for a matrix; row by row for softmax(Z, 2): Z − logsumexp(Z, 2) 1ᵀ).',
    });
  }
  let df: Node | null;
  try {
    df = differ.d(rewritten);
  } catch (e) {
    if (e instanceof Unsupported) return unsupportedResult(e, kind);
    if (e instanceof ShapeMismatch) return unsupportedResult(new Unsupported('shape', 0, `cannot infer the shapes of the differential: ${e.message}`), kind);
    throw e;
  }
  const tex = (s: string) => toTex(s, { shapes: { ...input.shape, [dW]: input.shape[input.wrt]! } });
  const texOf = (s: string) => {
    try {
      return tex(s);
    } catch {
      return s;
    }
  };
  if (df === null) {
    const s = ctx.shape(f);
    df = kind === 'gradient' ? num(0) : call('zeros', ...(s.cols === 1 ? [dimNode(s.rows)] : [dimNode(s.rows), dimNode(s.cols)]));
  }
  ctx.used.clear();
  ctx.cited.clear();
  const df1 = simplify(df, ctx);
  const why1 = [...differ.because, ...ctx.used].join(' ');
  const line1: DeriveStep = { df: print(df1), latex: texOf(print(df1)), by: withCited(differ.rules, ctx), ...(why1 ? { because: why1 } : {}) };

  if (kind === 'differential') {
    const claim: ClaimInput = { kind: 'differential', expr: input.f, claim: line1.df!, wrt: [input.wrt], ...base };
    const lineSeed = deriveSeed(seed, 'derive/dF');
    const result: DeriveResult = { verdict: 'derived', kind, gradient: line1.df, latex: line1.latex, steps: [line1], cases, seed };
    if (hooks.checks === 'none') return result;
    // The Jacobian, where it is read off: checked as a Jacobian claim before it is given, with dF
    // on the same cases (both compare with the finite difference of F along the same direction).
    const j = readOffJacobian(df1, f, ctx, input.f);
    const lines: LineCheck[] = [{ line: 1, name: 'step 1 is the differential of F', claim, seed: lineSeed }];
    const Js = 'why' in j ? undefined : print(j.J);
    const jClaim: ClaimInput | undefined = Js === undefined ? undefined : { kind: 'jacobian', expr: input.f, claim: Js, wrt: [input.wrt], ...base };
    if (jClaim) lines.push({ line: 2, name: 'J is the Jacobian of F', claim: jClaim, seed: deriveSeed(seed, 'derive/J') });
    const refuted = checkLines(lines, seed, opts, deadline);
    if (refuted?.line === 1) return { ...result, verdict: 'refuted', refuted };
    if ('why' in j) return { ...result, noJacobian: j.why };
    const withJ: DeriveResult = { ...result, jacobian: Js, jacobianLatex: texOf(Js!), jacobianStep: { by: j.by, because: j.because } };
    return refuted ? { ...withJ, verdict: 'refuted', refuted } : withJ;
  }

  // Trace form, term by term: Tr(Mᵢ dW), and the gradient G = (Σ Mᵢ)ᵀ.
  const adj = new Adjoint(ctx, input.f);
  const terms = topTerms(df1);
  const perTerm: Node[][] = [];
  try {
    for (const t of terms) {
      const out: Node[] = [];
      if (uses(t, dW)) adj.back(t, num(1), out);
      perTerm.push(out);
    }
  } catch (e) {
    if (e instanceof Unsupported) return unsupportedResult(e, kind);
    if (e instanceof ShapeMismatch) return unsupportedResult(new Unsupported('shape', 0, `cannot infer the shapes of the trace form: ${e.message}`), kind);
    throw e;
  }
  const dWn = sym(dW);
  ctx.used.clear();
  ctx.cited.clear();
  const wShape = ctx.shape(sym(input.wrt));
  const zero = call('zeros', ...(wShape.cols === 1 ? [dimNode(wShape.rows)] : [dimNode(wShape.rows), dimNode(wShape.cols)]));
  const G0 = perTerm.flat().length ? simplify(sumOf(perTerm.flat()), ctx) : zero;
  const usedG = [...ctx.used];
  const citedG = [...ctx.cited];
  ctx.cited.clear();
  const G = G0;
  const M = simplify(tr(G), ctx);
  for (const s of fSteps) s.latex = texOf(s.f!);
  const steps: DeriveStep[] = [...fSteps, line1];
  const traceOf = (m: Node) => call('trace', mul(m, dWn));
  const Ms = perTerm.filter((o) => o.length).map((o) => simplify(tr(simplify(sumOf(o), ctx)), ctx));
  const rulesT = withCited(['trace-scalar', ...[...adj.rules].filter((r) => r !== 'trace-sum' && r !== 'trace-difference')], ctx);
  const pushDf = (n: Node, by: string[], because?: string) => {
    const s = print(n);
    if (steps.some((x) => x.df === s)) return;
    steps.push({ df: s, latex: texOf(s), by, ...(because ? { because } : {}) });
  };
  const whyT = [...adj.because, ...ctx.used].join(' ') || undefined;
  if (Ms.length > 1) {
    pushDf(sumOf(Ms.map(traceOf)), rulesT, whyT);
    pushDf(traceOf(M), ['trace-sum'], 'The traces add up: Tr(A dW) + Tr(B dW) = Tr((A + B) dW).');
  } else pushDf(Ms.length ? traceOf(M) : num(0), rulesT, whyT);
  const Gs = print(G);
  const derivation: Derivation = {
    id: 'derived',
    title: `The gradient of ${input.f} with respect to ${input.wrt}`,
    problem: `Derive the gradient of $f = ${texOf(input.f)}$ with respect to $${texOf(input.wrt)}$.`,
    sources: [{ work: 'standard', where: 'mcv derive: the differential rules, the trace rules, df = Tr(Gᵀ dW)' }],
    f: input.f,
    wrt: input.wrt,
    shapes: { ...input.shape },
    ...(Object.keys(p.assume).length ? { assume: Object.fromEntries(Object.entries(p.assume).map(([k, v]) => [k, [...v]])) } : {}),
    steps: steps.map((s) => ({ ...(s.f !== undefined ? { f: s.f } : { df: s.df! }), by: s.by, ...(s.because ? { because: s.because } : {}) })) as Derivation['steps'],
    gradient: {
      G: Gs,
      by: ['trace-transpose', ...citedG.filter((r) => r !== 'trace-transpose')],
      because: [`df = Tr(M d${input.wrt}) = Tr(Gᵀ d${input.wrt}) gives G = Mᵀ.`, ...usedG.filter((u) => !steps.some((st) => st.because?.includes(u)))].join(' '),
    },
  };
  const result: DeriveResult = { verdict: 'derived', kind, gradient: Gs, latex: texOf(Gs), steps, derivation, cases, seed };

  // Check before speaking: every line, then G as a gradient claim.
  if (hooks.checks === 'none') return result;
  const gClaim: ClaimInput = { kind: 'gradient', expr: input.f, claim: Gs, wrt: [input.wrt], ...base };
  const checks = [
    ...derivationChecks(derivation).map((c) => ({ line: c.line, name: c.name, claim: c.claim, seed: deriveSeed(seed, `${derivation.id}/${c.name}`) })),
    { line: steps.length + 2, name: 'G is the gradient of f', claim: gClaim, seed: deriveSeed(seed, 'derived/gradient claim') },
  ];
  const refuted = checkLines(checks, seed, opts, deadline);
  if (refuted) return { ...result, verdict: 'refuted', refuted };
  hooks.work?.({ ctx, f: rewritten, G, base: { shapes: input.shape, assume: Object.fromEntries(Object.entries(p.assume).map(([k, v]) => [k, [...v]])) }, texOf });
  return result;
}

/** One check of a derivation's line, with the seed of its own check. @internal */
export interface LineCheck {
  line: number;
  name: string;
  claim: ClaimInput;
  seed: number;
}

/**
 * Checks a derivation's lines; returns the first refuted, or nothing when every one is verified.
 * All together first, on the same `cases` random cases ({@link checkClaimsTogether}: every line
 * against its own comparison and tolerance, the points drawn and f's finite difference computed
 * once per case). When that cannot decide (the lines do not fit one set of cases, bad input, the
 * time limit) or a line fails there, each line is checked on its own from its own seed, as
 * `mcv identity|differential|gradient` would with that seed, so a refuted line is reported with a
 * shrunk counterexample that its command reproduces. A line that failed together but passes on its
 * own is still refuted, with the case where it failed.
 * @internal
 */
export function checkLines(lines: readonly LineCheck[], seed: number, opts: CheckOptions, deadline: number): RefutedLine | undefined {
  // Every check gets what is left of the derivation's time limit (it stops with a LimitError past it).
  const left = () => Math.max(1, deadline - Date.now());
  const togetherSeed = deriveSeed(seed, 'derived/together');
  const together = checkClaimsTogether(
    lines.map((l) => l.claim),
    { ...opts, seed: togetherSeed, timeLimitMs: left() },
  );
  if (together.verdict === 'verified') return undefined;
  for (const [i, l] of lines.entries()) {
    const ev = runCheck(l.claim, { ...opts, seed: l.seed, timeLimitMs: left() });
    if (ev.verdict !== 'verified') return { line: l.line, name: l.name, claim: l.claim, seed: l.seed, evidence: ev };
    if (together.verdict === 'refuted' && together.index === i) return { line: l.line, name: l.name, claim: l.claim, seed: togetherSeed, evidence: together.evidence };
  }
  return undefined;
}
