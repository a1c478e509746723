/**
 * `mcv derive --emit numpy|torch|jax|ts`: one self-contained file that computes f, its gradient and
 * (when derived) its Hessian, in the idiom of the library, with every repeated subexpression
 * computed once (common subexpression elimination in each function: a subexpression that occurs
 * twice becomes a temporary, with the same name in every function, and `value_and_gradient`
 * computes what f and G share once).
 *
 * The translation is decided on shapes: the derivation's own shape inference (derive/context.ts)
 * gives every node its symbolic shape, and a node's form follows from it alone (engine/ops/code.ts):
 * 1×1 a scalar, n×1 or 1×n a 1-D array, anything else a 2-D array. Each operation's code is its
 * entry's `code` (engine/ops/, the table of operations); the helpers a file carries are copied
 * from the prelude (prelude.ts).
 */
import { print, type Node, type Shape } from '../engine/ast.js';
import { InputError } from '../engine/errors.js';
import { CONSTANTS, compile } from '../engine/expr.js';
import { fromMath } from '../engine/ast.js';
import { formatShape, parseShape, shapeLetters } from '../engine/shapes.js';
import { TS_TYPE } from '../engine/ops/code.js';
import { OPS_BY_NAME } from '../engine/ops/index.js';
import { type Arg, type Code, type Kit, PREC, type Repr } from '../engine/ops/types.js';
import { TARGETS, type Target } from '../engine/ops/targets.js';
import { Context, ShapeMismatch } from '../derive/context.js';
import { JAX, NUMPY, TORCH, TS_HELPERS, type Helper, type PyLib } from './prelude.js';

export { TARGETS, type Target };

/** The library description of each Python target. */
const PY_LIBS: Readonly<Record<Exclude<Target, 'ts'>, PyLib>> = { numpy: NUMPY, torch: TORCH, jax: JAX };

/** What to emit: f, the derived gradient (and Hessian), and the shapes, as `mcv derive` has them. */
export interface EmitInput {
  /** The library: `numpy`, `torch`, `jax` or `ts`. */
  target: Target;
  /** The scalar function, in mcv's syntax. */
  f: string;
  /** The variable differentiated. */
  wrt: string;
  /** Shape of every variable, as with `--shape`: `3x4`, `mxn`, `n`, `1`. */
  shape: Readonly<Record<string, string>>;
  /** The gradient G (of wrt's shape), for a scalar f. */
  gradient?: string;
  /**
   * For a vector or matrix F instead of a gradient: the Jacobian J with dF = J dx (numerator
   * layout), or d vec F = J d vec X for matrices (vec stacking the columns).
   */
  jacobian?: string;
  /** The Hessian as the map H[dW], written with dW; emitted as `hessian(dW, …)` where no matrix is given. */
  hessian?: string;
  /** For a scalar or column wrt: the n×n matrix with H[dw] = H*dw; emitted as `hessian(…)`. */
  hessianMatrix?: string;
  /** Where the code comes from (e.g. the `mcv derive` command), for the file's header. */
  source?: string;
}

/** The code of a file, and the functions it defines. */
export interface Emitted {
  target: Target;
  code: string;
  /** The functions defined, in order: `f`, `gradient` and `value_and_gradient` (`valueAndGradient` in TypeScript), or `f`, `jacobian` and `value_and_jacobian`; with a Hessian `hessian` and `value_gradient_and_hessian`. */
  functions: string[];
  /** The Hessian's form: `matrix` (hessian(vars)), `map` (hessian(vars, dW)), or absent. */
  hessianForm?: 'matrix' | 'map';
  /** The operations whose entry's `code` the file was written with (engine names, sorted): emit.test.ts holds every entry to some tested file. */
  ops: string[];
}

/** Parses a target name; an InputError names the allowed ones. */
export function parseTarget(text: string): Target {
  const t = text.trim().toLowerCase();
  if ((TARGETS as readonly string[]).includes(t)) return t as Target;
  throw new InputError(`--emit ${text}: not a target; write one of ${TARGETS.join(' | ')}`, 'command');
}

const PY_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);
const JS_RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await arguments eval Math Array Number Object undefined NaN Infinity'.split(
    ' ',
  ),
);

const reprOf = (s: Shape): Repr => (s.rows === 1 && s.cols === 1 ? 'scalar' : s.rows === 1 || s.cols === 1 ? 'vec' : 'mat');
const numText = (v: number): string => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(17))));

/** The file computing f, G (and H) in the target library. Bad input throws an InputError naming it. */
export function emitCode(input: EmitInput): Emitted {
  const { target, wrt } = input;
  const py = target === 'ts' ? null : PY_LIBS[target];
  const shapes: Record<string, Shape> = {};
  for (const [name, text] of Object.entries(input.shape)) shapes[name] = parseShape(text, name);
  if (!(wrt in shapes)) throw new InputError(`--wrt ${wrt} names no variable; the variables are ${Object.keys(shapes).join(', ')}`, 'wrt');
  const letters = [...new Set(Object.values(shapes).flatMap(shapeLetters))].sort();
  const dims = new Set(letters);
  const dW = `d${wrt}`;
  const names = Object.keys(shapes);
  for (const n of [...names, ...(input.hessian && !input.hessianMatrix ? [dW] : [])]) {
    // float is called on the returned scalars; np, torch, jnp, jax and math name the libraries.
    if (py && (PY_KEYWORDS.has(n) || n === py.m || ['math', 'jax', 'torch', 'float'].includes(n)))
      throw new InputError(`--emit ${target}: the variable name "${n}" is taken in Python (a keyword or the library's name); rename the variable`, 'shape');
    if (!py && JS_RESERVED.has(n)) throw new InputError(`--emit ts: the variable name "${n}" is reserved in TypeScript; rename the variable`, 'shape');
  }
  const known = new Set([...names, ...letters]);
  // fromMath refuses matrix literals holding its variable; none is differentiated here, so it gets a name no symbol has.
  const parse = (src: string, field: 'f' | 'claim', extra: string[] = []): Node => fromMath(compile(src, { field, known: new Set([...known, ...extra]), dims }).node, src, '');
  const ctx = new Context(shapes, {}, wrt, dW, dims);
  const fail = (why: string): never => {
    throw new InputError(`--emit ${target}: ${why}`, 'command');
  };

  if ((input.gradient === undefined) === (input.jacobian === undefined)) fail('give either the gradient of a scalar f or the Jacobian of a vector or matrix F');
  const jac = input.jacobian !== undefined;
  const roots: { name: 'f' | 'gradient' | 'hessian'; node: Node }[] = [
    { name: 'f', node: parse(input.f, 'f') },
    { name: 'gradient', node: parse((input.gradient ?? input.jacobian)!, 'claim') },
  ];
  const hessianForm = input.hessianMatrix !== undefined ? 'matrix' : input.hessian !== undefined ? 'map' : undefined;
  if (hessianForm === 'matrix') roots.push({ name: 'hessian', node: parse(input.hessianMatrix!, 'claim') });
  if (hessianForm === 'map') roots.push({ name: 'hessian', node: parse(input.hessian!, 'claim', [dW]) });

  const wrtShape0 = shapes[wrt]!;
  const shapeOf = (n: Node): Shape => {
    try {
      return ctx.shape(n);
    } catch (e) {
      if (e instanceof ShapeMismatch) return fail(`the sizes in ${e.message} do not fit`);
      throw e;
    }
  };
  if (hessianForm === 'map' && wrtShape0.rows === 1 && wrtShape0.cols !== 1) fail(`the Hessian map of the 1×n variable ${wrt} is not emitted; declare ${wrt} as a column (--shape ${wrt}=n)`);
  if (!jac && reprOf(shapeOf(roots[0]!.node)) !== 'scalar') fail(`f is ${formatShape(shapeOf(roots[0]!.node))}, not a scalar; code is emitted for a scalar f and its gradient`);

  // Common subexpressions, per function (f, gradient, value_and_gradient, hessian): a node seen a
  // second time is not descended into again, so a part of a repeated subexpression counts once (it
  // is computed inside the temporary, not beside it). Per function, so that inv(S) used once in f
  // is a solve there, and kept once where f and G share it.
  const countsOf = (nodes: readonly Node[]): Map<string, number> => {
    const count = new Map<string, number>();
    const visit = (n: Node): void => {
      if (n.k !== 'call') return;
      const key = print(n);
      const c = count.get(key) ?? 0;
      count.set(key, c + 1);
      if (c === 0) n.args.forEach(visit);
    };
    nodes.forEach(visit);
    return count;
  };
  const leaf = (n: Node) => n.k !== 'call';
  const tempPrefix = names.some((n) => /^t\d+$/.test(n)) ? '_t' : 't';
  const tempName = new Map<string, string>();
  const used = new Set<string>();

  /** One function's body: the temporaries it defines, in order. */
  class Body {
    private readonly count: Map<string, number>;
    constructor(roots: readonly Node[]) {
      this.count = countsOf(roots);
    }
    readonly defined = new Set<string>();
    readonly stmts: [string, string][] = [];
    readonly vars = new Set<string>();
    readonly letters = new Set<string>();

    arg(n: Node, c: Code): Arg {
      const shape = shapeOf(n);
      return { ...c, node: n, shape, repr: reprOf(shape), row: shape.rows === 1 && shape.cols !== 1 };
    }

    /** Computed once into a temporary: it occurs twice (a transpose or a sign of a name costs nothing worth a name of its own). */
    isTemp(n: Node): boolean {
      return n.k === 'call' && (this.count.get(print(n)) ?? 0) >= 2 && !(['transpose', 'unaryMinus', 'unaryPlus'].includes(n.name) && leaf(n.args[0]!));
    }

    code(n: Node): Arg {
      if (!this.isTemp(n)) return this.raw(n);
      const key = print(n);
      if (!this.defined.has(key)) {
        const c = this.raw(n);
        // A transpose of a 1-D temporary is that temporary: no second name for it.
        if (/^[A-Za-z_]\w*$/.test(c.code)) return c;
        let name = tempName.get(key);
        if (!name) tempName.set(key, (name = `${tempPrefix}${tempName.size + 1}`));
        this.stmts.push([name, c.code]);
        this.defined.add(key);
      }
      return this.arg(n, { code: tempName.get(key)!, prec: PREC.atom });
    }

    raw(n: Node): Arg {
      switch (n.k) {
        case 'num':
          return this.arg(n, { code: numText(n.v), prec: n.v < 0 ? PREC.unary : PREC.atom });
        case 'str':
          return this.arg(n, { code: `'${n.v}'`, prec: PREC.atom });
        case 'sym': {
          if (n.name in shapes || n.name === dW) this.vars.add(n.name);
          else if (dims.has(n.name)) this.letters.add(n.name);
          else if (n.name in CONSTANTS) return this.arg(n, { code: py ? (n.name === 'pi' ? py.pi : py.e) : n.name === 'pi' ? 'Math.PI' : 'Math.E', prec: PREC.atom });
          else fail(`${n.name} is neither a variable nor a dimension letter`);
          return this.arg(n, { code: n.name, prec: PREC.atom });
        }
        case 'lit': {
          const lit = compile(n.text, { field: 'f', known, dims }).node as unknown as { items: { items?: unknown[] }[] };
          const rowsOf = lit.items.every((it) => Array.isArray(it.items)) ? lit.items.map((it) => it.items!) : [lit.items];
          const rows = rowsOf.map((r) => r.map((x) => this.code(fromMath(x as never, n.text, ''))));
          return this.apply('matrix', n, [], rows);
        }
        case 'call':
          return this.apply(
            n.name,
            n,
            n.args.map((a) => this.code(a)),
          );
      }
    }

    apply(name: string, n: Node, args: Arg[], rows?: Arg[][]): Arg {
      const op = OPS_BY_NAME.get(name);
      if (!op) return fail(`${name} is not an operation of the table of operations`);
      used.add(name);
      const shape = shapeOf(n);
      const kit: Kit = {
        out: { shape, repr: reprOf(shape), row: shape.rows === 1 && shape.cols !== 1 },
        helper: (h) => h,
        code: (m) => this.code(m),
        isTemp: (m) => this.isTemp(m),
        ...(rows ? { rows } : {}),
        fail: (why) => fail(`${print(n)}: ${why}`),
      };
      return this.arg(n, py ? op.code[py.target](args, { ...kit, lib: py }) : op.code.ts(args, kit));
    }
  }

  const wrtShape = shapes[wrt]!;
  const wrtRow = wrtShape.rows === 1 && wrtShape.cols !== 1;
  const shapeText = (s: Shape) => formatShape(s).replace('x', '×');

  /** Where each dimension letter can be read from: a variable and an axis. */
  const letterSource = (l: string): { v: string; axis: 0 | 1 } => {
    for (const v of names) {
      const s = shapes[v]!;
      const r = reprOf(s);
      if (r === 'mat' && s.rows === l) return { v, axis: 0 };
      if (r === 'mat' && s.cols === l) return { v, axis: 1 };
      if (r === 'vec' && (s.rows === l || s.cols === l)) return { v, axis: 0 };
    }
    return fail(`the size ${l} is not the size of any variable`);
  };

  const formOf = (s: Shape): string => {
    const r = reprOf(s);
    if (py) return r === 'scalar' ? 'a float' : r === 'vec' && !(s.rows === 1) ? `a 1-D array of ${s.rows}` : r === 'mat' || s.rows === 1 ? `a 2-D array ${shapeText(s)}` : '';
    return r === 'scalar' ? 'a number' : r === 'vec' && s.rows !== 1 ? `number[] of ${s.rows}` : `number[][], ${shapeText(s)} (rows)`;
  };
  const functions: string[] = [];
  // The TypeScript functions' one parameter: any name a variable does not have.
  const vParam = names.includes('variables') ? '_variables' : 'variables';
  const parts: string[] = [];
  const bodies: { fname: string; roots: { name: string; node: Node }[]; ret: (codes: Arg[]) => string; doc: string; extra?: string }[] = [];
  const fRoot = roots[0]!,
    gRoot = roots[1]!,
    hRoot = roots[2];
  const gDoc = `the gradient of f with respect to ${wrt}, of ${wrt}'s shape (${shapeText(wrtShape)})`;
  const fShape = shapeOf(fRoot.node);
  const fDoc = reprOf(fShape) === 'scalar' ? (py ? py.scalarName : 'a number') : formOf(fShape);
  // vec stacks the columns (Magnus and Neudecker); NumPy and PyTorch store rows, hence the order.
  const vecNote = py ? (py === PY_LIBS.torch ? ' (vec F is F.T.reshape(-1))' : " (vec F is F.reshape(-1, order='F'))") : ' (vec stacks the columns)';
  const jDoc = reprOf(fShape) === 'mat' || reprOf(wrtShape) === 'mat' ? `d vec F = J d vec ${wrt}${vecNote}` : `dF = J d${wrt} (numerator layout: a row per entry of F)`;
  const gName = jac ? 'jacobian' : 'gradient';
  const both = jac ? (py ? 'value_and_jacobian' : 'valueAndJacobian') : py ? 'value_and_gradient' : 'valueAndGradient';
  bodies.push({ fname: 'f', roots: [fRoot], ret: ([c]) => retOf(c!, 'f'), doc: `${jac ? 'F' : 'f'} = ${input.f}, ${fDoc}` });
  bodies.push({
    fname: gName,
    roots: [gRoot],
    ret: ([c]) => retOf(c!, jac ? 'jac' : 'grad'),
    doc: jac ? `J = ${input.jacobian}: the Jacobian of F with respect to ${wrt}, ${jDoc}` : `G = ${input.gradient}: ${gDoc}`,
  });
  bodies.push({
    fname: both,
    roots: [fRoot, gRoot],
    ret: ([a, b]) => (py ? `${retOf(a!, 'f')}, ${retOf(b!, jac ? 'jac' : 'grad')}` : `[${retOf(a!, 'f')}, ${retOf(b!, jac ? 'jac' : 'grad')}]`),
    doc: `${jac ? 'F and its Jacobian' : 'f and its gradient'} together, computing what they share once`,
  });
  if (hRoot)
    bodies.push({
      fname: 'hessian',
      roots: [hRoot],
      ret: ([c]) => retOf(c!, 'hess'),
      doc:
        hessianForm === 'matrix'
          ? `H = ${input.hessianMatrix}: the Hessian of f with respect to ${wrt}, the ${wrtShape.rows}×${wrtShape.rows} matrix with d(∇f) = H d${wrt}`
          : `H[${dW}] = ${input.hessian}: the Hessian of f with respect to ${wrt} applied to a direction ${dW} of ${wrt}'s shape (d(∇f) = H[${dW}])`,
      extra: hessianForm === 'map' ? dW : undefined,
    });
  if (hRoot)
    bodies.push({
      fname: py ? 'value_gradient_and_hessian' : 'valueGradientAndHessian',
      roots: [fRoot, gRoot, hRoot],
      ret: ([a, b, c]) => (py ? `${retOf(a!, 'f')}, ${retOf(b!, 'grad')}, ${retOf(c!, 'hess')}` : `[${retOf(a!, 'f')}, ${retOf(b!, 'grad')}, ${retOf(c!, 'hess')}]`),
      doc: `f, its gradient and ${hessianForm === 'matrix' ? 'its Hessian' : `its Hessian applied to ${dW}`} together, computing what they share once`,
      extra: hessianForm === 'map' ? dW : undefined,
    });

  /** The returned value in the contract's form: a float for a scalar, the variable's own form for G. */
  function retOf(c: Arg, what: 'f' | 'grad' | 'hess' | 'jac'): string {
    const shaped = what === 'grad' || (what === 'hess' && hessianForm === 'map');
    if (c.repr === 'scalar') return py ? py.toFloat(c.code) : c.code;
    if (shaped && wrtRow) return py ? `${c.prec < PREC.atom ? `(${c.code})` : c.code}.reshape(1, -1)` : `[${c.code}]`;
    return c.code;
  }

  const varLines = names.map((v) => `${v}: ${formOf(shapes[v]!)}`);

  for (const b of bodies) {
    const body = new Body(b.roots.map((r) => r.node));
    const rets = b.roots.map((r) => body.code(r.node));
    const ret = b.ret(rets);
    // The dimension letters used, read off a variable (which is then converted too).
    const letterStmts = [...body.letters].sort().map((l) => {
      const src = letterSource(l);
      body.vars.add(src.v);
      return [l, src] as const;
    });
    const used = names.filter((v) => body.vars.has(v));
    const dir = b.extra;
    functions.push(b.fname);
    if (py) {
      const params = [...(dir ? [dir] : []), ...names].join(', ');
      const lines = [`def ${b.fname}(*, ${params}):`, `    """${b.doc}.`, ''];
      lines.push(...(dir ? [`    ${dir}: ${formOf(wrtShape)}, a direction of ${wrt}`] : []), ...varLines.map((l) => `    ${l}`), '    """');
      const conv = (v: string, s: Shape) => {
        const r = reprOf(s);
        if (r === 'scalar') return py.scalar(v);
        return s.rows === 1 ? `${py.array(v)}.reshape(-1)` : py.array(v);
      };
      if (dir && body.vars.has(dW)) lines.push(`    ${dir} = ${conv(dir, wrtShape)}`);
      for (const v of used) lines.push(`    ${v} = ${conv(v, shapes[v]!)}`);
      for (const [l, src] of letterStmts) lines.push(`    ${l} = ${src.v}.shape[${src.axis}]`);
      for (const [t, c] of body.stmts) lines.push(`    ${t} = ${c}`);
      lines.push(`    return ${ret}`);
      parts.push(lines.join('\n'));
    } else {
      const fType = {
        f: TS_TYPE[reprOf(fShape)],
        jacobian: TS_TYPE[reprOf(shapeOf(gRoot.node))],
        valueAndJacobian: `[${TS_TYPE[reprOf(fShape)]}, ${TS_TYPE[reprOf(shapeOf(gRoot.node))]}]`,
        gradient: tsOut('grad'),
        valueAndGradient: `[number, ${tsOut('grad')}]`,
        hessian: tsOut('hess'),
        valueGradientAndHessian: `[number, ${tsOut('grad')}, ${tsOut('hess')}]`,
      }[b.fname];
      const params = `${vParam}: Variables${dir ? `, ${dir}: ${TS_TYPE[reprOf(wrtShape)]}` : ''}`;
      const lines = [`/** ${b.doc}. */`, `export function ${b.fname}(${params}): ${fType} {`];
      const fromRow = used.filter((v) => shapes[v]!.rows === 1 && shapes[v]!.cols !== 1);
      const plain = used.filter((v) => !fromRow.includes(v));
      if (plain.length) lines.push(`  const { ${plain.join(', ')} } = ${vParam};`);
      for (const v of fromRow) lines.push(`  const ${v} = ${vParam}.${v}[0]!;`);
      for (const [l, src] of letterStmts) lines.push(`  const ${l} = ${src.axis === 0 ? `${src.v}.length` : `${src.v}[0]!.length`};`);
      for (const [t, c] of body.stmts) lines.push(`  const ${t} = ${c};`);
      lines.push(`  return ${ret};`, '}');
      parts.push(lines.join('\n'));
    }
  }

  function tsOut(what: 'grad' | 'hess'): string {
    if (what === 'hess' && hessianForm === 'matrix') return TS_TYPE[reprOf({ rows: wrtShape.rows, cols: wrtShape.rows })];
    return wrtRow ? 'number[][]' : TS_TYPE[reprOf(wrtShape)];
  }

  // The helpers the code calls, with the helpers they call, in dependency order.
  const all = parts.join('\n');
  const table: Readonly<Record<string, Helper>> = py ? py.helpers : TS_HELPERS;
  const needed: string[] = [];
  const need = (h: string) => {
    if (needed.includes(h)) return;
    for (const d of table[h]!.uses ?? []) need(d);
    needed.push(h);
  };
  for (const h of Object.keys(table)) if (new RegExp(`\\b${h}\\b`).test(all)) need(h);

  const header = [
    `f = ${input.f}`,
    jac ? `Jacobian with respect to ${wrt}: J = ${input.jacobian}` : `gradient with respect to ${wrt}: G = ${input.gradient}`,
    ...(hessianForm === 'matrix' ? [`Hessian: H = ${input.hessianMatrix}`] : hessianForm === 'map' ? [`Hessian: H[${dW}] = ${input.hessian}`] : []),
    `shapes: ${names.map((v) => `${v} ${shapeText(shapes[v]!)}`).join(', ')}`,
    ...(input.source ? [`from: ${input.source}`] : []),
    'Every line of the derivation was verified numerically by mcv (matrix-calculus-verified).',
  ];
  let code: string;
  if (py) {
    const returns = jac ? 'F is returned in its form, the Jacobian as a matrix (a vector where F or the variable is a scalar).' : `f returns ${py.scalarName}, the gradient has its variable's form.`;
    const conv = `Call with keyword arguments named as the variables. ${py.convention} ${returns}`;
    const helpers = needed.map((h) => table[h]!.code);
    code = [`"""${[...header, conv].join('\n')}\n"""`, py.imports.join('\n'), ...helpers, ...parts].join('\n\n\n') + '\n';
  } else {
    const iface = ['/** The variables: a matrix as rows (number[][]), a column vector as number[], a scalar as a number. */', 'export interface Variables {'];
    for (const v of names)
      iface.push(`  /** ${shapeText(shapes[v]!)} */`, `  ${v}: ${TS_TYPE[reprOf(shapes[v]!)] === 'number[]' && shapes[v]!.rows === 1 ? 'number[][]' : TS_TYPE[reprOf(shapes[v]!)]};`);
    iface.push('}');
    const helpers = needed.map((h) => table[h]!.code);
    code = [`/**\n${header.map((l) => ` * ${l}`).join('\n')}\n */`, iface.join('\n'), ...helpers, ...parts].join('\n\n') + '\n';
  }
  return { target, code, functions, ...(hessianForm ? { hessianForm } : {}), ops: [...used].sort() };
}
