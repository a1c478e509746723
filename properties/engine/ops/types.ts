/**
 * The shape of one entry of the table of operations (OpInfo's idea: every function and operator of
 * the expression syntax is data, defined once). Every field is required unless it says why not, so
 * an entry without its doc, bound, LaTeX or differential does not compile (ops/incomplete.fixture.ts, compiled by ops.test.ts, holds it).
 */
import type { MathNode } from 'mathjs';
import type { Node } from '../ast.js';
import type { Budget } from '../budget.js';
import type { Mat } from '../matrix.js';
import type { Shape } from '../shapes.js';

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
}
