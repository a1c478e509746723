/**
 * The shape of one entry of the table of operations (OpInfo's idea: every function and operator of
 * the expression syntax is data, defined once). Every field is required unless it says why not, so
 * an entry without its doc, bound, LaTeX, differential, shape rule, printing, PyTorch name, domain or
 * emitted code does not compile (ops/incomplete.fixture.ts, compiled by ops.test.ts).
 */
import type { MathNode } from 'mathjs';
import type { Node } from '../ast.js';
import type { Budget } from '../budget.js';
import type { Mat } from '../matrix.js';
import type { Dim, Shape } from '../shapes.js';

/** A value and, when the evaluation asked for it, a bound e ≥ |fl(v) − v| entry by entry. */
export interface VE {
  readonly v: Mat;
  /** Present exactly when the evaluation computes bounds ({@link EvalContext.bound}). */
  readonly e?: Mat;
}

/** What an operation is given besides its arguments. */
export interface EvalContext {
  /** Compute the running error bound too (the arguments then carry theirs). */
  readonly bound: boolean;
  readonly budget: Budget;
  /** The subexpression in backquotes, for messages. */
  readonly text: string;
  /** The arguments' texts in backquotes, for messages. */
  readonly args: readonly string[];
  /** The value of the literal argument, for an operation that has one ({@link Op.literal}). */
  readonly literal?: unknown;
  /** A power whose exponent depends on a variable (its move is collected like the arguments of `scale: 'own'`). */
  readonly variableExponent: boolean;
  /** The rows and columns of a matrix literal (its entries are the arguments, row by row). */
  readonly layout?: Layout;
}

/** The rows and columns of a matrix literal. */
export interface Layout {
  readonly rows: number;
  readonly cols: number;
}

/** Precedence of rendered LaTeX: larger binds tighter. */
export const P = { Sum: 1, Product: 2, Unary: 3, Power: 4, Postfix: 5, Atom: 6 } as const;
export type Prec = (typeof P)[keyof typeof P];

/** A rendered subexpression and what its parent needs to know to parenthesise it. */
export interface Tex {
  tex: string;
  prec: Prec;
  /** The product operator at the top (`*`, `.*`, `./`, `kron`), to parenthesise mixtures. */
  op?: string;
  /** It ends in a superscript: a transpose or power must parenthesise it (no double superscripts). */
  sup?: boolean;
  /** It starts with a minus sign: parenthesised after an operator. */
  neg?: boolean;
  /** It is a plain number. */
  num?: boolean;
  /** A scalar factor (a number, or a product with a number in front): commutes with every product. */
  scalarFactor?: boolean;
  /** A fraction: parenthesised before a superscript. */
  frac?: boolean;
  /** A differential dX itself: parenthesised before a superscript, since dX⁻¹ reads as d(X⁻¹). */
  diff?: boolean;
  /** It starts or ends with a differential: a thin space separates it from a neighbouring factor. */
  startsDiff?: boolean;
  endsDiff?: boolean;
}

/** The renderer's helpers an operation's LaTeX may use (engine/tex.ts). */
export interface TexKit {
  /** Wraps in parentheses, sized when the content is tall. */
  paren(tex: string): string;
  /** A base that will carry a superscript (parenthesised unless it is an atom). */
  base(t: Tex): string;
  /** A function written with its own parentheses: op(x). */
  call(op: string, arg: Tex): Tex;
  /** A product of two factors, `*`, `.*` or `./` (parentheses between different kinds of product). */
  product(fn: 'multiply' | 'dotMultiply' | 'dotDivide', a: Tex, b: Tex): Tex;
  /** A dimension argument of eye/ones/zeros: plain, whatever the shapes say. */
  dim(n: MathNode): string;
}

/** What the derivation engine knows about the names (properties/derive/context.ts implements it). */
export interface DiffContext {
  shape(n: Node): Shape;
  isScalar(n: Node): boolean;
  /** ones(r) or ones(r,c) of the given shape. */
  ones(s: Shape): Node;
  /** eye(n) of the given size. */
  eye(d: Dim): Node;
  /** Do the sizes of n fit (its shape can be inferred)? */
  fits(n: Node): boolean;
}

/** What a symbolic shape rule is given besides the arguments' shapes. */
export interface ShapeInput {
  /** The arguments as written (a dimension or literal argument is read from its node). */
  readonly nodes: readonly Node[];
  /** The size an argument names (eye(n), ones(m,n)): a number, a letter or a product of them. */
  dim(n: Node): Dim;
  /** The call, printed, for messages. */
  readonly text: string;
  /** The rows and columns of a matrix literal (only for the `matrix` entry). */
  readonly layout?: Layout;
  /** Stops: the sizes do not fit (the message names what is at fault). */
  bad(why: string): never;
}

/**
 * Where an operation is defined and smooth (OpInfo's `domain`): read by `mcv --help`, the guide and
 * the loop test's generators (ops.test.ts draws its points inside).
 */
export interface Domain {
  /** In words, e.g. `x > 0`, `X invertible`, `everywhere`. */
  readonly where: string;
  /**
   * For an entrywise operation: is this entry of the (first) argument inside, away from the
   * kinks and singularities? Absent: every real entry is.
   */
  readonly entry?: (x: number) => boolean;
  /** The matrix argument must be drawn invertible (inv, det, logdet, A/B, negative matrix powers). */
  readonly invertible?: boolean;
  /** At a kink: the derivative mcv derive uses there and why (shown by `mcv --help` and the guide); absent for a smooth operation. */
  readonly kink?: string;
  /** For an entrywise operation with a kink: are these entries (one per argument) on it? (a refutation there says so: properties/oracle/kinks.ts) */
  readonly onKink?: (...entries: number[]) => boolean;
}

/** How the derivation engine's printer writes a call (engine/ast.ts `print`). */
export type Printing =
  /** name(a, b) */
  | { readonly form: 'call' }
  /** a SYMBOL b: `prec` its own precedence, `left`/`right` the least precedence an operand keeps unparenthesised; products of another `group` are parenthesised (A*(B.*C)). */
  | {
      readonly form: 'infix';
      readonly symbol: string;
      readonly prec: number;
      readonly left: number;
      readonly right: number;
      readonly group?: string;
      /** A right side that prints with a leading minus is printed without it after this symbol instead (`a + -1` as `a - 1`, `a + -2*X` as `a - 2*X`, `a - -1` as `a + 1`), as people write it. */
      readonly negativeRight?: string;
    }
  /** SYMBOL a */
  | { readonly form: 'prefix'; readonly symbol: string; readonly prec: number; readonly operand: number }
  /** a SYMBOL */
  | { readonly form: 'postfix'; readonly symbol: string; readonly prec: number; readonly operand: number };

/** What the transpose of a linear operation is given: the reverse pass (derive.ts `Adjoint`) over df. */
export interface TransposeInput {
  /** The call L, linear in dW. */
  node: Node & { k: 'call' };
  /** Does this argument depend on dW? */
  dep(n: Node): boolean;
  /** The adjoint A of Tr(Aᵀ L). */
  A: Node;
  ctx: DiffContext;
  /** Passes the adjoint on: Tr(Aᵀ L) = Tr(A'ᵀ arg) for the argument `arg`. */
  back(arg: Node, A: Node): void;
  /** Cites a catalogue trace rule. */
  rule(id: string): void;
  /** A sentence for the line (what no rule states word for word). */
  note(because: string): void;
  /** Stops with "unsupported", naming this operation. */
  unsupported(why: string): never;
  /** Stops: no trace rule brings L to the form Tr(Gᵀ dW). */
  internal(): never;
}

/**
 * What the Hessian read-off of a linear operation is given (properties/derive/hessian.ts): for a
 * scalar or column w, H[dw] = M dw, with dw factored to the right.
 */
export interface ReadOffInput {
  node: Node & { k: 'call' };
  ctx: DiffContext;
  /** Does n depend on dw? */
  dep(n: Node): boolean;
  /** M of a column (or scalar) n linear in dw: n = M dw. */
  m(n: Node): Node;
  /** The row r of a scalar s linear in dw, s = r dw: its gradient transposed, by the trace rules. */
  row(s: Node): Node;
  /** Records a sentence for the line (what no rule states word for word). */
  note(because: string): void;
  /** Stops: no matrix is read off (the map form stands). */
  unsupported(why: string): never;
}

/**
 * A linear or bilinear operation (JAX's `deflinear`/`defbilinear`): its transpose, once, for the
 * reverse pass, and its share of the Hessian's matrix.
 */
export interface Linearity {
  /** `linear` in its arguments that depend on the variable (the others are constants); `bilinear`: linear in each argument, the other fixed. */
  readonly kind: 'linear' | 'bilinear';
  /** Tr(Aᵀ L) as a sum of Tr(A'ᵀ arg) over the arguments that depend on dW. */
  transpose(x: TransposeInput): void;
  /** Its share of M in H[dw] = M dw; `none`: not read off as a matrix (the map form stands). */
  readonly readOff: ((x: ReadOffInput) => Node) | 'none';
  /** (op(a, b))ᵀ written with the transposes inside, where that is how it is read off; absent: kept as is. */
  readonly transposed?: (args: readonly Node[]) => Node;
}

/** What an operation's differential is given. */
export interface DiffInput {
  node: Node & { k: 'call' };
  args: readonly Node[];
  /** The differentials of the arguments; null = 0 (the argument does not depend on the variable). */
  dargs: readonly (Node | null)[];
  ctx: DiffContext;
  /** Stops with "unsupported": names the construct (the position is found by the caller). */
  unsupported(why: string): never;
}

/** The differential of one operation, for the derivation engine (properties/derive). */
export interface OpDifferential {
  /** Ids of the catalogue rules that state this differential ([] only when `d` always stops as unsupported). */
  rules: readonly string[];
  /** A sentence when the rule is applied in a form it does not state word for word. */
  because?: (x: DiffInput) => string | undefined;
  /** The differential, linear in dW; null when it is 0. */
  d(x: DiffInput): Node | null;
  /**
   * A rule for the whole call that the arguments' differentials cannot give, consulted before them
   * (Tr(Xᵏ) for a size letter k, whose d(Xᵏ) has k terms no expression of the syntax can list);
   * undefined where it does not apply. Optional: most operations have none.
   */
  whole?(x: WholeInput): { d: Node | null; rules: readonly string[]; because?: string } | undefined;
}

/** What {@link OpDifferential.whole} is given: the call, and the differential of any node. */
export interface WholeInput {
  node: Node & { k: 'call' };
  args: readonly Node[];
  ctx: DiffContext;
  /** The differential of a node (null = 0), with the rules it applies cited. */
  d(n: Node): Node | null;
  /** Whether a node is a size letter of the shapes (a whole number ≥ 1 in every case). */
  isDimension(n: Node): boolean;
}

/** An argument read from the text rather than evaluated (norm's `'fro'` or 2). */
export interface Literal {
  /** Its position among the arguments. */
  readonly index: number;
  /** Its value, or a message saying what is allowed. */
  parse(node: MathNode, text: string): { value: unknown } | { error: string };
}

/** One operation of the expression syntax. */
export interface Op {
  /** The engine's name: mathjs's operator name (`add`, `dotMultiply`, …) or the function's name. */
  readonly name: string;
  /** How it is written, e.g. `A .* B` or `trace(X)`; the first form is the main one. */
  readonly syntax: readonly [string, ...string[]];
  /** `function`: called by name; `operator`: written with a symbol; `literal`: a matrix [a, b; c, d]. */
  readonly form: 'function' | 'operator' | 'literal';
  /** Fewest and most arguments (the matrix literal: any number of entries). */
  readonly arity: readonly [number, number];
  /** One line for `mcv --help` and the guide. */
  readonly doc: string;
  /** Elementwise function of one argument: listed together in help texts. */
  readonly elementwise: boolean;
  /**
   * False when it has a singularity, kink or domain edge (inv, log, abs, division, powers): there a
   * finite difference must also look at very small steps, because a singular point closer than
   * the step can masquerade as smoothness.
   */
  readonly smooth: boolean;
  /**
   * `free`: a relative move of the input is a relative move of the output (log, sqrt, inv, det),
   * so a step relative to the inputs suits it at any scale. `own`: its curve bends over a fixed
   * distance in its argument (sin(x + 2π) = sin(x), exp(x + 1) = e·exp(x)), so the oracle's step
   * must keep the argument's moves small in absolute terms. `exponent`: a power, whose curve bends
   * like exp's in y·log|x| when its exponent y depends on a variable.
   */
  readonly scale: 'free' | 'own' | 'exponent';
  /** An argument read from the text (norm's p). */
  readonly literal?: Literal;
  /**
   * The value and, when `c.bound`, its running error bound, in one pass: the value compared is the
   * value whose error is bounded. Checks shapes (ShapeError) and accounts work (budget.ts).
   */
  evaluate(args: readonly VE[], c: EvalContext): VE;
  /** LaTeX from the rendered arguments (`nodes` are the arguments as parsed; `layout` that of a matrix literal). */
  tex(args: readonly Tex[], nodes: readonly MathNode[], k: TexKit, layout?: Layout): Tex;
  /** Its differential for the derivation engine; `constant` for values that never depend on a variable. */
  readonly differential: OpDifferential | 'constant';
  /**
   * The symbolic shape of a call from its arguments' shapes (sizes are numbers or letters), for
   * the derivation engine (properties/derive/context.ts); `x.bad(why)` when they do not fit.
   */
  shape(args: readonly Shape[], x: ShapeInput): Shape;
  /** `linear`/`bilinear` with its transpose (reverse pass, Hessian read-off); `nonlinear` otherwise. */
  readonly linearity: Linearity | 'nonlinear';
  /** How the derivation engine's printer writes it. */
  readonly printing: Printing;
  /**
   * The Python callable the bench's PyTorch translation calls (a torch function or a helper of
   * bench/gradcheck.py). Not merged with `code.torch`: the bench translates the parsed expression
   * with no symbolic shapes, every value a 2-D tensor and each helper deciding at run time
   * (`op_mul` looks whether a side is 1×1), while `code.torch` decides at emit time from the shapes
   * the derivation engine inferred (1-D arrays for vectors, `@` or `torch.outer` or a solve). One
   * field would make the bench infer shapes, or the emitted code give up the libraries' idiom.
   */
  readonly torch: string;
  /** Where it is defined and smooth, and what it does at a kink. */
  readonly domain: Domain;
  /**
   * The value in mathjs's syntax of its arguments (`x`, or `a` and `b`), evaluated with 60-digit
   * numbers by the loop test (ops.test.ts) to measure the rounding the bound must cover; absent
   * where no high-precision reference is cheap (the bounds are then tested in engine/bounds.test.ts).
   */
  readonly reference?: string;
  /** Its code in each target library of `mcv derive --emit` (properties/emit reads it; helpers in ops/code.ts). */
  readonly code: OpCodes;
  /**
   * What the simplifier may use about its value beyond the rewrite identities (properties/derive/simplify.ts
   * reads it): which assumptions its value inherits or implies, and exact arithmetic on numbers.
   * Absent: nothing is known of its value but what the identities say.
   */
  readonly facts?: ValueFacts;
  /**
   * Which of two equally short forms a person writes, where the operation has a say: the
   * simplifier's tie-breaks when it extracts the shortest form (properties/derive/simplify.ts).
   * Absent: no preference.
   */
  readonly written?: WrittenAs;
}

/** Preferences of notation, each about this operation's calls (see {@link Op.written}). */
export interface WrittenAs {
  /** A chain of it is bracketed from the left: A*B*C, not A*(B*C). */
  readonly leftToRight?: boolean;
  /** Its scalar operand goes first: 2*A and s*x*x', not A*2 or x*s*x'. */
  readonly scalarsFirst?: boolean;
  /** A sign on its first operand is put in front of the whole: -(A*B), not (-A)*B. */
  readonly signInFront?: boolean;
  /** Written only where a plainer operation would not do the same: s*t for scalars, not s .* t. */
  readonly onlyWhereNeeded?: boolean;
  /** A sign (−A): kept outside products and transposes. */
  readonly isSign?: boolean;
  /** A transpose: put on names (B'*A', not (A*B)') and outside calls (inv(X)', not inv(X')). */
  readonly isTranspose?: boolean;
  /** Transposed, it is written with the transpose on its operands: B'*A', not (A*B)'. */
  readonly transposedByParts?: boolean;
}

/**
 * Facts about an operation's value that hold wherever the call is defined, for the simplifier's
 * guards (an identity that needs `A symmetric` applies to inv(A) when A is symmetric) and its
 * constant folding. Each is elementary linear algebra or arithmetic, stated once here.
 */
export interface ValueFacts {
  /** Entrywise positive wherever it is defined (exp). */
  readonly positive?: boolean;
  /** Symmetric whenever its (only) argument is: (A⁻¹)ᵀ = (Aᵀ)⁻¹ = A⁻¹, (−A)ᵀ = −A. */
  readonly keepsSymmetric?: boolean;
  /** Invertible whenever its (only) argument is: (A⁻¹)⁻¹ = A, (Aᵀ)⁻¹ = (A⁻¹)ᵀ. */
  readonly keepsInvertible?: boolean;
  /** Symmetric whatever its argument when called with this many arguments (eye(n) = I; eye(m, n) need not be square). */
  readonly symmetricWithArity?: number;
  /** Where the call is defined, its (first) argument is this: inv(A) needs A invertible; log and sqrt a positive argument (where they are real and differentiable). */
  readonly argumentIs?: 'invertible' | 'positive';
  /** A square factor of an invertible square product is invertible (det AB = det A · det B ≠ 0). */
  readonly invertibleFactors?: boolean;
  /**
   * Its value on numbers, for constant folding (2·3 = 6); null where the result would not be exact
   * (7/2 is kept as written, 0.5^2048 is not folded). The simplifier adds its own readability limits.
   */
  readonly fold?: (...xs: number[]) => number | null;
  /** Called with one size n, it is n×1 and is written so: ones(n) is ones(n, 1). */
  readonly columnByDefault?: boolean;
  /** A 1×1 call of it is this number: zeros(1, 1) is 0, eye(1) is 1. */
  readonly oneByOne?: number;
}

// ---------------------------------------------------------------------------------------------
// Emitted code (issue 21): the types an entry's `code` is written with. properties/emit/emit.ts
// builds the Kit and walks the tree; these types live here because the engine may not import it.

import { TARGETS, type Target } from './targets.js';

export { TARGETS, type Target };

/** How a value is held in emitted code: a number, a 1-D array, or a 2-D array (rows). */
export type Repr = 'scalar' | 'vec' | 'mat';

/** Precedences of the emitted code (Python's and JavaScript's agree on these): larger binds tighter. */
export const PREC = { add: 5, mul: 6, unary: 7, pow: 8, atom: 10 } as const;

/** A piece of emitted code and how tightly it binds. */
export interface Code {
  code: string;
  prec: number;
}

/** An argument of an operation in emitted code: its code, node and shape. */
export interface Arg extends Code {
  node: Node;
  shape: Shape;
  repr: Repr;
  /** A 1-D value that is a row (1×n) rather than a column. */
  row: boolean;
}

/** What an operation's emitted code is given besides its arguments. */
export interface Kit {
  /** The shape and form of the result. */
  out: { shape: Shape; repr: Repr; row: boolean };
  /** Registers a helper of the prelude (properties/emit/prelude.ts) and returns its name. */
  helper(name: string): string;
  /** The code of a node (its temporary, where it has one). */
  code(n: Node): Arg;
  /** True when the node is computed once into a temporary (then inv(A) is worth keeping). */
  isTemp(n: Node): boolean;
  /** For a matrix literal: its entries, row by row. */
  rows?: Arg[][];
  /** Stops: the construct cannot be emitted (a message for the user). */
  fail(why: string): never;
}

/** What a Python target's code is given: the Kit and the library's names. */
export interface PyKit extends Kit {
  readonly lib: PyLib;
}

/** The code of one operation in the TypeScript target. */
export type OpCode = (a: readonly Arg[], k: Kit) => Code;
/** The code of one operation in a Python target (NumPy, PyTorch and JAX differ in `k.lib`'s names). */
export type PyOpCode = (a: readonly Arg[], k: PyKit) => Code;

/** An operation's code in every target library: each field required, so a missing target does not compile. */
export interface OpCodes {
  readonly numpy: PyOpCode;
  readonly torch: PyOpCode;
  readonly jax: PyOpCode;
  readonly ts: OpCode;
}

/** One helper an emitted file may carry: its source and the helpers it calls. */
export interface Helper {
  readonly code: string;
  readonly uses?: readonly string[];
}

/** The Python libraries' names for what differs between them (the three are in properties/emit/prelude.ts). */
export interface PyLib {
  /** Which target this is. */
  readonly target: Exclude<Target, 'ts'>;
  /** The module as imported (`np`, `torch`, `jnp`). */
  readonly m: string;
  /** The import lines. */
  readonly imports: readonly string[];
  /** A variable as the library's array (a matrix or a vector). */
  array(name: string): string;
  /** A scalar variable. */
  scalar(name: string): string;
  /** A matrix literal from nested lists of entries. */
  literal(rows: string): string;
  /** Flattening a 2-D array to 1-D. */
  readonly flat: string;
  readonly outer: string;
  readonly kron: string;
  readonly slogdet: string;
  readonly inv: string;
  readonly solve: string;
  readonly det: string;
  readonly matrixPower: string;
  readonly pi: string;
  readonly e: string;
  /** softmax and log-sum-exp down axis 0 (column by column), of a 1-D or 2-D array. */
  softmax(z: string): string;
  logsumexp(z: string): string;
  sigmoid(x: string): string;
  /** max(x, 0) and log(1 + eˣ), elementwise (the latter without overflow or cancellation). */
  relu(x: string): string;
  softplus(x: string): string;
  /** The Euclidean norm of a vector, the Frobenius and the spectral norm of a matrix. */
  norm(x: string): string;
  fro(x: string): string;
  spectral(x: string): string;
  /** Ones and zeros of a shape given as a tuple's entries (`m, n`), and the identity (`n` or `r, c`). */
  ones(dims: string): string;
  zeros(dims: string): string;
  eye(dims: string): string;
  /** The scalar result of f as the caller gets it, and how the docstrings name it. */
  toFloat(x: string): string;
  readonly scalarName: string;
  /** How values are passed and returned, for the file's docstring. */
  readonly convention: string;
  /** Python helpers this library's code may call, by name. */
  readonly helpers: Readonly<Record<string, Helper>>;
}
