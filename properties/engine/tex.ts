/**
 * LaTeX from the expression syntax: the same mathjs text the oracle evaluates, shown as a reader
 * expects it (Xᵀ, X⁻¹, Tr, ⊙, ‖X‖_F, θ, W₁, dX). Built on the parse tree rather than mathjs's own
 * toTex, which prints `a^H`, `\mathrm{A}` and double superscripts such as `X^{-1}^\top`.
 *
 * Parentheses come from precedence, not from the source: the source's own parentheses are
 * dropped where the meaning does not need them, and added wherever it does (a transpose of a
 * product, a sum inside a product, a Hadamard product inside a matrix product, …).
 */
import type { MathNode } from 'mathjs';
import { parseExpression } from './expr.js';
import { functionOp, OPS, operatorOp } from './ops/index.js';
import { literalCells } from './ops/matrix.js';
import { P, type Prec, type Tex, type TexKit } from './ops/types.js';

/** Options of {@link toTex}. */
export interface TexOptions {
  /**
   * Shapes of the variables (`mxn`, `n`, `1`): a variable whose shape is `1` is a scalar and set
   * in italic; the others in bold; a name that is not a variable (a dimension letter such as `n`)
   * in italic. Without shapes every variable is bold.
   */
  shapes?: Readonly<Record<string, string>>;
}

/** The Greek letters the generator writes as TeX commands (`theta` → `\theta`), lower case then upper case. */
export const GREEK_LETTERS: readonly string[] = [
  'alpha',
  'beta',
  'gamma',
  'delta',
  'epsilon',
  'varepsilon',
  'zeta',
  'eta',
  'theta',
  'vartheta',
  'iota',
  'kappa',
  'lambda',
  'mu',
  'nu',
  'xi',
  'rho',
  'sigma',
  'tau',
  'upsilon',
  'phi',
  'varphi',
  'chi',
  'psi',
  'omega',
  'Gamma',
  'Delta',
  'Theta',
  'Lambda',
  'Xi',
  'Pi',
  'Sigma',
  'Upsilon',
  'Phi',
  'Psi',
  'Omega',
];

/** Greek letters by name, plus the short names the catalogue uses (`lam`, `eps`). */
const GREEK: Readonly<Record<string, string>> = Object.fromEntries([...GREEK_LETTERS.map((g) => [g, `\\${g}`]), ['lam', '\\lambda'], ['Lam', '\\Lambda'], ['eps', '\\epsilon']]);

type AnyNode = MathNode & {
  value?: unknown;
  name?: string;
  op?: string;
  fn?: unknown;
  args?: MathNode[];
  content?: MathNode;
  items?: MathNode[];
  implicit?: boolean;
};

/** Wraps in parentheses, sized when the content is tall. */
export function paren(tex: string): string {
  return /\\frac|\\begin|\\sum|\\left/.test(tex) ? `\\left(${tex}\\right)` : `(${tex})`;
}

function number(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const s = String(v);
  const m = /^(-?[\d.]+)e([+-]?\d+)$/.exec(s);
  if (m) return `${m[1] === '1' ? '' : `${m[1]} \\times `}10^{${Number(m[2])}}`;
  return s;
}

/** `W1` → `W_{1}`, `x_hat` → `x_{hat}`, `theta` → `\theta`. */
function nameTex(name: string, bold: boolean): string {
  const m = /^([A-Za-z]+?)_?(\d+)$/.exec(name) ?? /^([A-Za-z]+)_([A-Za-z0-9]+)$/.exec(name);
  const [base, sub] = m ? [m[1]!, m[2]!] : [name, undefined];
  let core: string;
  // Bold lowercase Greek for vectors (θ); capitals stay upright, as in the notes (Θ).
  if (base in GREEK) core = bold && /^[a-z]/.test(base) ? `\\boldsymbol{${GREEK[base]}}` : GREEK[base]!;
  else if (base.length === 1) core = bold ? `\\mathbf{${base}}` : base;
  else core = bold ? `\\mathbf{${base}}` : `\\mathit{${base}}`;
  return sub === undefined ? core : `${core}_{${/^\d+$/.test(sub) ? sub : `\\mathrm{${sub}}`}}`;
}

/** Renders one parsed expression. */
class Renderer implements TexKit {
  constructor(private readonly opts: TexOptions) {}

  private isVariable(name: string): boolean {
    return this.opts.shapes ? name in this.opts.shapes : true;
  }

  private bold(name: string): boolean {
    if (!this.opts.shapes) return true;
    const s = this.opts.shapes[name];
    return s !== undefined && s.trim() !== '1' && s.trim() !== '1x1';
  }

  /** A direction: `dX` where X is a variable (with shapes) or looks like one (without). */
  private direction(name: string): string | null {
    const m = /^d([A-Za-z][A-Za-z0-9_]*)$/.exec(name);
    if (!m || name in GREEK) return null;
    const w = m[1]!;
    // With shapes, dW is a direction whenever W is a variable (a derivation lists dW among the shapes too).
    if (this.opts.shapes) return w in this.opts.shapes ? w : null;
    return /^[A-Z]/.test(w) || w.length === 1 || w in GREEK || /^[A-Za-z]\d+$/.test(w) ? w : null;
  }

  symbol(name: string): Tex {
    if (name === 'pi') return { tex: '\\pi', prec: P.Atom };
    if (name === 'e' && !(this.opts.shapes && 'e' in this.opts.shapes)) return { tex: 'e', prec: P.Atom };
    const w = this.direction(name);
    if (w !== null) return { tex: `d${nameTex(w, this.bold(w))}`, prec: P.Atom, diff: true, startsDiff: true, endsDiff: true };
    return { tex: nameTex(name, this.isVariable(name) && this.bold(name)), prec: P.Atom };
  }

  /** Operand that must bind at least as tightly as `min`. */
  private operand(t: Tex, min: Prec): string {
    return t.prec < min ? paren(t.tex) : t.tex;
  }

  /** The argument of a function written with its own parentheses: f(x). */
  paren(tex: string): string {
    return paren(tex);
  }

  call(op: string, arg: Tex): Tex {
    return { tex: `${op}${paren(arg.tex)}`, prec: P.Atom };
  }

  /** A base that will carry a superscript. */
  base(t: Tex): string {
    return t.prec < P.Atom || t.sup || t.neg || t.frac || t.diff ? paren(t.tex) : t.tex;
  }

  /** A dimension argument of eye/ones/zeros: plain, whatever the shapes say. */
  dim(n: MathNode): string {
    const a = n as AnyNode;
    if (a.type === 'SymbolNode') return a.name!;
    return this.render(n).tex;
  }

  render(node: MathNode): Tex {
    const n = node as AnyNode;
    switch (node.type) {
      case 'ConstantNode': {
        if (typeof n.value === 'number') return { tex: number(n.value), prec: P.Atom, num: true, scalarFactor: true };
        return { tex: `\\text{${String(n.value)}}`, prec: P.Atom };
      }
      case 'SymbolNode':
        return this.symbol(n.name!);
      case 'ParenthesisNode':
        return this.render(n.content!);
      case 'ArrayNode': {
        const { rows, layout } = literalCells(node);
        const cells = rows.flat();
        return OPS.find((o) => o.form === 'literal')!.tex(
          cells.map((c) => this.render(c)),
          cells,
          this,
          layout,
        );
      }
      case 'FunctionNode':
        return this.fn((n.fn as AnyNode).name ?? String(n.fn), n.args!);
      case 'OperatorNode':
        return this.operator(n.fn as string, n.args!);
      default:
        return { tex: `\\text{${node.toString().replace(/[{}\\]/g, '')}}`, prec: P.Atom };
    }
  }

  private operator(fn: string, argNodes: MathNode[]): Tex {
    const args = argNodes.map((x) => this.render(x));
    const op = operatorOp(fn);
    if (op) return op.tex(args, argNodes, this);
    const [a, b] = args as [Tex, Tex];
    return { tex: `${this.operand(a, P.Atom)} \\mathbin{\\text{${fn}}} ${this.operand(b, P.Atom)}`, prec: P.Product };
  }

  product(fn: 'multiply' | 'dotMultiply' | 'dotDivide', a: Tex, b: Tex): Tex {
    const sym = fn === 'multiply' ? '' : fn === 'dotMultiply' ? '\\odot' : '\\oslash';
    // Within a product, a factor that is itself a different kind of product is parenthesised
    // (AB ⊙ C is ambiguous to a reader), unless it is a scalar multiple such as 2X.
    const factor = (t: Tex, right: boolean): string => {
      if (t.prec < P.Product) return paren(t.tex);
      // (−A)B = −(AB), and likewise for ⊙ and ⊘: a minus in front needs no parentheses.
      if (t.neg && right) return paren(t.tex);
      if (t.prec === P.Product && t.op !== fn && !t.scalarFactor) return paren(t.tex);
      // (a ⊘ b) ⊘ c and a ⊘ (b ⊘ c) differ; so do the right-nested ones of ⊙ with ⊘.
      if (right && t.prec === P.Product && fn === 'dotDivide') return paren(t.tex);
      return t.tex;
    };
    const l = factor(a, false),
      r = factor(b, true);
    // Whether the differential at either end of a factor is still at that end once it is set.
    const endsDiff = l === a.tex && a.endsDiff === true;
    const startsDiff = r === b.tex && b.startsDiff === true;
    let tex: string;
    if (sym) tex = `${l} ${sym} ${r}`;
    else if (b.num || /^[\d.]/.test(r) || (a.num && b.num)) tex = `${l} \\cdot ${r}`;
    // A differential is set apart from the factors beside it (X⁻¹ dX X⁻¹, not X⁻¹dXX⁻¹, which reads as d(XX⁻¹)).
    else if (endsDiff || startsDiff) tex = `${l}\\, ${r}`;
    else tex = `${l} ${r}`;
    return {
      tex,
      prec: P.Product,
      op: fn,
      neg: a.neg,
      scalarFactor: fn === 'multiply' && (a.scalarFactor || b.scalarFactor) && (a.num || b.num),
      startsDiff: l === a.tex && a.startsDiff,
      endsDiff: r === b.tex && b.endsDiff,
    };
  }

  private fn(name: string, argNodes: MathNode[]): Tex {
    const args = argNodes.map((x) => this.render(x));
    const op = functionOp(name);
    if (op) return op.tex(args, argNodes, this);
    return { tex: `\\operatorname{${name.replace(/[^A-Za-z]/g, '')}}${paren(args.map((a) => a.tex).join(', '))}`, prec: P.Atom };
  }
}

/**
 * LaTeX for an expression in the oracle's syntax, e.g. `toTex("a'*inv(X)*b")` is
 * `\mathbf{a}^\top \mathbf{X}^{-1} \mathbf{b}`. Throws on text mathjs cannot parse.
 */
export function toTex(source: string, opts: TexOptions = {}): string {
  return new Renderer(opts).render(parseExpression(source)).tex;
}
