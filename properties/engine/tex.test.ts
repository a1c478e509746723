import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../rules/index.js';
import { DERIVATIONS } from '../../rules/derivations/index.js';
import { differentialName } from '../../rules/derivations/schema.js';
import { claimOf, subjectOf, wrtOf } from '../../rules/claims.js';
import { GREEK_LETTERS, toTex } from './tex.js';

const render = (tex: string) => katex.renderToString(tex, { throwOnError: true, strict: 'ignore', displayMode: true });

describe('toTex', () => {
  const cases: [string, string][] = [
    ["a'*X*b", String.raw`\mathbf{a}^\top \mathbf{X} \mathbf{b}`],
    ['inv(X)', String.raw`\mathbf{X}^{-1}`],
    ["inv(X)'", String.raw`(\mathbf{X}^{-1})^\top`],
    ["inv(X')", String.raw`(\mathbf{X}^\top)^{-1}`],
    ["X''", String.raw`(\mathbf{X}^\top)^\top`],
    ["(A*B)'", String.raw`(\mathbf{A} \mathbf{B})^\top`],
    ['trace(X*Y)', String.raw`\operatorname{Tr}(\mathbf{X} \mathbf{Y})`],
    ['X .* Y', String.raw`\mathbf{X} \odot \mathbf{Y}`],
    ['dX ./ X', String.raw`d\mathbf{X} \oslash \mathbf{X}`],
    ["norm(X,'fro')", String.raw`\lVert \mathbf{X} \rVert_F`],
    ["norm(A*x - b,'fro')^2", String.raw`\lVert \mathbf{A} \mathbf{x} - \mathbf{b} \rVert_F^{2}`],
    ['logdet(X)', String.raw`\log\lvert\det \mathbf{X}\rvert`],
    ['logdet(A*B)', String.raw`\log\lvert\det (\mathbf{A} \mathbf{B})\rvert`],
    ['softmax(Theta*x)', String.raw`\operatorname{softmax}(\Theta \mathbf{x})`],
    ['theta + mu + lam*W1', String.raw`\boldsymbol{\theta} + \boldsymbol{\mu} + \boldsymbol{\lambda} \mathbf{W}_{1}`],
    // A differential is set apart from its neighbours by a thin space, wherever it stands in a product.
    ['dX*Y + X*dY', String.raw`d\mathbf{X}\, \mathbf{Y} + \mathbf{X}\, d\mathbf{Y}`],
    ['-inv(X)*dX*inv(X)', String.raw`-\mathbf{X}^{-1}\, d\mathbf{X}\, \mathbf{X}^{-1}`],
    ['-inv(X)*inv(X)*dX', String.raw`-\mathbf{X}^{-1} \mathbf{X}^{-1}\, d\mathbf{X}`],
    ['A*dX*B', String.raw`\mathbf{A}\, d\mathbf{X}\, \mathbf{B}`],
    ['-dX*Y', String.raw`-d\mathbf{X}\, \mathbf{Y}`],
    ['trace(inv(X)*dX)', String.raw`\operatorname{Tr}(\mathbf{X}^{-1}\, d\mathbf{X})`],
    ["a'*dX*b", String.raw`\mathbf{a}^\top\, d\mathbf{X}\, \mathbf{b}`],
    // A superscript on a differential applies to the whole of it: (dX)⁻¹, not dX⁻¹, which reads as d(X⁻¹).
    ["dX'*A", String.raw`(d\mathbf{X})^\top \mathbf{A}`],
    ['-inv(dX)', String.raw`-(d\mathbf{X})^{-1}`],
    ["X*dX'", String.raw`\mathbf{X} (d\mathbf{X})^\top`],
    ['dX .* Y', String.raw`d\mathbf{X} \odot \mathbf{Y}`],
    ['dX.^2', String.raw`(d\mathbf{X})^{\circ 2}`],
    ['dtheta', String.raw`d\boldsymbol{\theta}`],
    ['dTheta', String.raw`d\Theta`],
    ['a - (b - c)', String.raw`\mathbf{a} - (\mathbf{b} - \mathbf{c})`],
    ['(a - b) - c', String.raw`\mathbf{a} - \mathbf{b} - \mathbf{c}`],
    ['a*(-b)', String.raw`\mathbf{a} (-\mathbf{b})`],
    ['-(a + b)', String.raw`-(\mathbf{a} + \mathbf{b})`],
    ['(A*B) .* C', String.raw`(\mathbf{A} \mathbf{B}) \odot \mathbf{C}`],
    ['A*(B .* C)', String.raw`\mathbf{A} (\mathbf{B} \odot \mathbf{C})`],
    ['2*X .* dX', String.raw`2 \mathbf{X} \odot d\mathbf{X}`],
    ['-sin(X) .* dX', String.raw`-\sin(\mathbf{X}) \odot d\mathbf{X}`],
    ['a/b', String.raw`\frac{\mathbf{a}}{\mathbf{b}}`],
    ['-a/b', String.raw`-\frac{\mathbf{a}}{\mathbf{b}}`],
    ['X.^2', String.raw`\mathbf{X}^{\circ 2}`],
    ["ones(n)'*x", String.raw`\mathbf{1}_{n}^\top \mathbf{x}`],
    ['eye(m,n)', String.raw`\mathbf{I}_{m \times n}`],
    ['kron(A,B)', String.raw`\mathbf{A} \otimes \mathbf{B}`],
    ['X*2', String.raw`\mathbf{X} \cdot 2`],
  ];
  for (const [src, tex] of cases) test(`${src} → ${tex}`, () => expect(toTex(src)).toBe(tex));

  test('shapes decide bold: scalars and dimension letters are italic', () => {
    expect(toTex("c*x'*x/n", { shapes: { c: '1', x: 'n' } })).toBe(String.raw`\frac{c \mathbf{x}^\top \mathbf{x}}{n}`);
    expect(toTex('dx + dc', { shapes: { c: '1', x: 'n' } })).toBe(String.raw`d\mathbf{x} + dc`);
    expect(toTex('dX*Y', { shapes: { X: 'nxn', dX: 'nxn', Y: 'nxn' } })).toBe(String.raw`d\mathbf{X}\, \mathbf{Y}`);
  });

  test('a syntax error throws', () => expect(() => toTex("a'*")).toThrow());
});

describe('KaTeX renders every expression of the site without error', () => {
  for (const r of RULES) {
    test(`rule ${r.id}: statement, expressions and mistakes`, () => {
      const shapes = { ...r.shapes, ...Object.fromEntries(wrtOf(r).map((w) => [`d${w}`, r.shapes[w]!])) };
      render(r.latex);
      for (const e of [subjectOf(r), claimOf(r), ...r.mistakes.map((m) => m.claim)]) render(toTex(e, { shapes: { ...r.shapes } }));
      for (const e of [claimOf(r), ...r.mistakes.map((m) => m.claim)]) render(toTex(e, { shapes }));
    });
  }
  for (const d of DERIVATIONS) {
    test(`derivation ${d.id}: every line`, () => {
      const shapes = { ...d.shapes, [differentialName(d.wrt)]: d.shapes[d.wrt]! };
      for (const e of [d.f, d.gradient.G, ...d.steps.map((s) => ('f' in s ? s.f : s.df))]) render(toTex(e, { shapes }));
    });
  }
});

/**
 * The symbols of a formula, read from its LaTeX: the variables set in bold (X, θ: by their name),
 * in Greek (Θ, λ), and the functions and operators it applies (Tr, log, softmax, ⊙, Σ, …). A column
 * `\mathbf{x}_i` of a matrix X is recorded as `x_i`. Text (`\text{…}`) and spaces (`\mathbb{R}^{n}`)
 * are not symbols.
 */
interface TexSymbols {
  bold: Set<string>;
  greek: Set<string>;
  fns: Set<string>;
  /** Bold or Greek names the formula defines (`\mathbf{p} = …`). */
  defined: Set<string>;
  /** Functions the formula defines (`\mathrm{adj}(\mathbf{X}) = …`): applying one is writing out its definition. */
  definedFns: Set<string>;
}
// \sigma is the sigmoid here (FUNCTION_COMMANDS), not a Greek variable.
const GREEK_NAMES = new Set(GREEK_LETTERS.filter((g) => g !== 'sigma'));
/** Functions and operators written as commands; σ is the sigmoid (the generator writes softmax by name). */
const FUNCTION_COMMANDS = new Set(['det', 'log', 'ln', 'exp', 'tanh', 'sin', 'cos', 'sqrt', 'odot', 'oslash', 'otimes', 'circ', 'sum', 'sigma']);

function texSymbols(tex: string): TexSymbols {
  const out: TexSymbols = { bold: new Set(), greek: new Set(), fns: new Set(), defined: new Set(), definedFns: new Set() };
  let s = tex
    .replace(/\\text\{[^}]*\}/g, ' ')
    .replace(/\\mathbb\{R\}(\^\{[^}]*\}|\^\w)?/g, ' ')
    // A Hadamard power X^{∘2} is not a product: it is recorded as `hpow`.
    .replace(/\^\{\\circ\s*/g, '^{\\hpow ')
    // e^{…} is exp; the adjoint C̄ is the variable the expressions call Cb.
    .replace(/\be\^/g, '\\exp ')
    .replace(/\\bar\{\\mathbf\{([A-Za-z])\}\}/g, '\\mathbf{$1b}');
  const name = (n: string) => n;
  s = s.replace(
    /\\(?:mathbf|boldsymbol|bm)\s*(?:\{\s*\\?([A-Za-z]+|\d)\s*\}|\\([A-Za-z]+)|([A-Za-z0-9]))(_\{?i\}?)?(\s*:?=)?/g,
    (_all, a?: string, b?: string, c?: string, col?: string, def?: string) => {
      const n = name(a ?? b ?? c ?? '');
      out.bold.add(col ? `${n}_i` : n);
      if (def) out.defined.add(n);
      return ' ';
    },
  );
  // A function the latex defines (`\mathrm{adj}(\mathbf{X}) = …`) is recorded as defined, not applied.
  s = s.replace(/\\(?:mathrm|operatorname)\{([A-Za-z]+)\}\s*\(([^()]*)\)\s*:?=/g, (_all, n: string, arg: string) => {
    out.definedFns.add(n);
    return ` ${arg} =`;
  });
  // Diag(v) is mcv's diag of a column (one function, read by the shape of its argument).
  s = s.replace(/\\(?:mathrm|operatorname)\{([A-Za-z]+)\}/g, (_all, n: string) => {
    out.fns.add(n === 'tr' ? 'Tr' : n === 'Diag' ? 'diag' : n);
    return ' ';
  });
  for (const [, c, def] of s.matchAll(/\\([A-Za-z]+)(\s*:?=)?/g)) {
    if (c === 'sigma') out.fns.add('σ');
    else if (GREEK_NAMES.has(c!)) {
      out.greek.add(c!);
      if (def) out.defined.add(c!);
    } else if (FUNCTION_COMMANDS.has(c!)) out.fns.add(c!);
    else if (c === 'hpow') out.fns.add('hpow');
  }
  return out;
}

describe("every rule's hand-written statement names what its expressions name", () => {
  /**
   * An identity between matrices is checked through a scalar u'·M·v on both sides: u and v are
   * the oracle's probes, not part of the statement.
   */
  const probes = (r: (typeof RULES)[number]): Set<string> => {
    if (r.kind !== 'identity') return new Set();
    const first = (e: string) => /^(\w+)'\s*\*/.exec(e.trim())?.[1];
    const last = (e: string) => /\*\s*(\w+)$/.exec(e.trim())?.[1];
    return new Set([first(r.lhs), last(r.lhs)].filter((p): p is string => (p !== undefined && p === first(r.rhs)) || p === last(r.rhs)));
  };
  for (const r of RULES)
    test(`rule ${r.id}: its latex has the variables and functions of its expressions, and no others`, () => {
      const shapes = { ...r.shapes, ...Object.fromEntries(wrtOf(r).map((w) => [`d${w}`, r.shapes[w]!])) };
      const hand = texSymbols(r.latex);
      const claim = texSymbols(toTex(claimOf(r), { shapes }));
      const all = texSymbols(`${toTex(subjectOf(r), { shapes })} ${toTex(claimOf(r), { shapes })}`);
      const faults: string[] = [];
      // Every variable of the expressions, but the probes, in the statement, and set as the generator sets it.
      const skip = probes(r);
      for (const v of Object.keys(r.shapes)) {
        if (skip.has(v) || !new RegExp(`\\b${v}\\b`).test(`${subjectOf(r)} ${claimOf(r)}`)) continue;
        const t = texSymbols(toTex(v, { shapes: r.shapes }));
        const sym: ['bold' | 'greek', string][] = [...[...t.bold].map((b): ['bold', string] => ['bold', b]), ...[...t.greek].map((g): ['greek', string] => ['greek', g])];
        for (const [kind, n] of sym) if (!hand[kind].has(n) && !hand.bold.has(`${n}_i`)) faults.push(`variable ${v} (${kind} ${n}) is not in the latex`);
        if (!sym.length && !new RegExp(`(?<![A-Za-z\\\\])${v}(?![A-Za-z])`).test(r.latex.replace(/\\[A-Za-z]+/g, ' '))) faults.push(`scalar ${v} is not in the latex`);
      }
      // No bold or Greek name that is not a variable, a column x_i of a variable X, a name the latex defines, or I, 1, 0.
      const vars = new Set([
        ...Object.keys(r.shapes).flatMap((v) => [...texSymbols(toTex(v, { shapes: r.shapes })).bold, ...texSymbols(toTex(v, { shapes: r.shapes })).greek]),
        ...all.bold,
        ...all.greek,
      ]);
      for (const b of [...hand.bold, ...hand.greek]) {
        const base = b.replace(/_i$/, '');
        const ok = vars.has(b) || hand.defined.has(base) || ['I', '1', '0'].includes(b) || (b.endsWith('_i') && (vars.has(base.toUpperCase()) || vars.has(base)));
        if (!ok) faults.push(`${b} in the latex is none of the rule's variables and is not defined there`);
      }
      // The functions the claim applies are in the statement (a sum may be written 1ᵀx) …
      for (const f of claim.fns) if (!hand.fns.has(f) && !(f === 'sum' && hand.bold.has('1'))) faults.push(`the claim applies ${f}, the latex does not`);
      // … and the statement applies no function the expressions do not (logsumexp is log Σ exp; Σ may index a sum the expressions write as a product).
      const known = new Set([...all.fns, ...(all.fns.has('logsumexp') ? ['log', 'sum', 'exp'] : [])]);
      for (const f of hand.fns) if (!known.has(f) && f !== 'sum' && !hand.definedFns.has(f)) faults.push(`the latex applies ${f}, the expressions do not`);
      expect(faults, `latex: ${r.latex}`).toEqual([]);
    });
});
