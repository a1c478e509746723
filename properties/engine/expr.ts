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
import { InputError, LimitError, ShapeError, nearest, type Field } from './errors.js';
import * as M from './matrix.js';
import type { Mat } from './matrix.js';

// Only the parser: no evaluate, import or config is reachable from user input.
const math = create({ parseDependencies: parseDependencies! });

/** Largest number of entries any value may have (declared or intermediate). */
export const MAX_ENTRIES = 1_000_000;
/**
 * Largest amount of arithmetic one evaluation may do (multiply-adds, roughly): about 0.1 s. A
 * case evaluates f a few dozen times, so this keeps one case within seconds.
 */
export const MAX_WORK = 50_000_000;

/** Work accounting of one evaluation, and the wall-clock deadline of the whole check. */
export interface Budget {
  work: number;
  readonly limit: number;
  /** Date.now() after which evaluation stops with a LimitError. */
  readonly deadline: number;
  /**
   * When set, every argument of a function with a unit of length of its own ({@link SCALED}) is
   * appended here, in evaluation order: the oracle compares them at two points to choose a step.
   */
  scaled?: Mat[];
}
export const newBudget = (limit = MAX_WORK, deadline = Infinity): Budget => ({ work: 0, limit, deadline });

type Evaluator = (scope: Scope, budget: Budget) => Mat;
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
   * False when it uses an operation with a singularity, kink or domain edge (inv, logdet, log,
   * sqrt, abs, sign, norm, tan, division, powers): there a finite difference must also look at
   * very small steps, because a singular point closer than the step can masquerade as smoothness.
   */
  readonly smooth?: boolean;
  /**
   * True when it applies a function whose curve bends over a fixed distance in its argument
   * ({@link SCALED}: exp, sin, softmax, …), so the finite-difference step must keep those
   * arguments' moves small in absolute terms, not only relative to the inputs.
   */
  readonly scaled?: boolean;
  /** Evaluates it; throws ShapeError when sizes disagree, LimitError past the budget. */
  evaluate(scope: Scope, budget?: Budget): Mat;
}

export const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E };

export const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

/** Elementwise functions of one argument. */
export const ELEMENTWISE: Readonly<Record<string, (x: number) => number>> = {
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  tanh: Math.tanh,
  sigmoid,
  abs: Math.abs,
  sign: Math.sign,
  square: (x) => x * x,
};

function need(cond: boolean, msg: () => string): asserts cond {
  if (!cond) throw new ShapeError(msg());
}

function alloc(budget: Budget, rows: number, cols: number, work: number, what: string): void {
  if (rows * cols > MAX_ENTRIES)
    throw new LimitError(`${what} would have ${rows}x${cols} = ${rows * cols} entries, more than the limit of ${MAX_ENTRIES}; use smaller sizes`);
  budget.work += work;
  if (budget.deadline !== Infinity && Date.now() > budget.deadline)
    throw new LimitError(`the check ran out of time while evaluating ${what}; use smaller sizes, fewer --cases or a longer --time-limit`);
  if (budget.work > budget.limit)
    throw new LimitError(`${what} needs more arithmetic than the limit allows (about ${budget.limit.toExponential(0)} operations per evaluation); use smaller sizes`);
}

const sq = (m: Mat): boolean => m.rows === m.cols;

function colwise(z: Mat, f: (col: Float64Array) => Float64Array | number): Mat {
  const cols: (Float64Array | number)[] = [];
  for (let j = 0; j < z.cols; j++) {
    const c = new Float64Array(z.rows);
    for (let i = 0; i < z.rows; i++) c[i] = z.data[i * z.cols + j]!;
    cols.push(f(c));
  }
  if (typeof cols[0] === 'number') return M.mat(1, z.cols, cols as number[]);
  const r = M.mat(z.rows, z.cols);
  cols.forEach((c, j) => (c as Float64Array).forEach((v, i) => (r.data[i * z.cols + j] = v)));
  return r;
}

function logsumexpCol(c: Float64Array): number {
  let m = -Infinity;
  for (const v of c) m = Math.max(m, v);
  if (!Number.isFinite(m)) return m;
  let s = 0;
  for (const v of c) s += Math.exp(v - m);
  return m + Math.log(s);
}

function softmaxCol(c: Float64Array): Float64Array {
  // exp(v − max) / Σ: each entry to a few ulps (exp(v − logsumexp) would lose |v|·u absolutely).
  let m = -Infinity;
  for (const v of c) m = Math.max(m, v);
  const e = c.map((v) => Math.exp(v - m));
  let s = 0;
  for (const v of e) s += v;
  return e.map((v) => v / s);
}

function intArg(m: Mat, fn: string, i: number): number {
  need(M.isScalar(m), () => `${fn}: argument ${i + 1} must be a number, not a ${M.shapeText(m)} matrix`);
  const v = m.data[0]!;
  need(Number.isInteger(v) && v >= 0, () => `${fn}: argument ${i + 1} must be a whole number ≥ 0, got ${v}`);
  return v;
}

interface FnSpec {
  arity: [number, number];
  /** One line for help texts and the site. */
  doc: string;
  apply(args: Mat[], b: Budget, text: string): Mat;
}

function sizeArgs(args: Mat[], fn: string): [number, number] {
  const r = intArg(args[0]!, fn, 0);
  const c = args.length > 1 ? intArg(args[1]!, fn, 1) : 1;
  return [r, c];
}

/** Every function an expression may call. */
export const FUNCTIONS: Readonly<Record<string, FnSpec>> = {
  ...Object.fromEntries(
    Object.entries(ELEMENTWISE).map(([name, f]) => [
      name,
      {
        arity: [1, 1],
        doc: `elementwise ${name}`,
        apply: ([x], b, t) => (alloc(b, x!.rows, x!.cols, x!.data.length, t), M.map(x!, f)),
      } satisfies FnSpec,
    ]),
  ),
  trace: {
    arity: [1, 1], doc: 'sum of the diagonal of a square matrix',
    apply: ([x], b, t) => {
      need(sq(x!), () => `${t}: trace needs a square matrix, got ${M.shapeText(x!)}`);
      alloc(b, 1, 1, x!.rows, t);
      let s = 0;
      for (let i = 0; i < x!.rows; i++) s += x!.data[i * x!.cols + i]!;
      return M.scalar(s);
    },
  },
  inv: {
    arity: [1, 1], doc: 'matrix inverse',
    apply: ([x], b, t) => {
      need(sq(x!), () => `${t}: inv needs a square matrix, got ${M.shapeText(x!)}`);
      alloc(b, x!.rows, x!.cols, x!.rows ** 3, t);
      return M.inv(x!);
    },
  },
  det: {
    arity: [1, 1], doc: 'determinant',
    apply: ([x], b, t) => {
      need(sq(x!), () => `${t}: det needs a square matrix, got ${M.shapeText(x!)}`);
      alloc(b, 1, 1, x!.rows ** 3, t);
      return M.scalar(M.det(x!));
    },
  },
  logdet: {
    arity: [1, 1], doc: 'log|det X|, defined for every invertible X',
    apply: ([x], b, t) => {
      need(sq(x!), () => `${t}: logdet needs a square matrix, got ${M.shapeText(x!)}`);
      alloc(b, 1, 1, x!.rows ** 3, t);
      return M.scalar(M.logAbsDet(x!));
    },
  },
  transpose: {
    arity: [1, 1], doc: "transpose (same as X')",
    apply: ([x], b, t) => (alloc(b, x!.cols, x!.rows, x!.data.length, t), M.transpose(x!)),
  },
  sum: {
    arity: [1, 1], doc: 'sum of all entries',
    apply: ([x], b, t) => {
      alloc(b, 1, 1, x!.data.length, t);
      let s = 0;
      for (const v of x!.data) s += v;
      return M.scalar(s);
    },
  },
  mean: {
    arity: [1, 1], doc: 'mean of all entries',
    apply: ([x], b, t) => {
      alloc(b, 1, 1, x!.data.length, t);
      let s = 0;
      for (const v of x!.data) s += v;
      return M.scalar(s / x!.data.length);
    },
  },
  kron: {
    arity: [2, 2], doc: 'Kronecker product',
    apply: ([x, y], b, t) => {
      alloc(b, x!.rows * y!.rows, x!.cols * y!.cols, x!.data.length * y!.data.length, t);
      return M.kron(x!, y!);
    },
  },
  diag: {
    arity: [1, 1], doc: 'a vector to a diagonal matrix; a matrix to the column of its diagonal',
    apply: ([x], b, t) => {
      if (x!.cols === 1 || x!.rows === 1) {
        const n = x!.data.length;
        alloc(b, n, n, n * n, t);
        const r = M.mat(n, n);
        for (let i = 0; i < n; i++) r.data[i * n + i] = x!.data[i]!;
        return r;
      }
      const n = Math.min(x!.rows, x!.cols);
      alloc(b, n, 1, n, t);
      const r = M.mat(n, 1);
      for (let i = 0; i < n; i++) r.data[i] = x!.data[i * x!.cols + i]!;
      return r;
    },
  },
  eye: {
    arity: [1, 2], doc: 'eye(n) identity; eye(m,n) m×n with ones on the diagonal',
    apply: (args, b, t) => {
      const [r, c] = args.length === 1 ? [intArg(args[0]!, 'eye', 0), intArg(args[0]!, 'eye', 0)] : sizeArgs(args, 'eye');
      alloc(b, r, c, r * c, t);
      return M.identity(r, c);
    },
  },
  ones: {
    arity: [1, 2], doc: 'ones(n) a column of ones; ones(m,n) an m×n matrix of ones',
    apply: (args, b, t) => {
      const [r, c] = sizeArgs(args, 'ones');
      alloc(b, r, c, r * c, t);
      return M.map(M.mat(r, c), () => 1);
    },
  },
  zeros: {
    arity: [1, 2], doc: 'zeros(n) a column of zeros; zeros(m,n) an m×n zero matrix',
    apply: (args, b, t) => {
      const [r, c] = sizeArgs(args, 'zeros');
      alloc(b, r, c, r * c, t);
      return M.mat(r, c);
    },
  },
  softmax: {
    arity: [1, 1], doc: 'softmax of a column vector (of each column of a matrix)',
    apply: ([x], b, t) => (alloc(b, x!.rows, x!.cols, 3 * x!.data.length, t), colwise(x!, softmaxCol)),
  },
  logsumexp: {
    arity: [1, 1], doc: 'log(1ᵀexp(z)) of a column vector (a row of them for a matrix)',
    apply: ([x], b, t) => (alloc(b, 1, x!.cols, 2 * x!.data.length, t), colwise(x!, logsumexpCol)),
  },
  norm: {
    arity: [1, 2], doc: "norm(x) or norm(x,2) Euclidean norm of a vector; norm(X,'fro') Frobenius norm; norm(X,2) spectral norm (largest singular value)",
    apply: ([x], b, t) => (alloc(b, 1, 1, x!.data.length, t), M.scalar(M.frobenius(x!))),
  },
};

const NON_SMOOTH_FUNCTIONS = new Set(['inv', 'logdet', 'log', 'sqrt', 'abs', 'sign', 'norm', 'tan']);
const NON_SMOOTH_OPERATORS = new Set(['divide', 'dotDivide', 'pow', 'dotPow']);

/**
 * Functions with a unit of length of their own: sin(x + 2π) = sin(x), exp(x + 1) = e·exp(x),
 * softmax and logsumexp switch between components over distances of order 1. The others are
 * scale-free (log, sqrt, powers, inv, det: a relative move of the input is a relative move of the
 * output), so a step relative to the inputs suits them at any scale; these need moves of their
 * arguments that are small in absolute terms, whatever the scale of the inputs.
 */
export const SCALED = new Set(['exp', 'sin', 'cos', 'tan', 'tanh', 'sigmoid', 'softmax', 'logsumexp']);

function isScaled(node: MathNode): boolean {
  let scaled = false;
  node.traverse((n) => {
    const fn = (n as MathNode & { fn?: unknown }).fn;
    if (n.type === 'FunctionNode' && SCALED.has((fn as { name?: string }).name ?? '')) scaled = true;
  });
  return scaled;
}

/**
 * True when a power's exponent depends on a variable (x.^y, 2^t): x^y = exp(y·log|x|), whose
 * curve bends over a distance of order 1 in y·log|x| as exp's does, so the step must keep that
 * product's move small too (the oracle collects it like the arguments of {@link SCALED}).
 */
function isVariablePower(n: MathNode, dims: ReadonlySet<string> | undefined): boolean {
  const o = n as MathNode & { fn?: unknown; args?: MathNode[] };
  if (n.type !== 'OperatorNode' || (o.fn !== 'pow' && o.fn !== 'dotPow')) return false;
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

function isSmooth(node: MathNode): boolean {
  let smooth = true;
  node.traverse((n) => {
    const fn = (n as MathNode & { fn?: unknown }).fn;
    if (n.type === 'FunctionNode' && NON_SMOOTH_FUNCTIONS.has((fn as { name?: string }).name ?? '')) smooth = false;
    if (n.type === 'OperatorNode' && NON_SMOOTH_OPERATORS.has(fn as string)) smooth = false;
  });
  return smooth;
}

/** y·log|x|, the argument of exp in x^y = exp(y·log|x|) (0 where it is not finite, at x = 0). */
function logPowerArgument(x: Mat, y: Mat): Mat {
  return M.zip(x, y, (p, q) => {
    const v = q * Math.log(Math.abs(p));
    return Number.isFinite(v) ? v : 0;
  });
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
    smooth: isSmooth(node),
    scaled: isScaled(node) || hasVariablePower(node, opts.dims),
    evaluate: (scope, budget = newBudget()) => ev(scope, budget),
  };
}

function build(node: MathNode, source: string, opts: CompileOptions, vars: Set<string>): Evaluator {
  const label = opts.field;
  const text = (n: MathNode): string => `\`${n.toString()}\``;
  const fail = (msg: string): never => {
    throw new InputError(`${label}: ${msg}`, opts.field);
  };
  const rec = (n: MathNode): Evaluator => build(n, source, opts, vars);
  // mathjs node objects are typed loosely; read the fields we need through one view.
  const n = node as MathNode & {
    value?: unknown; name?: string; op?: string; fn?: string | { name?: string }; args?: MathNode[];
    content?: MathNode; items?: MathNode[];
  };
  switch (node.type) {
    case 'ConstantNode': {
      if (typeof n.value !== 'number') fail(`${text(node)} is not a number; strings are only allowed as norm(X,'fro')`);
      const m = M.scalar(n.value as number);
      return () => m;
    }
    case 'SymbolNode': {
      const name = n.name!;
      if (name in CONSTANTS) {
        const m = M.scalar(CONSTANTS[name]!);
        return () => m;
      }
      if (name in FUNCTIONS) fail(`${name} is a function; call it with an argument, e.g. ${name}(X)`);
      if (!opts.known.has(name)) {
        const guess = nearest(name, [...opts.known, ...Object.keys(CONSTANTS)]);
        const known = [...opts.known].join(', ') || 'none';
        fail(`unknown variable "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; declare it with --shape ${name}=SHAPE (known: ${known})`);
      }
      if (!opts.dims?.has(name)) vars.add(name);
      return (scope) => {
        const v = scope[name];
        if (!v) throw new InputError(`${label}: no value for "${name}"`, opts.field);
        return v;
      };
    }
    case 'ParenthesisNode':
      return rec(n.content!);
    case 'ArrayNode': {
      const items = n.items!;
      // As in MATLAB: [1, 2] is a row, [1; 2] a column, [1, 2; 3, 4] a matrix.
      const rows = items.every((it) => it.type === 'ArrayNode') ? items.map((it) => (it as unknown as { items: MathNode[] }).items) : [items];
      const cells = rows.map((r) => r.map(rec));
      const cols = rows[0]?.length ?? 0;
      if (rows.some((r) => r.length !== cols)) fail(`the rows of ${text(node)} have different lengths`);
      return (scope, b) => {
        const out = M.mat(rows.length, cols);
        cells.forEach((r, i) =>
          r.forEach((c, j) => {
            const v = c(scope, b);
            need(M.isScalar(v), () => `${text(node)}: matrix literals may only hold numbers`);
            out.data[i * cols + j] = v.data[0]!;
          }),
        );
        return out;
      };
    }
    case 'FunctionNode': {
      const fnNode = n.fn as unknown as MathNode & { name?: string };
      const name = fnNode.type === 'SymbolNode' ? fnNode.name! : fail(`${text(node)} calls something that is not a function name`);
      const spec = FUNCTIONS[name];
      if (!spec) {
        const guess = nearest(name, Object.keys(FUNCTIONS));
        fail(`unknown function "${name}"${guess ? ` (did you mean "${guess}"?)` : ''}; available: ${Object.keys(FUNCTIONS).join(', ')}`);
      }
      const args = n.args!;
      if (args.length < spec!.arity[0] || args.length > spec!.arity[1]) {
        const want = spec!.arity[0] === spec!.arity[1] ? `${spec!.arity[0]}` : `${spec!.arity[0]} or ${spec!.arity[1]}`;
        fail(`${name} takes ${want} argument${want === '1' ? '' : 's'}, got ${args.length} in ${text(node)}`);
      }
      if (name === 'norm' && args.length === 2) {
        const p = args[1] as MathNode & { value?: unknown };
        if (!(p.type === 'ConstantNode' && (p.value === 'fro' || p.value === 2))) fail(`only norm(X,'fro') and norm(x,2) are supported, not ${text(node)}`);
        const inner = rec(args[0]!);
        if (p.value === 'fro') return (scope, b) => spec!.apply([inner(scope, b)], b, text(node));
        return (scope, b) => {
          const x = inner(scope, b);
          if (x.rows === 1 || x.cols === 1) return spec!.apply([x], b, text(node));
          // As in mathjs, norm(X,2) of a matrix is the spectral norm (its largest singular value),
          // not the Frobenius norm. Not smooth where that value is repeated: `norm` is in
          // NON_SMOOTH_FUNCTIONS, so finite differences also look at very small steps.
          alloc(b, 1, 1, 30 * x.rows * x.cols * Math.min(x.rows, x.cols), text(node));
          return M.scalar(M.spectralNorm(x).value);
        };
      }
      const argEvs = args.map(rec);
      const t = text(node);
      if (name === 'norm') {
        return (scope, b) => {
          const x = argEvs[0]!(scope, b);
          need(x.rows === 1 || x.cols === 1, () => `${t}: norm(X) of a ${M.shapeText(x)} matrix is ambiguous; write norm(X,'fro') for the Frobenius norm`);
          return spec!.apply([x], b, t);
        };
      }
      if (SCALED.has(name)) {
        return (scope, b) => {
          const x = argEvs[0]!(scope, b);
          b.scaled?.push(x);
          return spec!.apply([x], b, t);
        };
      }
      return (scope, b) => spec!.apply(argEvs.map((a) => a(scope, b)), b, t);
    }
    case 'OperatorNode': {
      const op = n.op!;
      const fn = n.fn as string;
      const args = n.args!.map(rec);
      const t = text(node);
      const [l, r] = [n.args![0]!, n.args![1]];
      const lt = () => `\`${l.toString()}\``;
      const rt = () => `\`${r!.toString()}\``;
      if (args.length === 1) {
        if (fn === 'unaryMinus') return (s, b) => M.scale(args[0]!(s, b), -1);
        if (fn === 'unaryPlus') return args[0]!;
        if (fn === 'ctranspose' || fn === 'transpose')
          return (s, b) => {
            const x = args[0]!(s, b);
            alloc(b, x.cols, x.rows, x.data.length, t);
            return M.transpose(x);
          };
        fail(`the operator "${op}" in ${t} is not supported`);
      }
      const [a, c] = args as [Evaluator, Evaluator];
      const sameShape = (x: Mat, y: Mat, what: string) =>
        need(
          M.isScalar(x) || M.isScalar(y) || (x.rows === y.rows && x.cols === y.cols),
          () => `${t}: cannot ${what} ${lt()} (${M.shapeText(x)}) and ${rt()} (${M.shapeText(y)}); the sizes must be equal (or one of them 1x1)`,
        );
      const entrywise = (what: string, f: (x: number, y: number) => number, onArgs?: (x: Mat, y: Mat, b: Budget) => void): Evaluator => (s, b) => {
        const x = a(s, b), y = c(s, b);
        sameShape(x, y, what);
        onArgs?.(x, y, b);
        const big = M.isScalar(x) ? y : x;
        alloc(b, big.rows, big.cols, big.data.length, t);
        return M.zip(x, y, f);
      };
      const product = (x: Mat, y: Mat, b: Budget): Mat => {
        if (M.isScalar(x) || M.isScalar(y)) {
          const big = M.isScalar(x) ? y : x;
          alloc(b, big.rows, big.cols, big.data.length, t);
          return M.zip(x, y, (p, q) => p * q);
        }
        need(x.cols === y.rows, () => `${t}: cannot multiply ${lt()} (${M.shapeText(x)}) by ${rt()} (${M.shapeText(y)}): ${x.cols} columns against ${y.rows} rows (a missing transpose?)`);
        alloc(b, x.rows, y.cols, x.rows * x.cols * y.cols, t);
        return M.matmul(x, y);
      };
      switch (fn) {
        case 'add': return entrywise('add', (x, y) => x + y);
        case 'subtract': return entrywise('subtract', (x, y) => x - y);
        case 'dotMultiply': return entrywise('multiply entrywise', (x, y) => x * y);
        case 'dotDivide': return entrywise('divide entrywise', (x, y) => x / y);
        case 'dotPow':
          return isVariablePower(node, opts.dims)
            ? entrywise('raise entrywise', (x, y) => x ** y, (x, y, b) => b.scaled?.push(logPowerArgument(x, y)))
            : entrywise('raise entrywise', (x, y) => x ** y);
        case 'multiply': return (s, b) => product(a(s, b), c(s, b), b);
        case 'divide':
          return (s, b) => {
            const x = a(s, b), y = c(s, b);
            if (M.isScalar(y)) {
              alloc(b, x.rows, x.cols, x.data.length, t);
              return M.map(x, (v) => v / y.data[0]!);
            }
            need(y.rows === y.cols, () => `${t}: A/B means A*inv(B) and needs a square B, but ${rt()} is ${M.shapeText(y)}; for entrywise division write ./`);
            alloc(b, y.rows, y.cols, y.rows ** 3, t);
            return product(x, M.inv(y), b);
          };
        case 'pow': {
          const variablePower = isVariablePower(node, opts.dims);
          return (s, b) => {
            const x = a(s, b), y = c(s, b);
            need(M.isScalar(y), () => `${t}: the exponent ${rt()} must be a number, not a ${M.shapeText(y)} matrix`);
            if (variablePower && b.scaled && M.isScalar(x)) b.scaled.push(logPowerArgument(x, y));
            const p = y.data[0]!;
            if (M.isScalar(x)) return M.scalar(x.data[0]! ** p);
            need(x.rows === x.cols, () => `${t}: a matrix power needs a square matrix, but ${lt()} is ${M.shapeText(x)}; for entrywise powers write .^`);
            need(Number.isInteger(p), () => `${t}: a matrix power needs a whole-number exponent, got ${p}`);
            need(Math.abs(p) <= 64, () => `${t}: the exponent ${p} is too large (at most 64)`);
            let base = p < 0 ? (alloc(b, x.rows, x.cols, x.rows ** 3, t), M.inv(x)) : x;
            let result = M.identity(x.rows);
            for (let k = Math.abs(p); k > 0; k >>= 1) {
              if (k & 1) result = product(result, base, b);
              if (k > 1) base = product(base, base, b);
            }
            return result;
          };
        }
        default:
          return fail(`the operator "${op}" in ${t} is not supported; use + - * / .* ./ ^ .^ and ' (transpose)`);
      }
    }
    default:
      return fail(`${text(node)} is not allowed (a ${node.type.replace(/Node$/, '').toLowerCase()}); expressions may only use numbers, variables, operators and the functions ${Object.keys(FUNCTIONS).join(', ')}`);
  }
}
