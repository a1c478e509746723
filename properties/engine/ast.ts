/**
 * The derivation engine's own small expression tree: built from the parse tree of the oracle's
 * parser (engine/expr.ts `compile`, i.e. mathjs), printed back in mcv's syntax, with symbolic
 * shapes. Operation names are the engine's: mathjs operator names (`add`, `multiply`,
 * `dotMultiply`, `transpose`, …) and the function names of FUNCTIONS.
 */
import type { MathNode } from 'mathjs';
import type { Shape, Dim } from './shapes.js';
import { OPS_BY_NAME } from './ops/index.js';
import type { Printing } from './ops/types.js';

/** A node: a number, a name (variable, dimension letter, constant, or the differential dW), a string (`'fro'`), or an operation. */
export type Node =
  | { readonly k: 'num'; readonly v: number }
  | { readonly k: 'sym'; readonly name: string }
  | { readonly k: 'str'; readonly v: string }
  /** A matrix literal such as [1, 2; 3, 4], kept as written (a constant). */
  | { readonly k: 'lit'; readonly text: string; readonly rows: number; readonly cols: number }
  | { readonly k: 'call'; readonly name: string; readonly args: readonly Node[] };

export const num = (v: number): Node => ({ k: 'num', v });
export const sym = (name: string): Node => ({ k: 'sym', name });
export const call = (name: string, ...args: Node[]): Node => ({ k: 'call', name, args });
export const add = (a: Node, b: Node) => call('add', a, b);
export const sub = (a: Node, b: Node) => call('subtract', a, b);
export const mul = (a: Node, b: Node) => call('multiply', a, b);
export const emul = (a: Node, b: Node) => call('dotMultiply', a, b);
export const ediv = (a: Node, b: Node) => call('dotDivide', a, b);
export const div = (a: Node, b: Node) => call('divide', a, b);
export const neg = (a: Node) => call('unaryMinus', a);
export const tr = (a: Node) => call('transpose', a);
export const pow = (a: Node, b: Node) => call('pow', a, b);

/** A construct the engine cannot differentiate: named, with its position in f (0-based). */
export class Unsupported extends Error {
  override readonly name = 'Unsupported';
  constructor(
    readonly construct: string,
    readonly position: number,
    readonly why: string,
  ) {
    super(`${construct} at character ${position + 1}: ${why}`);
  }
}

/** Converts the parse tree of `compile` (already checked by it) into a {@link Node}. */
export function fromMath(node: MathNode, source: string, wrt: string): Node {
  const n = node as MathNode & { value?: unknown; name?: string; fn?: string | { name?: string }; args?: MathNode[]; content?: MathNode; items?: MathNode[] };
  switch (node.type) {
    case 'ConstantNode':
      return typeof n.value === 'number' ? num(n.value) : { k: 'str', v: String(n.value) };
    case 'SymbolNode':
      return sym(n.name!);
    case 'ParenthesisNode':
      return fromMath(n.content!, source, wrt);
    case 'ArrayNode': {
      const items = n.items!;
      let varies = false;
      node.traverse((x) => {
        if (x.type === 'SymbolNode' && (x as MathNode & { name: string }).name === wrt) varies = true;
      });
      if (varies) throw new Unsupported('matrix literal', Math.max(0, source.indexOf('[')), `a matrix literal holding ${wrt} is not differentiated; write it with the operations instead`);
      const rows = items.every((it) => it.type === 'ArrayNode') ? items.length : 1;
      const cols = rows === 1 && items[0]?.type !== 'ArrayNode' ? items.length : ((items[0] as unknown as { items: MathNode[] }).items?.length ?? 0);
      return { k: 'lit', text: node.toString(), rows, cols };
    }
    case 'FunctionNode': {
      const name = (n.fn as { name?: string }).name!;
      return call(name, ...n.args!.map((a) => fromMath(a, source, wrt)));
    }
    case 'OperatorNode': {
      const fn = n.fn as string;
      const args = n.args!.map((a) => fromMath(a, source, wrt));
      if (fn === 'unaryPlus') return args[0]!;
      if (fn === 'ctranspose') return call('transpose', ...args);
      return call(fn, ...args);
    }
    default:
      throw new Unsupported(node.type, 0, 'not an expression mcv derive knows');
  }
}

/** How a call is printed: its entry's `printing` (engine/ops/), read when printing (the entries import this file). */
function printingOf(name: string): Printing {
  return OPS_BY_NAME.get(name)?.printing ?? CALL_FORM;
}
const CALL_FORM: Printing = { form: 'call' };

/** Whether a call prints as an operator (`+`, `*`, `'`, unary `-`…) rather than as name(args): from its entry. */
export const isOperator = (name: string): boolean => printingOf(name).form !== 'call';

/** Precedence: larger binds tighter; a call or a name is an atom (6), a negative number a prefix minus (3). */
function prec(n: Node): number {
  if (n.k === 'num') return n.v < 0 ? 3 : 6;
  if (n.k === 'call') {
    const p = printingOf(n.name);
    return p.form === 'call' ? 6 : p.prec;
  }
  return 6;
}

const numText = (v: number): string => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(15))));

const wrap = (c: Node, need: number): string => (prec(c) < need ? `(${print(c)})` : print(c));

/** An operand of an infix operator: parenthesised below `need`, or when it is a product of another group (a Hadamard product in a matrix product, or the reverse). */
function infixSide(c: Node, p: Printing & { form: 'infix' }, need: number): string {
  if (c.k === 'call' && p.group !== undefined) {
    const q = printingOf(c.name);
    if (q.form === 'infix' && q.prec === p.prec && q.group !== undefined && q.group !== p.group) return `(${print(c)})`;
  }
  return wrap(c, need);
}

/** The expression in mcv's syntax, with the parentheses precedence needs and no others. */
export function print(n: Node): string {
  switch (n.k) {
    case 'num':
      return numText(n.v);
    case 'sym':
      return n.name;
    case 'str':
      return `'${n.v}'`;
    case 'lit':
      return n.text;
    case 'call': {
      const p = printingOf(n.name);
      const [a, b] = n.args;
      switch (p.form) {
        case 'call':
          return `${n.name}(${n.args.map(print).join(', ')})`;
        case 'prefix':
          return `${p.symbol}${wrap(a!, p.operand)}`;
        case 'postfix':
          return `${wrap(a!, p.operand)}${p.symbol}`;
        case 'infix':
          if (p.negativeRight !== undefined) {
            // A right side printed with a leading minus is negated as a whole: the minus binds to
            // its first factor of a chain of products (-2*X is -(2*X)); anything else is parenthesised.
            const right = infixSide(b!, p, p.right);
            if (right.startsWith('-')) return `${infixSide(a!, p, p.left)}${p.negativeRight}${right.slice(1)}`;
          }
          return `${infixSide(a!, p, p.left)}${p.symbol}${infixSide(b!, p, p.right)}`;
      }
    }
  }
}

/** Number of nodes (the measure of length used to decide between two forms). */
export function size(n: Node): number {
  return n.k === 'call' ? 1 + n.args.reduce((s, a) => s + size(a), 0) : 1;
}

/**
 * The factors of a product, in order, for reading off a matrix (a Jacobian, a Hessian's matrix): a
 * multiply whose operands multiply as matrices (columns of the left = rows of the right) is
 * flattened; one that only scales (a 1×1 operand beside a larger one, a*X or (zᵀx)*X) keeps its 1×1
 * operand whole. Flattened, (zᵀx)*dx would give the chain zᵀ, x, dx, where x and dx do not multiply.
 */
export function factorsOf(n: Node, shape: (n: Node) => Shape): Node[] {
  if (n.k !== 'call' || n.name !== 'multiply') return [n];
  const [a, b] = n.args as [Node, Node];
  if (shape(a).cols === shape(b).rows) return [...factorsOf(a, shape), ...factorsOf(b, shape)];
  return isScalarShape(shape(a)) ? [a, ...factorsOf(b, shape)] : [...factorsOf(a, shape), b];
}

/** Does n contain the name? */
export function uses(n: Node, name: string): boolean {
  if (n.k === 'sym') return n.name === name;
  if (n.k === 'call') return n.args.some((a) => uses(a, name));
  return false;
}

export const same = (a: Node, b: Node): boolean => print(a) === print(b);

/** A symbolic size as an expression (`m*n` for a product of letters). */
export function dimNode(d: Dim): Node {
  if (typeof d === 'number') return num(d);
  if (/^[a-z]$/.test(d)) return sym(d);
  const parts = d.split('*');
  return parts.map((p) => (/^\d+$/.test(p) ? num(Number(p)) : sym(p))).reduce((x, y) => mul(x, y));
}

export function dimMul(a: Dim, b: Dim): Dim {
  if (typeof a === 'number' && typeof b === 'number') return a * b;
  if (a === 1) return b;
  if (b === 1) return a;
  return `${a}*${b}`;
}

export const isOne = (d: Dim): boolean => d === 1;
export const isScalarShape = (s: Shape): boolean => s.rows === 1 && s.cols === 1;
export const sameShape = (a: Shape, b: Shape): boolean => a.rows === b.rows && a.cols === b.cols;
export type { Shape, Dim };
