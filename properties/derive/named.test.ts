/**
 * A repeated subexpression named (named.ts): the named form, the name a person gives, and the
 * substituted G that --claim takes still printed last (plain) and kept as `gradient` (--json).
 */
import { describe, expect, test } from 'vitest';
import { fromMath } from '../engine/ast.js';
import { parseExpression } from '../engine/expr.js';
import { deriveJson, formatDerivation, type DeriveArgs } from '../presentation/derive.js';
import { deriveGradient } from './derive.js';
import { nameRepeated } from './named.js';
import { sameTerm } from './terms.js';

const parse = (s: string) => fromMath(parseExpression(s), s, '');

/** The named form with its definition substituted back (as a person reads "where"). */
function substituted(expr: string, name: string, value: string): string {
  return expr.replace(new RegExp(`\\b${name}\\b`, 'g'), `(${value})`);
}

describe('nameRepeated', () => {
  test('a sigmoid that occurs three times is named p, and substituting it back gives the same term', () => {
    const g = "(sigmoid(W1*x) .* (1 - sigmoid(W1*x)) .* ((w2'*sigmoid(W1*x) - y)*w2))*x'";
    const n = nameRepeated(g)!;
    expect(n).toEqual({ expr: "(p .* (1 - p) .* ((w2'*p - y)*w2))*x'", where: { name: 'p', value: 'sigmoid(W1*x)' } });
    expect(sameTerm(parse(substituted(n.expr, n.where.name, n.where.value)), parse(g))).toBe(true);
  });
  test("the most saving subexpression is named: inv(X'*C*X) twice, not its argument", () => {
    expect(nameRepeated("C*X*inv(X'*C*X)*(-A' - A)*inv(X'*C*X)")).toEqual({ expr: "C*X*T*(-A' - A)*T", where: { name: 'T', value: "inv(X'*C*X)" } });
  });
  test('a name of f is not reused', () => {
    expect(nameRepeated("(W2*tanh(W1*x) - y)*tanh(W1*x)'", ['T', 'W1'])!.where.name).toBe('T1');
  });
  test('nothing repeats, or what repeats is too small to name: null', () => {
    expect(nameRepeated("2*X'*(X*theta - y)")).toBeNull();
    expect(nameRepeated("A*x + A'*x")).toBeNull();
  });
});

describe('mcv derive prints the named form, and the substituted G last', () => {
  const a: DeriveArgs = { f: 'norm(W2*tanh(W1*x) - y)^2', wrt: 'W2', shape: ['W1=hxd', 'x=d', 'W2=kxh', 'y=k'], assume: [] };
  const r = deriveGradient({ f: a.f, wrt: a.wrt, shape: { W1: 'hxd', x: 'd', W2: 'kxh', y: 'k' }, assume: {}, cases: 20, seed: 1 });
  test('plain: the where line, then the pasteable G', () => {
    expect(r.verdict).toBe('derived');
    const lines = formatDerivation(r, a).split('\n');
    expect(lines.at(-1)).toBe(`G = ${r.gradient}`);
    expect(lines.at(-2)).toBe("G = 2*(W2*T - y)*T'  where T = tanh(W1*x)");
  });
  test('--json: `named` beside the substituted gradient', () => {
    const j = deriveJson(r, a);
    expect(j.gradient).toBe(r.gradient);
    expect(j.named).toEqual({ gradient: "2*(W2*T - y)*T'", where: { T: 'tanh(W1*x)' } });
  });
});
