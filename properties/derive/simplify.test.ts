/**
 * The simplifier: an e-graph (hash-consing, congruence), a rewrite table whose every entry is a
 * catalogue identity, guards from the rules' own shapes and assumptions, and answers as short as a
 * person writes them, each citing the identities it used.
 */
import { describe, expect, test } from 'vitest';
import { RULES } from '../../rules/index.js';
import { fromMath, print, type Node } from '../engine/ast.js';
import { compile } from '../engine/expr.js';
import { parseShape, type Assumption } from '../engine/shapes.js';
import { Context } from './context.js';
import { deriveGradient } from './derive.js';
import { EGraph } from './egraph.js';
import { REWRITES } from './rewrites.js';
import { compiledRewrites, simplify } from './simplify.js';

/** Simplifies `src` under the given shapes and assumptions; returns the result and the rules cited. */
function simp(src: string, shapes: Record<string, string>, assume: Record<string, Assumption[]> = {}) {
  const parsed = Object.fromEntries(Object.entries(shapes).map(([k, v]) => [k, parseShape(v, k)]));
  const dims = new Set(
    Object.values(parsed)
      .flatMap((s) => [s.rows, s.cols])
      .filter((d): d is string => typeof d === 'string'),
  );
  const vars = Object.keys(shapes);
  const ctx = new Context(parsed, assume, vars[0]!, `d${vars[0]}`, dims);
  const n: Node = fromMath(compile(src, { field: 'claim', known: new Set([...vars, ...dims]), dims }).node, src, vars[0]!);
  const out = simplify(n, ctx);
  return { out: print(out), cited: [...ctx.cited], used: [...ctx.used] };
}

describe('the e-graph', () => {
  const graph = () => new EGraph<null>({ make: () => null as never, merge: () => null });
  const plain = () => new EGraph<number>({ make: () => 0, merge: (a) => a });
  test('hash-consing: the same node added twice is one class', () => {
    const g = plain();
    const a = g.add('sym:a', [])!;
    expect(g.add('f', [a])).toBe(g.add('f', [a]));
    expect(g.size).toBe(2);
  });
  test('congruence: a ≡ b gives f(a) ≡ f(b) after rebuild, and the explanation names the rule', () => {
    const g = plain();
    const a = g.add('sym:a', [])!,
      b = g.add('sym:b', [])!;
    const fa = g.add('f', [a])!,
      fb = g.add('f', [b])!;
    expect(g.find(fa)).not.toBe(g.find(fb));
    g.union(a, b, { rule: 'a-is-b', pairs: [] });
    g.rebuild();
    expect(g.find(fa)).toBe(g.find(fb));
    const rules = new Set<string>();
    g.explain([[fa, fb]], rules, new Set());
    expect([...rules]).toEqual(['a-is-b']);
  });
  test('an analysis can refuse a node (shapes that do not fit): add returns null', () => {
    expect(graph().add('f', [])).toBeNull();
  });
});

describe('the rewrite table is catalogue data', () => {
  const ids = new Map(RULES.map((r) => [r.id, r]));
  test.each(REWRITES.map((r) => [r.rule, r] as const))('%s is an identity rule of the catalogue', (id) => {
    expect(ids.get(id)?.kind).toBe('identity');
  });
  test('every pattern starts with an operation', () => {
    for (const c of compiledRewrites()) expect('op' in c.lhs, c.rule).toBe(true);
  });
});

describe('guards: a rewrite applies only where its identity was proven', () => {
  test("X' = X only for a symmetric X", () => {
    expect(simp("X' + X", { X: 'nxn' }).out).toBe("X' + X");
    const s = simp("X' + X", { X: 'nxn' }, { X: ['symmetric'] });
    expect(s.out).toBe('2*X');
    expect(s.cited).toContain('transpose-of-symmetric');
    expect(s.used.join(' ')).toContain('X is symmetric');
  });
  test('1ᵀy = 1 only for a one-hot y', () => {
    expect(simp("ones(n)'*y", { y: 'n' }).out).toMatch(/^(ones\(n\)'|ones\(1, n\))\*y$/);
    expect(simp("ones(n)'*y", { y: 'n' }, { y: ['onehot'] }).out).toBe('1');
  });
  test('a scalar broadcast is never regrouped as a matrix product: s*(A + 1) keeps its 1', () => {
    expect(simp('s*(A + 1) - s*A', { s: '1', A: 'mxn' }).out).not.toBe('s');
  });
  test('inv(X)*X = I needs X invertible: declared, or the argument of an inverse', () => {
    expect(simp('inv(X)*X*Y', { X: 'nxn', Y: 'nxn' }).out).toBe('Y');
  });
});

describe('the shortest honest form', () => {
  test('leftovers gone: x.^0 .* dx, 0*(…), diag(diag(A*x)), 1*…', () => {
    expect(simp('x.^0 .* y', { x: 'n', y: 'n' }).out).toBe('y');
    expect(simp('0*(A*x) + y', { y: 'n', A: 'nxn', x: 'n' }).out).toBe('y');
    expect(simp('diag(diag(A*x))', { x: 'n', A: 'nxn' }).out).toBe('A*x');
    expect(simp("1*x'*A'", { x: 'n', A: 'nxn' }).out).toBe("(A*x)'");
  });
  test('like terms and scalar factors collected', () => {
    expect(simp('A*x + A*x + 3*(A*x)', { x: 'n', A: 'nxn' }).out).toBe('5*A*x');
    expect(simp("A*x + A'*x", { x: 'n', A: 'nxn' }).out).toBe("(A + A')*x");
  });
  test('the logistic function recognised: eᵘ/(1 + eᵘ) = σ(u)', () => {
    const s = simp("exp(w'*x)/(1 + exp(w'*x))", { w: 'n', x: 'n' });
    expect(s.out).toBe("sigmoid(w'*x)");
    expect(s.cited).toContain('logistic-of-exp');
  });
  test('arithmetic on numbers is exact: squares of 1/2 squared again never underflow to 0', () => {
    const s = simp('(0.5*0.5)*(0.5*0.5)*(0.5*0.5)*(0.5*0.5)*x', { x: 'n' }).out;
    expect(s).toBe('0.00390625*x');
    expect(simp('0.5*2*x', { x: 'n' }).out).toBe('x');
  });
  test('the same answer every time (no clock in the limits)', () => {
    const a = simp("(A*x + A'*x)'*B*(A*x + A'*x)", { x: 'n', A: 'nxn', B: 'nxn' }).out;
    expect(simp("(A*x + A'*x)'*B*(A*x + A'*x)", { x: 'n', A: 'nxn', B: 'nxn' }).out).toBe(a);
  });
});

describe('derived gradients as a person writes them (each verified by the oracle)', () => {
  const G = (f: string, wrt: string, shape: Record<string, string>, assume?: Record<string, string>) => {
    const r = deriveGradient({ f, wrt, shape, assume, seed: 1, cases: 5 });
    expect(r.verdict, r.refuted?.evidence.reason ?? r.unsupported?.message).toBe('derived');
    return r;
  };
  test('trace(trace(trace(A)*A)*A) gives 3*trace(A)^2*eye(k)', () => {
    expect(G('trace(trace(trace(A)*A)*A)', 'A', { A: 'kxk' }).gradient).toBe('3*trace(A)^2*eye(k)');
  });
  test("det(inv(X)) gives -inv(X)'/det(X)", () => {
    expect(G('det(inv(X))', 'X', { X: 'nxn' }, { X: 'invertible' }).gradient).toBe("-inv(X)'/det(X)");
  });
  test('an identically zero gradient prints as zeros(n, n)', () => {
    expect(G("trace(X - X) + a'*a", 'X', { X: 'nxn', a: 'n' }).gradient).toBe('zeros(n, n)');
  });
  test('every line cites the identities its simplification used, all in the catalogue', () => {
    const r = G("x'*A*x", 'x', { x: 'n', A: 'nxn' }, { A: 'symmetric' });
    expect(r.gradient).toBe('2*A*x');
    const ids = new Set(RULES.map((x) => x.id));
    const by = r.steps.flatMap((s) => s.by);
    expect(by).toContain('transpose-of-symmetric');
    for (const id of [...by, ...r.derivation!.gradient.by]) expect(ids, id).toContain(id);
  });
});
