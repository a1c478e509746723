/**
 * Every operation's code in every target library: one table, keyed by the engine's operation name
 * (the names of the table of operations, engine/ops), so that a test can assert that every
 * operation has its code in every target. (It is to move into the operation entries themselves
 * once their restructuring has landed; until then it lives here, in one place.)
 *
 * Values are held in the libraries' own idiom, decided by the node's symbolic shape alone: a 1×1
 * value is a scalar, an n×1 or 1×n value a 1-D array (a `number[]`), anything else a 2-D array
 * (rows). So a product picks `@`, `np.outer` or a scalar `*` from its operands' shapes: x'*A*x
 * becomes `x @ A @ x`, a*b' becomes `np.outer(a, b)`.
 */
import type { Node, Shape } from '../engine/ast.js';
import { JAX, NUMPY, TORCH, type PyLib } from './prelude.js';

/** The libraries code is emitted for. */
export const TARGETS = ['numpy', 'torch', 'jax', 'ts'] as const;
export type Target = (typeof TARGETS)[number];

/** How a value is held: a number, a 1-D array, or a 2-D array. */
export type Repr = 'scalar' | 'vec' | 'mat';

/** Precedences of the emitted code (Python's and JavaScript's agree on these): larger binds tighter. */
export const PREC = { add: 5, mul: 6, unary: 7, pow: 8, atom: 10 } as const;

/** A piece of emitted code and how tightly it binds. */
export interface Code {
  code: string;
  prec: number;
}

/** An argument of an operation: its code, node and shape. */
export interface Arg extends Code {
  node: Node;
  shape: Shape;
  repr: Repr;
  /** A 1-D value that is a row (1×n) rather than a column. */
  row: boolean;
}

/** What an operation's code is given besides its arguments. */
export interface Kit {
  /** The shape and form of the result. */
  out: { shape: Shape; repr: Repr; row: boolean };
  /** Registers a helper of the prelude and returns its name. */
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

/** The code of one operation in one target. */
export type OpCode = (a: readonly Arg[], k: Kit) => Code;

const atom = (code: string): Code => ({ code, prec: PREC.atom });
const wrap = (a: Code, need: number): string => (a.prec < need ? `(${a.code})` : a.code);
const fn = (name: string, ...xs: string[]): Code => atom(`${name}(${xs.join(', ')})`);
const isNum = (n: Node, v?: number) => n.k === 'num' && (v === undefined || n.v === v);

/** The whole-number exponent of a matrix power (a literal such as 3 or -2). */
function exponent(n: Node, k: Kit): number {
  if (n.k === 'num' && Number.isInteger(n.v)) return n.v;
  if (n.k === 'call' && n.name === 'unaryMinus' && n.args[0]!.k === 'num' && Number.isInteger(n.args[0]!.v)) return -n.args[0]!.v;
  return k.fail('a matrix power needs a whole-number literal exponent to be emitted');
}

/** The inverted matrix of an inv(B) node that is not kept in a temporary: then a solve serves. */
function solvable(n: Node, k: Kit): Node | null {
  if (n.k !== 'call' || n.name !== 'inv' || k.isTemp(n)) return null;
  const b = k.code(n.args[0]!);
  return b.repr === 'mat' ? n.args[0]! : null;
}

// ---------------------------------------------------------------------------------------------
// Python: NumPy, PyTorch and JAX share their operators and differ in names (PyLib, prelude.ts).

/** A 2-D view of a value (a column x[:, None], a row x[None, :]). */
function pyLift(L: PyLib, a: Arg): string {
  if (a.repr === 'mat') return a.code;
  if (a.repr === 'scalar') return `${L.m}.reshape(${scalarArray(L, a)}, (1, 1))`;
  return `${wrap(a, PREC.atom)}[${a.row ? 'None, :' : ':, None'}]`;
}

/** A 2-D result brought to the form of the node's shape. */
function pyLower(L: PyLib, c: string, k: Kit): Code {
  if (k.out.repr === 'mat') return atom(c);
  if (k.out.repr === 'scalar') return atom(`${c}[0, 0]`);
  return atom(`${c}.${L.flat}`);
}

/** A scalar argument as an array of the library (PyTorch's functions do not take Python numbers). */
function scalarArray(L: PyLib, a: Arg): string {
  return L === TORCH && (a.node.k === 'num' || a.node.k === 'sym') ? `torch.as_tensor(${a.code}, dtype=torch.float64)` : a.code;
}

function pyElementwise(L: PyLib, name: string): OpCode {
  return ([a]) => fn(`${L.m}.${name}`, scalarArray(L, a!));
}

function pyMultiply(L: PyLib): OpCode {
  return ([a, b], k) => {
    if (a!.repr === 'scalar' || b!.repr === 'scalar') return { code: `${wrap(a!, PREC.mul)} * ${wrap(b!, PREC.unary)}`, prec: PREC.mul };
    const left = solvable(a!.node, k);
    if (left) return fn(L.solve, k.code(left).code, b!.code);
    const right = solvable(b!.node, k);
    if (right) {
      const B = wrap(k.code(right), PREC.atom);
      // a B⁻¹ = (B⁻ᵀ aᵀ)ᵀ: a solve with Bᵀ.
      return a!.repr === 'vec' ? fn(L.solve, `${B}.T`, a!.code) : atom(`${fn(L.solve, `${B}.T`, `${wrap(a!, PREC.atom)}.T`).code}.T`);
    }
    if (a!.repr === 'vec' && b!.repr === 'vec' && !a!.row) return fn(L.outer, a!.code, b!.code);
    return { code: `${wrap(a!, PREC.mul)} @ ${wrap(b!, PREC.unary)}`, prec: PREC.mul };
  };
}

function pyOps(L: PyLib): Record<string, OpCode> {
  const m = L.m;
  const binary =
    (op: string, prec: number): OpCode =>
    ([a, b]) => ({ code: `${wrap(a!, prec)} ${op} ${wrap(b!, prec + 1)}`, prec });
  const power: OpCode = ([a, b]) => ({ code: `${wrap(a!, PREC.atom)} ** ${wrap(b!, PREC.unary)}`, prec: PREC.pow });
  const same: OpCode = ([a]) => a!;
  const lifted =
    (f: (xs: string[]) => string): OpCode =>
    (args, k) =>
      pyLower(L, f(args.map((a) => pyLift(L, a))), k);
  const dims = (args: readonly Arg[], k: Kit): string[] => {
    const r = args[0]!.code,
      c = args[1]?.code;
    if (k.out.repr === 'vec') return [k.out.shape.cols === 1 ? r : c!];
    return [r, c ?? '1'];
  };
  const filled =
    (make: (d: string) => string): OpCode =>
    (args, k) => {
      if (k.out.repr === 'scalar') return pyLower(L, make('1, 1'), k);
      const d = dims(args, k);
      return atom(make(d.length === 1 ? `${d[0]},` : d.join(', ')));
    };
  return {
    exp: pyElementwise(L, 'exp'),
    log: pyElementwise(L, 'log'),
    sqrt: pyElementwise(L, 'sqrt'),
    sin: pyElementwise(L, 'sin'),
    cos: pyElementwise(L, 'cos'),
    tan: pyElementwise(L, 'tan'),
    tanh: pyElementwise(L, 'tanh'),
    sigmoid: ([a], k) => {
      if (L === NUMPY) k.helper('_sigmoid');
      return atom(L.sigmoid(scalarArray(L, a!)));
    },
    relu: ([a]) => atom(L.relu(scalarArray(L, a!))),
    softplus: ([a]) => atom(L.softplus(scalarArray(L, a!))),
    log1p: pyElementwise(L, 'log1p'),
    expm1: pyElementwise(L, 'expm1'),
    cosh: pyElementwise(L, 'cosh'),
    sinh: pyElementwise(L, 'sinh'),
    max: ([a, b]) => fn(`${m}.maximum`, scalarArray(L, a!), scalarArray(L, b!)),
    min: ([a, b]) => fn(`${m}.minimum`, scalarArray(L, a!), scalarArray(L, b!)),
    abs: pyElementwise(L, 'abs'),
    sign: pyElementwise(L, 'sign'),
    square: pyElementwise(L, 'square'),
    trace: ([a]) => (a!.repr === 'mat' ? fn(`${m}.trace`, a!.code) : a!),
    inv: ([a]) => (a!.repr === 'mat' ? fn(L.inv, a!.code) : { code: `1.0 / ${wrap(a!, PREC.unary)}`, prec: PREC.mul }),
    det: ([a]) => (a!.repr === 'mat' ? fn(L.det, a!.code) : a!),
    // log|det X| from the LU factors: no overflow of det X itself.
    logdet: ([a]) => (a!.repr === 'mat' ? atom(`${L.slogdet}(${a!.code})[1]`) : fn(`${m}.log`, fn(`${m}.abs`, scalarArray(L, a!)).code)),
    transpose: ([a]) => (a!.repr === 'mat' ? atom(`${wrap(a!, PREC.atom)}.T`) : a!),
    sum: ([a]) => (a!.repr === 'scalar' ? a! : fn(`${m}.sum`, a!.code)),
    mean: ([a]) => (a!.repr === 'scalar' ? a! : fn(`${m}.mean`, a!.code)),
    kron: lifted(([a, b]) => `${L.kron}(${a}, ${b})`),
    diag: ([a]) => (a!.repr === 'scalar' ? a! : fn(`${m}.diag`, a!.code)),
    eye: (args, k) => pyLower(L, L.eye(args.map((a) => a.code).join(', ')), k),
    ones: filled(L.ones),
    zeros: filled(L.zeros),
    softmax: (args, k) => {
      const [a] = args;
      if (L === NUMPY) k.helper('_softmax');
      // A row is n columns of one entry each: softmax 1 for each.
      if (a!.repr === 'vec' && a!.row) return fn(`${m}.ones_like`, a!.code);
      if (a!.repr === 'scalar') return pyLower(L, L.softmax(pyLift(L, a!)), k);
      return atom(L.softmax(a!.code));
    },
    logsumexp: ([a], k) => {
      if (a!.repr === 'scalar' || a!.row) return a!;
      if (L === NUMPY) k.helper('_logsumexp');
      return atom(L.logsumexp(a!.code));
    },
    norm: ([a, p], k) => {
      if (a!.repr === 'scalar') return fn(`${m}.abs`, scalarArray(L, a!));
      if (a!.repr === 'vec') return atom(L.norm(a!.code));
      if (p?.node.k === 'str') return atom(L.fro(a!.code));
      if (p && isNum(p.node, 2)) return atom(L.spectral(a!.code));
      return k.fail("norm(X) of a matrix needs norm(X,'fro') or norm(X,2)");
    },
    add: binary('+', PREC.add),
    subtract: binary('-', PREC.add),
    unaryMinus: ([a]) => ({ code: `-${wrap(a!, PREC.unary)}`, prec: PREC.unary }),
    unaryPlus: same,
    multiply: pyMultiply(L),
    dotMultiply: binary('*', PREC.mul),
    divide: ([a, b], k) => {
      if (b!.repr === 'scalar') return { code: `${wrap(a!, PREC.mul)} / ${wrap(b!, PREC.unary)}`, prec: PREC.mul };
      // A/B = A B⁻¹ = (B⁻ᵀ Aᵀ)ᵀ: a solve with Bᵀ rather than the inverse.
      const B = wrap(b!, PREC.atom);
      if (a!.repr === 'vec') return fn(L.solve, `${B}.T`, a!.code);
      if (a!.repr === 'mat') return atom(`${fn(L.solve, `${B}.T`, `${wrap(a!, PREC.atom)}.T`).code}.T`);
      return k.fail('a number divided by a matrix');
    },
    dotDivide: binary('/', PREC.mul),
    pow: ([a, b], k) => (a!.repr === 'scalar' ? power([a!, b!], k) : fn(L.matrixPower, a!.code, String(exponent(b!.node, k)))),
    dotPow: power,
    matrix: (_args, k) => {
      const rows = k.rows!.map((r) => r.map((x) => (L === TORCH ? `float(${x.code})` : x.code)));
      if (k.out.repr === 'scalar') return k.rows![0]![0]!;
      if (k.out.repr === 'vec') return atom(L.literal(`[${rows.flat().join(', ')}]`));
      return atom(L.literal(`[${rows.map((r) => `[${r.join(', ')}]`).join(', ')}]`));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// TypeScript: numbers use JavaScript's operators, arrays the prelude's helpers (prelude.ts).

const TS_TYPE: Record<Repr, string> = { scalar: 'number', vec: 'number[]', mat: 'number[][]' };

function tsLift(a: Arg): string {
  if (a.repr === 'mat') return a.code;
  if (a.repr === 'scalar') return `[[${a.code}]]`;
  return a.row ? `[${a.code}]` : `${wrap(a, PREC.atom)}.map((x) => [x])`;
}

function tsLower(c: string, k: Kit): Code {
  if (k.out.repr === 'mat') return atom(c);
  if (k.out.repr === 'scalar') return atom(`${c}[0]![0]!`);
  return atom(k.out.row ? `${c}[0]!` : `${c}.map((r) => r[0]!)`);
}

/** An entrywise operation: JavaScript's operator on two numbers, `_zip` otherwise. */
function tsBinary(op: string, prec: number, f: string): OpCode {
  return ([a, b], k) => {
    if (a!.repr === 'scalar' && b!.repr === 'scalar') return { code: `${wrap(a!, prec)} ${op} ${wrap(b!, prec + 1)}`, prec };
    return fn(`${k.helper('_zip')}<${TS_TYPE[k.out.repr]}>`, a!.code, b!.code, f);
  };
}

function tsElementwise(f: string): OpCode {
  return ([a], k) => (a!.repr === 'scalar' ? fn(f, a!.code) : fn(`${k.helper('_map')}<${TS_TYPE[k.out.repr]}>`, a!.code, f));
}

const tsMultiply: OpCode = ([a, b], k) => {
  if (a!.repr === 'scalar' || b!.repr === 'scalar') return tsBinary('*', PREC.mul, '(p, q) => p * q')([a!, b!], k);
  const left = solvable(a!.node, k);
  if (left) return fn(k.helper('_solve'), k.code(left).code, b!.code);
  const right = solvable(b!.node, k);
  if (right) {
    const Bt = fn(k.helper('_tp'), k.code(right).code).code;
    return a!.repr === 'vec' ? fn(k.helper('_solve'), Bt, a!.code) : fn(k.helper('_tp'), fn(k.helper('_solve'), Bt, fn(k.helper('_tp'), a!.code).code).code);
  }
  if (a!.repr === 'vec' && b!.repr === 'vec') return fn(k.helper(a!.row ? '_dot' : '_outer'), a!.code, b!.code);
  if (a!.repr === 'vec') return fn(k.helper('_vm'), a!.code, b!.code);
  if (b!.repr === 'vec') return fn(k.helper('_mv'), a!.code, b!.code);
  return fn(k.helper('_mm'), a!.code, b!.code);
};

const tsPower: OpCode = ([a, b], k) =>
  a!.repr === 'scalar' && b!.repr === 'scalar' ? fn('Math.pow', a!.code, b!.code) : fn(`${k.helper('_zip')}<${TS_TYPE[k.out.repr]}>`, a!.code, b!.code, 'Math.pow');

function tsFilled(v: number): OpCode {
  return (args, k) => {
    if (k.out.repr === 'scalar') return atom(String(v));
    if (k.out.repr === 'vec') return atom(`new Array<number>(${(k.out.shape.cols === 1 ? args[0] : args[1])!.code}).fill(${v})`);
    return fn(k.helper('_fill'), args[0]!.code, args[1]?.code ?? '1', String(v));
  };
}

const TS_OPS: Record<string, OpCode> = {
  exp: tsElementwise('Math.exp'),
  log: tsElementwise('Math.log'),
  sqrt: tsElementwise('Math.sqrt'),
  sin: tsElementwise('Math.sin'),
  cos: tsElementwise('Math.cos'),
  tan: tsElementwise('Math.tan'),
  tanh: tsElementwise('Math.tanh'),
  sigmoid: (a, k) => tsElementwise(k.helper('_sigmoid'))(a, k),
  relu: ([a], k) => (a!.repr === 'scalar' ? fn('Math.max', a!.code, '0') : fn(`${k.helper('_map')}<${TS_TYPE[k.out.repr]}>`, a!.code, '(p) => Math.max(p, 0)')),
  softplus: (a, k) => tsElementwise(k.helper('_softplus'))(a, k),
  log1p: tsElementwise('Math.log1p'),
  expm1: tsElementwise('Math.expm1'),
  cosh: tsElementwise('Math.cosh'),
  sinh: tsElementwise('Math.sinh'),
  max: ([a, b], k) => (a!.repr === 'scalar' && b!.repr === 'scalar' ? fn('Math.max', a!.code, b!.code) : fn(`${k.helper('_zip')}<${TS_TYPE[k.out.repr]}>`, a!.code, b!.code, 'Math.max')),
  min: ([a, b], k) => (a!.repr === 'scalar' && b!.repr === 'scalar' ? fn('Math.min', a!.code, b!.code) : fn(`${k.helper('_zip')}<${TS_TYPE[k.out.repr]}>`, a!.code, b!.code, 'Math.min')),
  abs: tsElementwise('Math.abs'),
  sign: tsElementwise('Math.sign'),
  square: ([a], k) => (a!.repr === 'scalar' ? { code: `${wrap(a!, PREC.atom)} ** 2`, prec: PREC.pow } : fn(`${k.helper('_map')}<${TS_TYPE[k.out.repr]}>`, a!.code, '(p) => p * p')),
  trace: ([a], k) => (a!.repr === 'mat' ? fn(k.helper('_trace'), a!.code) : a!),
  inv: ([a], k) => (a!.repr === 'mat' ? fn(k.helper('_inv'), a!.code) : { code: `1 / ${wrap(a!, PREC.unary)}`, prec: PREC.mul }),
  det: ([a], k) => (a!.repr === 'mat' ? fn(k.helper('_det'), a!.code) : a!),
  logdet: ([a], k) => (a!.repr === 'mat' ? fn(k.helper('_logdet'), a!.code) : fn('Math.log', fn('Math.abs', a!.code).code)),
  transpose: ([a], k) => (a!.repr === 'mat' ? fn(k.helper('_tp'), a!.code) : a!),
  sum: ([a], k) => (a!.repr === 'scalar' ? a! : fn(k.helper('_sum'), a!.code)),
  mean: ([a], k) => (a!.repr === 'scalar' ? a! : fn(k.helper('_mean'), a!.code)),
  kron: ([a, b], k) => tsLower(fn(k.helper('_kron'), tsLift(a!), tsLift(b!)).code, k),
  diag: ([a], k) => (a!.repr === 'scalar' ? a! : a!.repr === 'vec' ? fn(k.helper('_diagm'), a!.code) : fn(k.helper('_diagv'), a!.code)),
  eye: (args, k) => tsLower(fn(k.helper('_eye'), args[0]!.code, (args[1] ?? args[0])!.code).code, k),
  ones: tsFilled(1),
  zeros: tsFilled(0),
  softmax: ([a], k) => {
    if (a!.repr === 'scalar') return atom('1');
    if (a!.repr === 'vec') return a!.row ? fn(`${k.helper('_map')}<number[]>`, a!.code, '() => 1') : fn(k.helper('_softmaxv'), a!.code);
    return fn(k.helper('_softmaxm'), a!.code);
  },
  logsumexp: ([a], k) => (a!.repr === 'scalar' || a!.row ? a! : a!.repr === 'vec' ? fn(k.helper('_lsev'), a!.code) : fn(k.helper('_lsem'), a!.code)),
  norm: ([a, p], k) => {
    if (a!.repr === 'scalar') return fn('Math.abs', a!.code);
    if (a!.repr === 'vec' || p?.node.k === 'str') return fn(k.helper('_fro'), a!.code);
    if (p && isNum(p.node, 2)) return fn(k.helper('_norm2'), a!.code);
    return k.fail("norm(X) of a matrix needs norm(X,'fro') or norm(X,2)");
  },
  add: tsBinary('+', PREC.add, '(p, q) => p + q'),
  subtract: tsBinary('-', PREC.add, '(p, q) => p - q'),
  unaryMinus: ([a], k) => (a!.repr === 'scalar' ? { code: `-${wrap(a!, PREC.atom)}`, prec: PREC.unary } : fn(`${k.helper('_map')}<${TS_TYPE[k.out.repr]}>`, a!.code, '(p) => -p')),
  unaryPlus: ([a]) => a!,
  multiply: tsMultiply,
  dotMultiply: tsBinary('*', PREC.mul, '(p, q) => p * q'),
  divide: ([a, b], k) => {
    if (b!.repr === 'scalar') return tsBinary('/', PREC.mul, '(p, q) => p / q')([a!, b!], k);
    const Bt = fn(k.helper('_tp'), b!.code).code;
    if (a!.repr === 'vec') return fn(k.helper('_solve'), Bt, a!.code);
    if (a!.repr === 'mat') return fn(k.helper('_tp'), fn(k.helper('_solve'), Bt, fn(k.helper('_tp'), a!.code).code).code);
    return k.fail('a number divided by a matrix');
  },
  dotDivide: tsBinary('/', PREC.mul, '(p, q) => p / q'),
  pow: ([a, b], k) => (a!.repr === 'scalar' ? tsPower([a!, b!], k) : fn(k.helper('_mpow'), a!.code, String(exponent(b!.node, k)))),
  dotPow: tsPower,
  matrix: (_args, k) => {
    const rows = k.rows!.map((r) => r.map((x) => x.code));
    if (k.out.repr === 'scalar') return k.rows![0]![0]!;
    if (k.out.repr === 'vec') return atom(`[${rows.flat().join(', ')}]`);
    return atom(`[${rows.map((r) => `[${r.join(', ')}]`).join(', ')}]`);
  },
};

const NUMPY_OPS = pyOps(NUMPY);
const TORCH_OPS = pyOps(TORCH);
const JAX_OPS = pyOps(JAX);

/**
 * Every operation's code in every target, by the engine's operation name. A test asserts that
 * every operation of the table of operations has an entry here with code for each target.
 */
export const OP_CODE: Readonly<Record<string, Readonly<Record<Target, OpCode>>>> = Object.fromEntries(
  Object.keys(TS_OPS).map((name) => [name, { numpy: NUMPY_OPS[name]!, torch: TORCH_OPS[name]!, jax: JAX_OPS[name]!, ts: TS_OPS[name]! }]),
);

/** The library description of a Python target. */
export const PY_LIBS: Readonly<Record<Exclude<Target, 'ts'>, PyLib>> = { numpy: NUMPY, torch: TORCH, jax: JAX };
export { TS_TYPE };
