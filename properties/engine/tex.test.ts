import katex from 'katex';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../rules/index.js';
import { DERIVATIONS } from '../../rules/derivations/index.js';
import { differentialName } from '../../rules/derivations/schema.js';
import { claimOf, subjectOf, wrtOf } from '../../rules/claims.js';
import { toTex } from './tex.js';

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
