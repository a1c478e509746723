/**
 * Helpers the entries' emitted code (`Op.code`, issue 21) is written with. Values are held in the
 * libraries' own idiom, decided by the node's symbolic shape alone: a 1×1 value is a scalar, an
 * n×1 or 1×n value a 1-D array (a `number[]`), anything else a 2-D array (rows). So a product picks
 * `@`, `np.outer` or a scalar `*` from its operands' shapes: x'*A*x becomes `x @ A @ x`, a*b'
 * becomes `np.outer(a, b)`. The emitter (properties/emit/emit.ts) builds the Kit and walks the tree.
 */
import type { Node } from '../ast.js';
import { type Dimension, dimensionOf } from './dimension.js';
import { type Arg, type Code, type Kit, type OpCode, PREC, type PyKit, type PyLib, type PyOpCode, type Repr } from './types.js';

/** A piece of code that binds tightest (a name, a call). */
export const atom = (code: string): Code => ({ code, prec: PREC.atom });
/** The code, parenthesised when it binds less tightly than `need`. */
export const wrap = (a: Code, need: number): string => (a.prec < need ? `(${a.code})` : a.code);
/** A call name(x, y, …). */
export const fn = (name: string, ...xs: string[]): Code => atom(`${name}(${xs.join(', ')})`);
/** Is the node the number v (any number when v is absent)? */
export const isNum = (n: Node, v?: number): boolean => n.k === 'num' && (v === undefined || n.v === v);

/** The same code in the three Python targets (they differ only in `k.lib`'s names). */
export function python(f: PyOpCode): { numpy: PyOpCode; torch: PyOpCode; jax: PyOpCode } {
  return { numpy: f, torch: f, jax: f };
}

/** The whole-number exponent of a matrix power (a literal such as 3 or -2). */
export function exponent(n: Node, k: Kit): number {
  if (n.k === 'num' && Number.isInteger(n.v)) return n.v;
  if (n.k === 'call' && n.name === 'unaryMinus' && n.args[0]!.k === 'num' && Number.isInteger(n.args[0]!.v)) return -n.args[0]!.v;
  return k.fail('a matrix power needs a whole-number literal exponent to be emitted');
}

/** The inverted matrix of an inv(B) node that is not kept in a temporary: then a solve serves. */
export function solvable(n: Node, k: Kit): Node | null {
  if (n.k !== 'call' || n.name !== 'inv' || k.isTemp(n)) return null;
  const b = k.code(n.args[0]!);
  return b.repr === 'mat' ? n.args[0]! : null;
}

/** The dimension argument of op(X, dim) (1: down each column, 2: along each row), undefined without one. */
export const dimensionArg = (args: readonly Arg[]): Dimension | undefined => dimensionOf(args.map((a) => a.node));

/**
 * Does op(v, d) act on the whole of the 1-D value v (a column down its column, a row along its
 * row)? Otherwise each entry is a column or row of its own, and a reduction or softmax acts on it alone.
 */
export const alongVector = (a: Arg, d: Dimension): boolean => (d === 1) !== a.row;

// ---------------------------------------------------------------------------------------------
// Python: NumPy, PyTorch and JAX share their operators and differ in names (PyLib, emit/prelude.ts).

/** A scalar argument as an array of the library (PyTorch's functions do not take Python numbers). */
export function scalarArray(L: PyLib, a: Arg): string {
  return L.target === 'torch' && (a.node.k === 'num' || a.node.k === 'sym') ? `torch.as_tensor(${a.code}, dtype=torch.float64)` : a.code;
}

/** A 2-D view of a value (a column x[:, None], a row x[None, :]). */
export function pyLift(L: PyLib, a: Arg): string {
  if (a.repr === 'mat') return a.code;
  if (a.repr === 'scalar') return `${L.m}.reshape(${scalarArray(L, a)}, (1, 1))`;
  return `${wrap(a, PREC.atom)}[${a.row ? 'None, :' : ':, None'}]`;
}

/** A 2-D result brought to the form of the node's shape. */
export function pyLower(L: PyLib, c: string, k: Kit): Code {
  if (k.out.repr === 'mat') return atom(c);
  if (k.out.repr === 'scalar') return atom(`${c}[0, 0]`);
  return atom(`${c}.${L.flat}`);
}

/**
 * An operand of an entrywise operation as broadcast: a vector against a matrix (or a column against
 * a row) is lifted to 2-D, a column to x[:, None], since NumPy broadcasts a 1-D array as a row.
 */
export function pyBroadcast(a: Arg, k: PyKit): Arg {
  return k.out.repr === 'mat' && a.repr === 'vec' ? { ...a, code: pyLift(k.lib, a), prec: PREC.atom, repr: 'mat', row: false } : a;
}

/** The library's elementwise function `m.name`. */
export const pyElementwise =
  (name: string): PyOpCode =>
  ([a], k) =>
    fn(`${k.lib.m}.${name}`, scalarArray(k.lib, a!));

/** The keyword of an axis: `axis=0` (NumPy, JAX) or `dim=0` (PyTorch). */
export const pyAxis = (L: PyLib, d: Dimension): string => `${L.target === 'torch' ? 'dim' : 'axis'}=${d - 1}`;

/** sum or mean of all entries, or with a dimension argument (sum(X,1) the column sums, a 1×n row; sum(X,2) the row sums). */
export function pyReduce(name: 'sum' | 'mean'): PyOpCode {
  return (args, k) => {
    const a = args[0]!;
    const d = dimensionArg(args);
    const f = `${k.lib.m}.${name}`;
    if (a.repr === 'scalar') return a;
    if (d === undefined) return fn(f, a.code);
    // A vector is reduced whole, or each entry alone (then it is itself).
    if (a.repr === 'vec') return alongVector(a, d) ? fn(f, a.code) : a;
    // The 1-D array along the other axis: the form of a 1×n or m×1 result.
    return fn(f, a.code, pyAxis(k.lib, d));
  };
}

/** A binary operator of Python (`+`, `*` entrywise on arrays, …). */
export const pyBinary =
  (op: string, prec: number): PyOpCode =>
  ([a, b], k) => ({ code: `${wrap(pyBroadcast(a!, k), prec)} ${op} ${wrap(pyBroadcast(b!, k), prec + 1)}`, prec });

/** a ** b, entrywise. */
export const pyPower: PyOpCode = ([a, b], k) => ({ code: `${wrap(pyBroadcast(a!, k), PREC.atom)} ** ${wrap(pyBroadcast(b!, k), PREC.unary)}`, prec: PREC.pow });

/** The entries of a shape tuple for ones/zeros: (r,) for a vector, (r, c) for a matrix. */
function pyDims(args: readonly Arg[], k: Kit): string[] {
  const r = args[0]!.code,
    c = args[1]?.code;
  if (k.out.repr === 'vec') return [k.out.shape.cols === 1 ? r : c!];
  return [r, c ?? '1'];
}

/** ones(m, n) or zeros(m, n) in the form of its shape. */
export const pyFilled =
  (make: (L: PyLib) => (d: string) => string): PyOpCode =>
  (args, k) => {
    if (k.out.repr === 'scalar') return pyLower(k.lib, make(k.lib)('1, 1'), k);
    const d = pyDims(args, k);
    return atom(make(k.lib)(d.length === 1 ? `${d[0]},` : d.join(', ')));
  };

// ---------------------------------------------------------------------------------------------
// TypeScript: numbers use JavaScript's operators, arrays the prelude's helpers (emit/prelude.ts).

/** The TypeScript type of each form. */
export const TS_TYPE: Readonly<Record<Repr, string>> = { scalar: 'number', vec: 'number[]', mat: 'number[][]' };

/** A 2-D view of a value. */
export function tsLift(a: Arg): string {
  if (a.repr === 'mat') return a.code;
  if (a.repr === 'scalar') return `[[${a.code}]]`;
  return a.row ? `[${a.code}]` : `${wrap(a, PREC.atom)}.map((x) => [x])`;
}

/** A 2-D result brought to the form of the node's shape. */
export function tsLower(c: string, k: Kit): Code {
  if (k.out.repr === 'mat') return atom(c);
  if (k.out.repr === 'scalar') return atom(`${c}[0]![0]!`);
  return atom(k.out.row ? `${c}[0]!` : `${c}.map((r) => r[0]!)`);
}

/** sum or mean of all entries, or with a dimension argument (see {@link pyReduce}). */
export function tsReduce(name: 'sum' | 'mean'): OpCode {
  return (args, k) => {
    const a = args[0]!;
    const d = dimensionArg(args);
    const h = k.helper(`_${name}`);
    if (a.repr === 'scalar') return a;
    if (d === undefined) return fn(h, a.code);
    if (a.repr === 'vec') return alongVector(a, d) ? fn(h, a.code) : a;
    // Down each column: the rows of Aᵀ.
    const rows = d === 1 ? fn(k.helper('_tp'), a.code).code : wrap(a, PREC.atom);
    return atom(`${rows}.map((r) => ${h}(r))`);
  };
}

/** `_map(a, f)` typed as the result. */
export const tsMap = (a: Arg, f: string, k: Kit): Code => fn(`${k.helper('_map')}<${TS_TYPE[k.out.repr]}>`, a.code, f);
/**
 * `_zip(a, b, f)` typed as the result; a vector against a matrix (or a column against a row) goes
 * through `_bzip`, which broadcasts 2-D arrays as NumPy does (`_zip` pairs a number with a row only).
 */
export const tsZip = (a: Arg, b: Arg, f: string, k: Kit): Code =>
  k.out.repr === 'mat' && (a.repr === 'vec' || b.repr === 'vec') ? fn(k.helper('_bzip'), tsLift(a), tsLift(b), f) : fn(`${k.helper('_zip')}<${TS_TYPE[k.out.repr]}>`, a.code, b.code, f);

/** An entrywise operation: JavaScript's operator on two numbers, `_zip` otherwise. */
export function tsBinary(op: string, prec: number, f: string): OpCode {
  return ([a, b], k) => {
    if (a!.repr === 'scalar' && b!.repr === 'scalar') return { code: `${wrap(a!, prec)} ${op} ${wrap(b!, prec + 1)}`, prec };
    return tsZip(a!, b!, f, k);
  };
}

/** An elementwise function: `f(x)` on a number, `_map` otherwise. */
export function tsElementwise(f: string): OpCode {
  return ([a], k) => (a!.repr === 'scalar' ? fn(f, a!.code) : tsMap(a!, f, k));
}

/** An elementwise function that is a helper of the prelude (`_sigmoid`, `_softplus`). */
export function tsHelperElementwise(helper: string): OpCode {
  return (a, k) => tsElementwise(k.helper(helper))(a, k);
}

/** a .^ b: Math.pow on numbers, `_zip` otherwise. */
export const tsPower: OpCode = ([a, b], k) => (a!.repr === 'scalar' && b!.repr === 'scalar' ? fn('Math.pow', a!.code, b!.code) : tsZip(a!, b!, 'Math.pow', k));

/** ones(m, n) or zeros(m, n) in the form of its shape. */
export function tsFilled(v: number): OpCode {
  return (args, k) => {
    if (k.out.repr === 'scalar') return atom(String(v));
    if (k.out.repr === 'vec') return atom(`new Array<number>(${(k.out.shape.cols === 1 ? args[0] : args[1])!.code}).fill(${v})`);
    return fn(k.helper('_fill'), args[0]!.code, args[1]?.code ?? '1', String(v));
  };
}
