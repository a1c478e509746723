/**
 * Shapes inferred from use, as matrixcalculus.org does: `--shape` is optional. Each variable gets a
 * kind (scalar, column, row, matrix) and symbolic sizes; the sizes are unified over how the
 * expressions use them (products, sums, `trace`/`inv`/`det` square, `kron`, `diag`, elementwise
 * operations, transposes), with the claim as well as f, a scalar f for a gradient or a Hessian,
 * and the square assumptions. The kinds are searched cheapest first, the cost being the distance
 * from the textbook convention: an uppercase name is a matrix, a lowercase one a column, and a
 * symbol is a scalar (or a row) only when use decides it. Two readings of equal cost that give
 * different shapes are a real ambiguity: an InputError names the symbol and what it could be.
 * Sizes use leaves free get letters (m, n, k, p, …) that clash with no variable name. A given
 * `--shape` always wins; the others are completed around it.
 */
import type { MathNode } from 'mathjs';
import { InputError, type Field } from './errors.js';
import { CONSTANTS, parseExpression } from './expr.js';
import { fromMath, print, type Node } from './ast.js';
import { OPS_BY_NAME } from './ops/index.js';
import type { Op } from './ops/types.js';
import { parseShape, type Dim, type Shape as GivenShape } from './shapes.js';

/** The shapes cannot fit together (a message naming the subexpression). */
class Conflict extends Error {}
/** The expression uses something inference has no rule for; the shapes are then left to `--shape`. */
class NoRule extends Error {}

/**
 * Symbolic sizes: a union-find over size classes. A class is a number, a named letter (from a
 * given shape or an `eye(n)`), a product (`kron`), or free; a free or named class is a generic
 * size, never 1 (a column stays a column), so that whether a subexpression is a scalar is known
 * when it is met and never changes later.
 */
class Dims {
  private readonly parent: number[] = [];
  private readonly value: (number | undefined)[] = [];
  private readonly label: (string | undefined)[] = [];
  private readonly factors: ([number, number] | undefined)[] = [];
  private readonly byName = new Map<string, number>();
  private readonly byValue = new Map<number, number>();

  private add(value?: number, label?: string, factors?: [number, number]): number {
    const id = this.parent.length;
    this.parent.push(id);
    this.value.push(value);
    this.label.push(label);
    this.factors.push(factors);
    return id;
  }
  fresh(): number {
    return this.add();
  }
  constant(k: number): number {
    let id = this.byValue.get(k);
    if (id === undefined) this.byValue.set(k, (id = this.add(k)));
    return id;
  }
  named(letter: string): number {
    let id = this.byName.get(letter);
    if (id === undefined) this.byName.set(letter, (id = this.add(undefined, letter)));
    return id;
  }
  product(a: number, b: number): number {
    const va = this.valueOf(a),
      vb = this.valueOf(b);
    if (va !== undefined && vb !== undefined) return this.constant(va * vb);
    if (va === 1) return b;
    if (vb === 1) return a;
    return this.add(undefined, undefined, [a, b]);
  }
  find(a: number): number {
    while (this.parent[a] !== a) a = this.parent[a] = this.parent[this.parent[a]!]!;
    return a;
  }
  valueOf(a: number): number | undefined {
    return this.value[this.find(a)];
  }
  labelOf(a: number): string | undefined {
    return this.label[this.find(a)];
  }
  factorsOf(a: number): [number, number] | undefined {
    return this.factors[this.find(a)];
  }
  isOne(a: number): boolean {
    return this.valueOf(a) === 1;
  }
  /** Makes a and b the same size; a Conflict (with `why`) when they cannot be. */
  unify(a: number, b: number, why: () => string): void {
    const ra = this.find(a),
      rb = this.find(b);
    if (ra === rb) return;
    const [va, vb] = [this.value[ra], this.value[rb]];
    const [la, lb] = [this.label[ra], this.label[rb]];
    const [fa, fb] = [this.factors[ra], this.factors[rb]];
    if (va !== undefined && vb !== undefined && va !== vb) throw new Conflict(why());
    // A generic size (free, named or a product) is never 1, and a named letter is no number.
    if ((va === 1 && vb === undefined) || (vb === 1 && va === undefined)) throw new Conflict(why());
    if ((la !== undefined && (lb !== undefined ? la !== lb : vb !== undefined)) || (lb !== undefined && va !== undefined)) throw new Conflict(why());
    this.parent[rb] = ra;
    this.value[ra] = va ?? vb;
    this.label[ra] = la ?? lb;
    this.factors[ra] = fa ?? fb;
    if (fa && fb) {
      // m·n = n·m: the same factors in another order need nothing; otherwise pair them in order.
      const [a0, a1, b0, b1] = [fa[0], fa[1], fb[0], fb[1]].map((d) => this.find(d));
      if (a0 === b1 && a1 === b0) return;
      this.unify(fa[0], fb[0], why);
      this.unify(fa[1], fb[1], why);
    }
  }
  /** A size as people read it, for messages: 3, n, or ? for a free one. */
  text(a: number, names?: ReadonlyMap<number, string>): string {
    const r = this.find(a);
    if (this.value[r] !== undefined) return String(this.value[r]);
    if (this.label[r] !== undefined) return this.label[r]!;
    const f = this.factors[r];
    if (f) return `${this.text(f[0], names)}*${this.text(f[1], names)}`;
    return names?.get(r) ?? '?';
  }
}

/** The symbolic shape of a subexpression: two size classes. */
interface Sym {
  r: number;
  c: number;
}

/** What a shape rule is given: the unifier, the arguments' texts and the node's, for messages. */
export interface ShapeKit {
  /** Makes two sizes equal (or stops with a conflict naming the subexpression). */
  same(a: number, b: number, what: string): void;
  isScalar(s: Sym): boolean;
  /** Is the size 1? */
  isOne(d: number): boolean;
  one: number;
  product(a: number, b: number): number;
  /** The node's text, for messages. */
  text: string;
  /** The arguments' texts, for messages. */
  args: readonly string[];
  /** Literal arguments as numbers where they are numbers (sum(X, 1)), else undefined. */
  literals: readonly (number | undefined)[];
}

/**
 * The symbolic shape rule of an operation: the shape of the result from those of the arguments,
 * making sizes equal where the operation needs it. Keyed by the engine's operation name; an
 * elementwise function of one argument (`elementwise: true` in ops/) needs no entry.
 */
export type ShapeRule = (args: readonly Sym[], k: ShapeKit) => Sym;

const scalarShape = (k: ShapeKit): Sym => ({ r: k.one, c: k.one });
const square = (s: Sym, k: ShapeKit, what: string) => k.same(s.r, s.c, `${what} needs a square matrix`);
/** Entrywise with a scalar broadcast: the two shapes agree unless one of them is 1×1. */
const entrywise: ShapeRule = ([x, y], k) => {
  if (k.isScalar(x!)) return y!;
  if (k.isScalar(y!)) return x!;
  k.same(x!.r, y!.r, `${k.text} needs ${k.args[0]} and ${k.args[1]} of the same size`);
  k.same(x!.c, y!.c, `${k.text} needs ${k.args[0]} and ${k.args[1]} of the same size`);
  return x!;
};
const same: ShapeRule = ([x]) => x!;
const squareToScalar: ShapeRule = ([x], k) => {
  square(x!, k, k.text);
  return scalarShape(k);
};

/**
 * The rules that must unify sizes rather than compare them: sums and products of unknown sizes,
 * and the operations that need a square argument. Every other operation's shape comes from its
 * entry (`shape` in engine/ops/), applied to the sizes found so far ({@link entryRule}).
 */
export const SHAPE_RULES: Readonly<Record<string, ShapeRule>> = {
  add: entrywise,
  subtract: entrywise,
  dotMultiply: entrywise,
  dotDivide: entrywise,
  dotPow: entrywise,
  max: entrywise,
  min: entrywise,
  multiply: ([x, y], k) => {
    if (k.isScalar(x!)) return y!;
    if (k.isScalar(y!)) return x!;
    k.same(x!.c, y!.r, `${k.text}: the columns of ${k.args[0]} must match the rows of ${k.args[1]}`);
    return { r: x!.r, c: y!.c };
  },
  divide: ([x, y], k) => {
    if (k.isScalar(y!)) return x!;
    square(y!, k, `${k.text} (A/B = A*inv(B))`);
    k.same(x!.c, y!.r, `${k.text}: A/B = A*inv(B) needs the columns of ${k.args[0]} to match the size of ${k.args[1]}`);
    return x!;
  },
  pow: ([x, y], k) => {
    k.same(y!.r, k.one, `${k.text}: the exponent ${k.args[1]} must be a number`);
    k.same(y!.c, k.one, `${k.text}: the exponent ${k.args[1]} must be a number`);
    if (!k.isScalar(x!)) square(x!, k, `${k.text} (a matrix power)`);
    return x!;
  },
  inv: ([x], k) => {
    square(x!, k, k.text);
    return x!;
  },
  trace: squareToScalar,
  det: squareToScalar,
  logdet: squareToScalar,
  kron: ([x, y], k) => ({ r: k.product(x!.r, y!.r), c: k.product(x!.c, y!.c) }),
  diag: ([x], k) => {
    if (k.isScalar(x!)) return x!;
    if (k.isOne(x!.c)) return { r: x!.r, c: x!.r };
    if (k.isOne(x!.r)) return { r: x!.c, c: x!.c };
    // The diagonal of a matrix: square here (of a non-square one it has a size no letter names).
    square(x!, k, `${k.text} (the diagonal of a matrix)`);
    return { r: x!.r, c: k.one };
  },
};

/** The kinds a variable may take, and what each costs against the convention. */
export type Kind = 'scalar' | 'column' | 'row' | 'matrix';
const KIND_TEXT: Record<Kind, string> = { scalar: 'a scalar', column: 'a column', row: 'a row', matrix: 'a matrix' };

/** Uppercase: a matrix; lowercase: a column; otherwise what use decides, a scalar before a row. */
function kindCosts(name: string, squareOnly: boolean): [Kind, number][] {
  const upper = /^[A-Z]/.test(name);
  const all: [Kind, number][] = upper
    ? [
        ['matrix', 0],
        ['scalar', 2],
        ['column', 2],
        ['row', 3],
      ]
    : [
        ['column', 0],
        ['scalar', 1],
        ['row', 3],
        ['matrix', 3],
      ];
  // Assumed square (spd, invertible, …): a matrix whatever the case of its name.
  return squareOnly
    ? [
        ['matrix', 0],
        ['scalar', 2],
      ]
    : all;
}

const SQUARE_ASSUMPTIONS = new Set(['invertible', 'symmetric', 'spd', 'orthogonal', 'diagonal']);
const SIZE_FUNCTIONS = new Set(['eye', 'ones', 'zeros']);

/** How an expression on trial relates to the rest. */
export type Relation =
  /** Of the shape of this variable (a gradient G, the Hessian map H[dW]). */
  | { like: string }
  /** Of the shape of f (a differential dF, an identity's right side). */
  | 'f'
  /** The n×n matrix of a column (or scalar) W of length n (a Hessian in matrix form). */
  | { squareOf: string }
  /** The Jacobian of F with respect to W: (entries of F) × (entries of W). */
  | { jacobianOf: string };

/** What inference is given. */
export interface InferInput {
  /** The function (f, F, lhs) and its field for messages. */
  f: string;
  fField?: Field;
  /** The expressions on trial (a claim, a gradient) and how their shape relates. */
  claims?: readonly { text: string; field: Field; relation: Relation }[];
  /** The variables differentiated: `dW` in a claim has W's shape. */
  wrt?: readonly string[];
  /** `scalar`: f must be a scalar (a gradient, a Hessian); `prefer`: a scalar where only lowercase factors decide it (derive). */
  fScalar?: boolean | 'prefer';
  /** The shapes given (`--shape`): they always win. */
  given: Readonly<Record<string, string>>;
  assume?: Readonly<Record<string, string | readonly string[]>>;
}

/** The completed shapes, and which of them were inferred (empty when everything was given). */
export interface Inferred {
  shapes: Record<string, string>;
  inferred: string[];
}

interface Parsed {
  node: MathNode;
  text: string;
  field: Field;
}

/** The names a tree reads: variables, and the letters it uses as sizes (eye(n), ones(m,n)). */
function namesOf(node: MathNode, vars: Set<string>, sizes: Set<string>): void {
  const visit = (n: MathNode, inSize: boolean) => {
    const x = n as MathNode & { name?: string; fn?: { name?: string } | string; args?: MathNode[] };
    if (n.type === 'SymbolNode') {
      const name = x.name!;
      if (name in CONSTANTS || OPS_BY_NAME.has(name)) return;
      (inSize ? sizes : vars).add(name);
      return;
    }
    if (n.type === 'FunctionNode') {
      const fname = (x.fn as { name?: string }).name ?? '';
      for (const a of x.args ?? []) visit(a, inSize || SIZE_FUNCTIONS.has(fname));
      return;
    }
    n.forEach((c) => visit(c, inSize));
  };
  visit(node, false);
}

/** Symbols of the differentials dW (W in wrt), which are directions, not variables. */
const directions = (wrt: readonly string[]) => new Map(wrt.map((w) => [`d${w}`, w]));

/**
 * Completes the shapes: returns the given ones untouched when every variable has one, else the
 * inferred ones beside them. Throws InputError on a real ambiguity or an inconsistency. A parse
 * error is left to the compiler (the given shapes are returned), which names it with its position.
 */
export function inferShapes(input: InferInput): Inferred {
  const given = { ...input.given };
  const wrt = input.wrt ?? [];
  const dirs = directions(wrt);
  let f: Parsed;
  const claims: (Parsed & { relation: Relation })[] = [];
  try {
    f = { node: parseExpression(input.f), text: input.f, field: input.fField ?? 'f' };
    for (const c of input.claims ?? []) if (c.text.trim() !== '') claims.push({ node: parseExpression(c.text), text: c.text, field: c.field, relation: c.relation });
  } catch {
    return { shapes: given, inferred: [] };
  }
  const givenShapes: Record<string, GivenShape> = {};
  for (const [k, v] of Object.entries(given)) {
    try {
      givenShapes[k] = parseShape(v, k);
    } catch {
      return { shapes: given, inferred: [] }; // prepare names the bad --shape
    }
  }
  const letters = new Set(Object.values(givenShapes).flatMap((s) => [s.rows, s.cols].filter((d): d is string => typeof d === 'string')));
  const fVars = new Set<string>(),
    claimVars = new Set<string>();
  namesOf(f.node, fVars, letters);
  for (const c of claims) namesOf(c.node, claimVars, letters);
  const isVar = (n: string) => !letters.has(n) && !dirs.has(n);
  // A --wrt or --assume naming a variable no expression uses is most likely a typo: it is left
  // without a shape, for prepare to name it.
  const fUnknown = [...fVars].filter((n) => isVar(n) && !(n in given));
  const claimUnknown = [...claimVars].filter((n) => isVar(n) && !(n in given) && !fUnknown.includes(n));
  if (fUnknown.length + claimUnknown.length === 0) return { shapes: given, inferred: [] };
  const squareOnly = new Set(
    Object.entries(input.assume ?? {})
      .filter(([, v]) => (typeof v === 'string' ? v.split(',') : [...v]).some((a) => SQUARE_ASSUMPTIONS.has(a.trim().toLowerCase())))
      .map(([k]) => k),
  );
  const space = { f, claims, givenShapes, letters, dirs, squareOnly, fScalar: input.fScalar };
  const phase1 = fUnknown;
  let solutions: Solution[];
  try {
    solutions = solve(space, phase1, claimUnknown, input);
  } catch (e) {
    if (e instanceof NoRule) return { shapes: given, inferred: [] };
    throw e;
  }
  const chosen = solutions[0]!;
  const inferred = [...phase1, ...claimUnknown];
  return { shapes: { ...given, ...Object.fromEntries(inferred.map((n) => [n, chosen.shapes[n]!])) }, inferred };
}

interface Space {
  f: Parsed;
  claims: (Parsed & { relation: Relation })[];
  givenShapes: Record<string, GivenShape>;
  letters: Set<string>;
  dirs: Map<string, string>;
  squareOnly: Set<string>;
  fScalar?: boolean | 'prefer';
}

interface Solution {
  kinds: Record<string, Kind>;
  cost: number;
  shapes: Record<string, string>;
}

/** Most readings tried before giving up (each is one pass over the trees). */
const MAX_TRIALS = 20_000;

/** The readings of least cost: phase 1 (f) first, then the claim-only symbols with the claims; one unless ambiguous. */
function solve(space: Space, phase1: string[], claimOnly: string[], input: InferInput): Solution[] {
  const trials = { n: 0 };
  const wantScalar = space.fScalar === true;
  let first = cheapest(space, phase1, {}, { claims: false, scalar: wantScalar }, trials);
  if (space.fScalar === 'prefer') {
    // derive: a scalar f when the only difference is lowercase non-wrt factors taken as scalars
    // (lambda*norm(w)^2), never by making the variable or a matrix a scalar (softmax(x), A*x).
    const scalar = cheapest(space, phase1, {}, { claims: false, scalar: true }, trials);
    const wrt = new Set(input.wrt ?? []);
    const onlyFactors = (s: Solution) =>
      first.some((u) => Object.keys(s.kinds).every((n) => s.kinds[n] === u.kinds[n] || (!wrt.has(n) && /^[a-z]/.test(n) && s.kinds[n] === 'scalar' && u.kinds[n] === 'column')));
    if (scalar.length && (first.length === 0 || scalar[0]!.cost === first[0]!.cost || scalar.every(onlyFactors))) first = scalar;
  }
  if (first.length === 0) throw inconsistency(space, phase1, wantScalar);
  // The claims: they choose among f's readings and give the claim-only symbols theirs.
  let best: Solution[] = [];
  for (const s of first) {
    const ext = cheapest(space, claimOnly, s.kinds, { claims: true, scalar: wantScalar || isScalarF(space, s) }, trials);
    if (ext.length === 0) continue;
    const cost = ext[0]!.cost;
    if (best.length === 0 || cost < best[0]!.cost) best = ext;
    else if (cost === best[0]!.cost) best.push(...ext);
  }
  if (best.length === 0) {
    // No reading of f fits the claim: keep f's (the check then refutes the claim on its shape).
    if (first.length > 1) throw ambiguity(first, phase1);
    const kinds = { ...first[0]!.kinds, ...Object.fromEntries(claimOnly.map((n) => [n, kindCosts(n, space.squareOnly.has(n))[0]![0]])) };
    const s = attempt(space, kinds, { claims: false, scalar: wantScalar });
    if (!s) throw inconsistency(space, phase1, wantScalar);
    return [s];
  }
  const distinct = dedupe(best);
  if (distinct.length > 1) throw ambiguity(distinct, [...phase1, ...claimOnly]);
  return distinct;
}

function isScalarF(space: Space, s: Solution): boolean {
  const t = trace(space, s.kinds, { claims: false, scalar: false });
  return !!t && t.dims.isOne(t.f.r) && t.dims.isOne(t.f.c);
}

function dedupe(ss: Solution[]): Solution[] {
  const seen = new Map<string, Solution>();
  for (const s of ss) {
    const key = JSON.stringify(s.shapes);
    if (!seen.has(key)) seen.set(key, s);
  }
  return [...seen.values()];
}

/**
 * The consistent readings of least total cost for `names` (the others fixed in `fixed`), trying
 * costs 0, 1, 2, … in turn.
 */
function cheapest(space: Space, names: string[], fixed: Record<string, Kind>, mode: Mode, trials: { n: number }): Solution[] {
  const options = names.map((n) => kindCosts(n, space.squareOnly.has(n)));
  const maxCost = options.reduce((s, o) => s + Math.max(...o.map(([, c]) => c)), 0);
  for (let level = 0; level <= maxCost; level++) {
    const found: Solution[] = [];
    const kinds: Record<string, Kind> = { ...fixed };
    const rec = (i: number, left: number) => {
      if (i === names.length) {
        if (left !== 0) return;
        if (++trials.n > MAX_TRIALS) throw new InputError(`too many variables without a shape to infer them all (${names.join(', ')}); give some with --shape`, 'shape');
        const s = attempt(space, kinds, mode);
        if (s) found.push({ ...s, cost: level });
        return;
      }
      for (const [k, c] of options[i]!) {
        if (c > left) continue;
        kinds[names[i]!] = k;
        rec(i + 1, left - c);
      }
      delete kinds[names[i]!];
    };
    rec(0, level);
    if (found.length) return found;
  }
  return [];
}

interface Mode {
  claims: boolean;
  scalar: boolean;
}

interface Traced {
  dims: Dims;
  vars: Map<string, Sym>;
  f: Sym;
}

/** One reading: the variables' kinds, the sizes unified over the trees; null on a conflict. */
function trace(space: Space, kinds: Record<string, Kind>, mode: Mode, conflict?: { message?: string }): Traced | null {
  const dims = new Dims();
  const one = dims.constant(1);
  const vars = new Map<string, Sym>();
  const dimOf = (d: number | string) => (typeof d === 'number' ? dims.constant(d) : dims.named(d));
  for (const [n, s] of Object.entries(space.givenShapes)) vars.set(n, { r: dimOf(s.rows), c: dimOf(s.cols) });
  const shapeOfVar = (name: string): Sym => {
    const got = vars.get(name);
    if (got) return got;
    const k = kinds[name] ?? kindCosts(name, space.squareOnly.has(name))[0]![0];
    const s: Sym = k === 'scalar' ? { r: one, c: one } : k === 'column' ? { r: dims.fresh(), c: one } : k === 'row' ? { r: one, c: dims.fresh() } : { r: dims.fresh(), c: dims.fresh() };
    vars.set(name, s);
    return s;
  };
  const kit = (text: string, args: readonly string[], literals: readonly (number | undefined)[]): ShapeKit => ({
    same: (a, b, what) => dims.unify(a, b, () => `${what} (${dims.text(a)} ≠ ${dims.text(b)})`),
    isScalar: (s) => dims.isOne(s.r) && dims.isOne(s.c),
    isOne: (d) => dims.isOne(d),
    one,
    product: (a, b) => dims.product(a, b),
    text,
    args,
    literals,
  });
  const sizeArg = (n: MathNode): number => {
    const x = n as MathNode & { value?: unknown; name?: string; fn?: string; args?: MathNode[]; content?: MathNode };
    if (n.type === 'ConstantNode' && typeof x.value === 'number' && Number.isInteger(x.value)) return dims.constant(x.value);
    if (n.type === 'SymbolNode') return dims.named(x.name!);
    if (n.type === 'ParenthesisNode') return sizeArg(x.content!);
    if (n.type === 'OperatorNode' && x.fn === 'multiply') return dims.product(sizeArg(x.args![0]!), sizeArg(x.args![1]!));
    throw new NoRule(`the size ${n.toString()}`);
  };
  const walk = (n: MathNode): Sym => {
    const x = n as MathNode & { value?: unknown; name?: string; fn?: string | { name?: string }; args?: MathNode[]; content?: MathNode };
    switch (n.type) {
      case 'ConstantNode':
        return { r: one, c: one };
      case 'SymbolNode': {
        const name = x.name!;
        if (name in CONSTANTS || space.letters.has(name)) return { r: one, c: one };
        const w = space.dirs.get(name);
        return shapeOfVar(w ?? name);
      }
      case 'ParenthesisNode':
        return walk(x.content!);
      case 'ArrayNode': {
        const items = (n as MathNode & { items: MathNode[] }).items;
        const rows = items.every((it) => it.type === 'ArrayNode') ? items.map((it) => (it as MathNode & { items: MathNode[] }).items) : [items];
        for (const cell of rows.flat()) {
          const s = walk(cell);
          const k = kit(n.toString(), [], []);
          k.same(s.r, one, `${n.toString()}: matrix literals hold numbers`);
          k.same(s.c, one, `${n.toString()}: matrix literals hold numbers`);
        }
        return { r: dims.constant(rows.length), c: dims.constant(rows[0]?.length ?? 0) };
      }
      case 'FunctionNode':
      case 'OperatorNode': {
        const raw = n.type === 'FunctionNode' ? ((x.fn as { name?: string }).name ?? '') : (x.fn as string);
        const name = raw === 'ctranspose' ? 'transpose' : raw;
        const args = x.args ?? [];
        if (SIZE_FUNCTIONS.has(name)) {
          const r = sizeArg(args[0]!);
          const c = args[1] ? sizeArg(args[1]) : name === 'eye' ? r : one;
          return { r, c };
        }
        const op = OPS_BY_NAME.get(name);
        const literalIndex = op?.literal?.index;
        const shapes = args.map((a, i) => (i === literalIndex ? { r: one, c: one } : walk(a)));
        const literals = args.map((a) => {
          const v = (a as MathNode & { value?: unknown }).value;
          return a.type === 'ConstantNode' && typeof v === 'number' ? v : undefined;
        });
        const rule = SHAPE_RULES[name] ?? (op?.elementwise ? same : op ? entryRule(op, args, dims) : undefined);
        if (!rule) throw new NoRule(name);
        return rule(
          shapes,
          kit(
            `\`${n.toString()}\``,
            args.map((a) => `\`${a.toString()}\``),
            literals,
          ),
        );
      }
      default:
        throw new NoRule(n.type);
    }
  };
  try {
    for (const n of space.squareOnly) {
      const s = shapeOfVar(n);
      dims.unify(s.r, s.c, () => `${n} is assumed square`);
    }
    const fs = walk(space.f.node);
    if (mode.scalar) {
      dims.unify(fs.r, one, () => `${space.f.field} must be a scalar`);
      dims.unify(fs.c, one, () => `${space.f.field} must be a scalar`);
    }
    // The sizes f leaves free, each its own: a claim may not tie them (it would be checked only
    // where they agree, so a claim right only for square matrices would pass).
    const fFree = [...vars.values()].flatMap((v) => [v.r, v.c]).filter((d) => dims.valueOf(d) === undefined && dims.labelOf(d) === undefined && !dims.factorsOf(d));
    const roots = new Set(fFree.map((d) => dims.find(d)));
    if (mode.claims)
      for (const c of space.claims) {
        const cs = walk(c.node);
        const rel = c.relation;
        const want: Sym =
          rel === 'f'
            ? fs
            : 'like' in rel
              ? shapeOfVar(rel.like)
              : 'squareOf' in rel
                ? { r: shapeOfVar(rel.squareOf).r, c: shapeOfVar(rel.squareOf).r }
                : { r: dims.product(fs.r, fs.c), c: dims.product(shapeOfVar(rel.jacobianOf).r, shapeOfVar(rel.jacobianOf).c) };
        dims.unify(cs.r, want.r, () => `${c.field} has the wrong number of rows`);
        dims.unify(cs.c, want.c, () => `${c.field} has the wrong number of columns`);
        const after = new Set(fFree.map((d) => dims.find(d)));
        if (after.size !== roots.size || fFree.some((d) => dims.valueOf(d) !== undefined)) throw new Conflict(`${c.field} ties sizes that f leaves free`);
      }
    // Every variable named gets a shape, even one only the wrt names.
    for (const n of Object.keys(kinds)) shapeOfVar(n);
    return { dims, vars, f: fs };
  } catch (e) {
    if (e instanceof Conflict) {
      if (conflict) conflict.message = e.message;
      return null;
    }
    throw e;
  }
}

/**
 * An operation's own shape rule (its entry in engine/ops/), on the sizes found so far: each size
 * class is handed to it as a name of its own (`#3`), and what it returns is read back; a mismatch
 * it reports is a conflict. It compares sizes and cannot unify them, which is why the operations
 * that must unify (SHAPE_RULES) have rules here.
 */
function entryRule(op: Op, argNodes: readonly MathNode[], dims: Dims): ShapeRule {
  return (args, k) => {
    const out = (d: number): Dim => dims.valueOf(d) ?? `#${dims.find(d)}`;
    const back = (d: Dim): number => {
      if (typeof d === 'number') return dims.constant(d);
      const parts = d.split('*');
      if (parts.length > 1) return parts.map(back).reduce((a, b) => dims.product(a, b));
      if (/^#\d+$/.test(d)) return Number(d.slice(1));
      if (/^\d+$/.test(d)) return dims.constant(Number(d));
      return dims.named(d);
    };
    const nodes = argNodes.map((a) => {
      try {
        return fromMath(a, a.toString(), '');
      } catch {
        return { k: 'str', v: a.toString() } as const;
      }
    });
    const dimOf = (n: Node): Dim => {
      if (n.k === 'num') return n.v;
      if (n.k === 'sym') return n.name;
      if (n.k === 'call' && n.name === 'multiply') return `${dimOf(n.args[0]!)}*${dimOf(n.args[1]!)}`;
      throw new NoRule(`the size ${print(n)}`);
    };
    const s = op.shape(
      args.map((a) => ({ rows: out(a.r), cols: out(a.c) })),
      {
        nodes,
        dim: dimOf,
        text: k.text,
        bad: (why) => {
          throw new Conflict(why);
        },
      },
    );
    return { r: back(s.rows), c: back(s.cols) };
  };
}

/** Letters for sizes use leaves free, in the order people expect. */
const LETTERS = ['m', 'n', 'k', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'a', 'b', 'c', 'd', 'g', 'h', 'j', 'l', 'o', 'y', 'z', 'f', 'i'];

function attempt(space: Space, kinds: Record<string, Kind>, mode: Mode): Solution | null {
  const t = trace(space, kinds, mode);
  if (!t) return null;
  const { dims, vars } = t;
  // Names: the free classes in the order the variables appear, matrices first (X is m×n, so w is
  // n and y is m in ‖Xw − y‖), rows before columns; a single free size is n, as in x'*A*x.
  const isMatrix = (n: string) => !dims.isOne(vars.get(n)!.r) && !dims.isOne(vars.get(n)!.c);
  const order = [...vars.keys()].sort((a, b) => Number(isMatrix(b)) - Number(isMatrix(a)));
  const free: number[] = [];
  const visit = (d: number): void => {
    const r = dims.find(d);
    if (dims.valueOf(r) !== undefined || dims.labelOf(r) !== undefined || free.includes(r)) return;
    const f = dims.factorsOf(r);
    if (f) {
      visit(f[0]);
      visit(f[1]);
    } else free.push(r);
  };
  for (const n of order) {
    visit(vars.get(n)!.r);
    visit(vars.get(n)!.c);
  }
  const taken = new Set<string>([...space.letters, ...order, 'x', 'e']);
  const pool = (free.length === 1 ? ['n', ...LETTERS] : LETTERS).filter((l) => !taken.has(l));
  if (free.length > pool.length) throw new InputError(`too many sizes to name (${free.length}); give some with --shape`, 'shape');
  const names = new Map(free.map((c, i) => [c, pool[i]!]));
  const shapes: Record<string, string> = {};
  for (const n of Object.keys(kinds)) {
    const s = vars.get(n)!;
    const [r, c] = [dims.text(s.r, names), dims.text(s.c, names)];
    if (r.includes('*') || c.includes('*')) throw new InputError(`${n} would be ${r}x${c} (a size that is a product, from kron), which --shape cannot write; give ${n}'s shape with --shape`, 'shape');
    shapes[n] = c === '1' ? r : `${r}x${c}`;
  }
  return { kinds: { ...kinds }, cost: 0, shapes };
}

function ambiguity(ss: Solution[], names: string[]): InputError {
  const differing = names.filter((n) => new Set(ss.map((s) => s.shapes[n])).size > 1);
  const parts = differing.map((n) => {
    const options = [...new Map(ss.map((s) => [s.shapes[n], `${KIND_TEXT[s.kinds[n]!]} (${n}=${s.shapes[n]})`])).values()];
    return `${n} could be ${options.join(' or ')}`;
  });
  const example = differing[0]!;
  return new InputError(`the shapes are ambiguous: ${parts.join('; ')}. Say which with --shape, e.g. --shape ${example}=${ss[0]!.shapes[example]}`, 'shape');
}

function inconsistency(space: Space, names: string[], scalar: boolean): InputError {
  const why: { message?: string } = {};
  const defaults = Object.fromEntries(names.map((n) => [n, kindCosts(n, space.squareOnly.has(n))[0]![0]]));
  trace(space, defaults, { claims: false, scalar }, why);
  const given = Object.keys(space.givenShapes).length ? ' with the shapes given' : '';
  return new InputError(
    `${space.f.field}: no shapes of ${names.join(', ')} fit how ${space.f.field} uses them${given}${why.message ? ` (${why.message})` : ''}${scalar ? `, and ${space.f.field} must be a scalar` : ''}; give the shapes with --shape`,
    space.f.field,
  );
}
