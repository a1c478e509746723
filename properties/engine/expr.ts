/**
 * Expressions: parsed by mathjs (so users write the syntax they know), evaluated by our own small
 * interpreter over float64 matrices.
 *
 * Why not mathjs's evaluate: user expressions are untrusted (no route to `import`, `evaluate`,
 * `createUnit` or mathjs's configuration may exist), shape errors must name the product and the
 * sizes, every intermediate must be size-capped before it is allocated, and the oracle calls the
 * same expression thousands of times. Only the functions in {@link FUNCTIONS} exist.
 */
import { create, parseDependencies, type MathNode } from 'mathjs';
import { newBudget, type Budget } from './budget.js';
import { InputError, nearest, type Field } from './errors.js';
import * as M from './matrix.js';
import type { Mat } from './matrix.js';
import { FUNCTION_OPS, functionOp, OPS, operatorOp } from './ops/index.js';
import { literalCells } from './ops/matrix.js';
import { round } from './ops/rounding.js';
import type { EvalContext, Layout, Op, VE } from './ops/types.js';

export { MAX_ENTRIES, MAX_WORK, newBudget, type Budget } from './budget.js';

/**
 * The parser's factories without mathjs's Unit: SymbolNode takes it as optional and uses it only
 * to evaluate or typeset unit names (`cm`, `A` as amperes), which mcv does with its own code.
 * Making Unit took about 40 ms of every start of mcv, at the first parse.
 */
const withoutUnit = (deps: object): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(deps)
      .filter(([k]) => k !== 'UnitDependencies' && k !== 'createUnitClass')
      .map(([k, v]) => [k, v !== null && typeof v === 'object' ? withoutUnit(v) : v]),
  );

// Only the parser: no evaluate, import or config is reachable from user input.
const math = create(withoutUnit(parseDependencies!) as NonNullable<typeof parseDependencies>);

/** The parse tree of an expression, unchecked (shape inference reads it before the names are known); throws on a syntax error. */
export const parseExpression = (source: string): MathNode => math.parse(source);

/** One node of a compiled expression: its value, and its error bound when `bound` is set. */
type Evaluator = (scope: Scope, budget: Budget, bound: Bound | null) => VE;
/** The error already in some variables, for an evaluation with bounds (absent: exact). */
type Bound = { readonly inputErrors: Readonly<Record<string, Mat>> };
/** Values of the variables and of the dimension letters (as 1x1 matrices). */
export type Scope = Readonly<Record<string, Mat>>;

/** A parsed and checked expression. */
export interface Expr {
  /** The text as the user wrote it. */
  readonly source: string;
  readonly node: MathNode;
  /** The variable names it reads (dimension letters and constants excluded). */
  readonly variables: ReadonlySet<string>;
  /**
   * False when it uses an operation with a singularity, kink or domain edge (`smooth: false` in
   * ops/: inv, logdet, log, sqrt, abs, sign, norm, tan, division, powers): there a finite
   * difference must also look at very small steps, because a singular point closer than the step
   * can masquerade as smoothness.
   */
  readonly smooth?: boolean;
  /**
   * True when it applies a function whose curve bends over a fixed distance in its argument
   * (`scale: 'own'` in ops/: exp, sin, softmax, …), or a power with a variable exponent, so the
   * finite-difference step must keep those arguments' moves small in absolute terms, not only
   * relative to the inputs.
   */
  readonly scaled?: boolean;
  /** Evaluates it; throws ShapeError when sizes disagree, LimitError past the budget. */
  evaluate(scope: Scope, budget?: Budget): Mat;
  /**
   * The value and its running error bound, entry by entry, in the same pass (engine/bounds.ts):
   * `inputErrors` bounds the error already in some variables (absent: their values are exact).
   */
  evaluateWithBound(scope: Scope, inputErrors?: Readonly<Record<string, Mat>>, budget?: Budget): { v: Mat; e: Mat };
}

export const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

/** Every function an expression may call, by name: the functions of the table of operations (ops/). */
export const FUNCTIONS: Readonly<Record<string, Op>> = Object.fromEntries(FUNCTION_OPS.map((op) => [op.name, op]));

/** Elementwise functions of one argument, by name. */
export const ELEMENTWISE: Readonly<Record<string, Op>> = Object.fromEntries(FUNCTION_OPS.filter((op) => op.elementwise).map((op) => [op.name, op]));

/** The operations an expression uses (functions, operators and matrix literals). */
function opsOf(node: MathNode): Op[] {
  const used: Op[] = [];
  node.traverse((n) => {
    const f = (n as MathNode & { fn?: unknown }).fn;
    const op =
      n.type === 'FunctionNode'
        ? functionOp((f as { name?: string }).name ?? '')
        : n.type === 'OperatorNode'
          ? operatorOp(f as string)
          : n.type === 'ArrayNode'
            ? OPS.find((o) => o.form === 'literal')
            : undefined;
    if (op) used.push(op);
  });
  return used;
}

/**
 * True when a power's exponent depends on a variable (x.^y, 2^t): x^y = exp(y·log|x|), whose
 * curve bends over a distance of order 1 in y·log|x| as exp's does, so the step must keep that
 * product's move small too (the oracle collects it like the arguments of `scale: 'own'`).
 */
function isVariablePower(n: MathNode, dims: ReadonlySet<string> | undefined): boolean {
  const o = n as MathNode & { fn?: unknown; args?: MathNode[] };
  if (n.type !== 'OperatorNode' || operatorOp(o.fn as string)?.scale !== 'exponent') return false;
  let variable = false;
  o.args![1]!.traverse((m) => {
    const name = (m as MathNode & { name?: string }).name;
    if (m.type === 'SymbolNode' && name !== undefined && !(name in CONSTANTS) && !(name in FUNCTIONS) && !dims?.has(name)) variable = true;
  });
  return variable;
}

function hasVariablePower(node: MathNode, dims: ReadonlySet<string> | undefined): boolean {
  let found = false;
  node.traverse((n) => {
    if (isVariablePower(n, dims)) found = true;
  });
  return found;
}

function posText(source: string, char: number | undefined): string {
  if (char === undefined || char < 0) return '';
  const c = Math.min(char, source.length);
  return `\n  ${source}\n  ${' '.repeat(c)}^`;
}

/** Options of {@link compile}. */
export interface CompileOptions {
  /** Which input this is, for messages (`f`, `claim`, …). */
  field: Field;
  /** Names that may appear: variables and dimension letters. */
  known: ReadonlySet<string>;
  /** Dimension letters (numbers inside expressions). */
  dims?: ReadonlySet<string>;
}

/** Parses and checks an expression; throws InputError with the position on a syntax error. */
export function compile(source: string, opts: CompileOptions): Expr {
  const label = opts.field;
  if (source.trim() === '') throw new InputError(`${label}: the expression is empty; write one, e.g. "a'*X*b"`, opts.field);
  let node: MathNode;
  try {
    node = math.parse(source);
  } catch (err) {
    const e = err as Error & { char?: number };
    const char = e.char ?? Number(/char (\d+)/.exec(e.message)?.[1] ?? NaN);
    const where = Number.isFinite(char) ? ` at character ${char}` : '';
    throw new InputError(`${label}: cannot parse "${source}"${where}: ${e.message.replace(/\s*\(char \d+\)/, '')}${posText(source, Number.isFinite(char) ? char - 1 : undefined)}`, opts.field);
  }
  const variables = new Set<string>();
  const ev = build(node, source, opts, variables);
  return {
    source,
    node,
    variables,
    smooth: opsOf(node).every((op) => op.smooth),
    scaled: opsOf(node).some((op) => op.scale === 'own') || hasVariablePower(node, opts.dims),
    evaluate: (scope, budget = newBudget()) => ev(scope, budget, null).v,
    evaluateWithBound: (scope, inputErrors = {}, budget = newBudget(Infinity)) => {
      const r = ev(scope, budget, { inputErrors });
      return { v: r.v, e: r.e! };
    },
  };
}

/** A subexpression in backquotes, for messages. */
const quoted = (n: MathNode): string => `\`${n.toString()}\``;

/**
 * What one node's operation is given, one per node and reused by every evaluation. Its texts are
 * for messages and are made when one is written: printing a node prints its whole subtree, and
 * the checks compile many expressions that never fail. (A class, so that every context has one
 * hidden class: the operations read `bound` and `budget` at every evaluation.)
 */
class NodeContext implements EvalContext {
  bound = false;
  budget: Budget = newBudget();
  #text: string | undefined;
  #args: readonly string[] | undefined;
  constructor(
    private readonly node: MathNode,
    private readonly argNodes: readonly MathNode[],
    readonly variableExponent: boolean,
    readonly literal: unknown,
    readonly layout: Layout | undefined,
  ) {}
  get text(): string {
    return (this.#text ??= quoted(this.node));
  }
  get args(): readonly string[] {
    return (this.#args ??= this.argNodes.map(quoted));
  }
}

function build(node: MathNode, source: string, opts: CompileOptions, vars: Set<string>): Evaluator {
  const label = opts.field;
  const text = quoted;
  const fail = (msg: string): never => {
    throw new InputError(`${label}: ${msg}`, opts.field);
  };
  const rec = (n: MathNode): Evaluator => build(n, source, opts, vars);
  // mathjs node objects are typed loosely; read the fields we need through one view.
  const n = node as MathNode & {
    value?: unknown;
    name?: string;
    op?: string;
    fn?: string | { name?: string };
    args?: MathNode[];
    content?: MathNode;
    items?: MathNode[];
  };
  /** One operation applied to evaluated arguments: the same code with and without bounds. */
  const apply = (op: Op, argNodes: readonly MathNode[], extra: Pick<EvalContext, 'literal' | 'layout'> = {}): Evaluator => {
    const literal = op.literal?.index;
    const evs = argNodes.map((a, i) => (i === literal ? null : rec(a))).filter((e): e is Evaluator => e !== null);
    const variableExponent = isVariablePower(node, opts.dims);
    const own = op.scale === 'own';
    const { literal: lit, layout } = extra;
    // The oracle calls this thousands of times per check: one context per node, reused (an
    // evaluation is synchronous and a node's arguments are evaluated before its own call).
    const ctx = new NodeContext(node, argNodes, variableExponent, lit, layout);
    return (scope, budget, bound) => {
      const args: VE[] = new Array(evs.length);
      for (let i = 0; i < evs.length; i++) args[i] = evs[i]!(scope, budget, bound);
      if (own) budget.scaled?.push(args[0]!.v);
      ctx.bound = bound !== null;
      ctx.budget = budget;
      return op.evaluate(args, ctx);
    };
  };
  switch (node.type) {
    case 'ConstantNode': {
      if (typeof n.value !== 'number') fail(`${text(node)} is not a number; strings are only allowed as norm(X,'fro')`);
      const m = M.scalar(n.value as number);
      const r = { v: m, e: round(m) };
      return () => r;
    }
    case 'SymbolNode': {
      const name = n.name!;
      if (name in CONSTANTS) {
        const m = M.scalar(CONSTANTS[name]!);
        const r = { v: m, e: round(m) };
        return () => r;
      }
      if (name in FUNCTIONS) fail(`${name} is a function; call it with an argument, e.g. ${name}(X)`);
      if (!opts.known.has(name)) {
        const guess = nearest(name, [...opts.known, ...Object.keys(CONSTANTS)]);
        const known = [...opts.known].join(', ') || 'none';
        fail(`unknown variable "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; declare it with --shape ${name}=SHAPE (known: ${known})`);
      }
      if (!opts.dims?.has(name)) vars.add(name);
      return (scope, _b, bound) => {
        const v = scope[name];
        if (!v) throw new InputError(`${label}: no value for "${name}"`, opts.field);
        return bound ? { v, e: bound.inputErrors[name] ?? M.mat(v.rows, v.cols) } : { v };
      };
    }
    case 'ParenthesisNode':
      return rec(n.content!);
    case 'ArrayNode': {
      const { rows, layout } = literalCells(node);
      if (rows.some((r) => r.length !== layout.cols)) fail(`the rows of ${text(node)} have different lengths`);
      return apply(OPS.find((o) => o.form === 'literal')!, rows.flat(), { layout });
    }
    case 'FunctionNode': {
      const fnNode = n.fn as unknown as MathNode & { name?: string };
      const name = fnNode.type === 'SymbolNode' ? fnNode.name! : fail(`${text(node)} calls something that is not a function name`);
      const op = functionOp(name);
      if (!op) {
        const guess = nearest(name, Object.keys(FUNCTIONS));
        return fail(`unknown function "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; available: ${Object.keys(FUNCTIONS).join(', ')}`);
      }
      const args = n.args!;
      if (args.length < op.arity[0] || args.length > op.arity[1]) {
        const want = op.arity[0] === op.arity[1] ? `${op.arity[0]}` : `${op.arity[0]} or ${op.arity[1]}`;
        fail(`${name} takes ${want} argument${want === '1' ? '' : 's'}, got ${args.length} in ${text(node)}; write ${op.syntax.join(' or ')}: ${op.doc}`);
      }
      const lit = op.literal && args[op.literal.index] ? op.literal.parse(args[op.literal.index]!, text(node)) : undefined;
      if (lit && 'error' in lit) fail(lit.error);
      return apply(op, args, lit && 'value' in lit ? { literal: lit.value } : {});
    }
    case 'OperatorNode': {
      const op = operatorOp(n.fn as string);
      if (!op)
        return fail(
          n.args!.length === 1 ? `the operator "${n.op}" in ${text(node)} is not supported` : `the operator "${n.op}" in ${text(node)} is not supported; use + - * / .* ./ ^ .^ and ' (transpose)`,
        );
      return apply(op, n.args!);
    }
    default:
      return fail(
        `${text(node)} is not allowed (a ${node.type.replace(/Node$/, '').toLowerCase()}); expressions may only use numbers, variables, operators and the functions ${Object.keys(FUNCTIONS).join(', ')}`,
      );
  }
}
