/** The evaluator: mathjs syntax, our semantics, messages that name the fault, no way out. */
import { describe, expect, test } from 'vitest';
import { InputError, LimitError, ShapeError } from './errors.js';
import { compile, newBudget } from './expr.js';
import * as M from './matrix.js';

const A = M.fromRows([
  [1, 2],
  [3, 4],
]);
const B = M.fromRows([
  [0, 1],
  [1, 0],
]);
const u = M.fromRows([[1], [2]]);
const scope = { A, B, u, n: M.scalar(2) };
const known = new Set(['A', 'B', 'u', 'n']);
const ev = (s: string) => M.toRows(compile(s, { field: 'f', known, dims: new Set(['n']) }).evaluate(scope));
const err = (s: string): Error => {
  try {
    compile(s, { field: 'f', known, dims: new Set(['n']) }).evaluate(scope, newBudget());
  } catch (e) {
    return e as Error;
  }
  throw new Error(`"${s}" did not fail`);
};

describe('semantics', () => {
  test('transpose, products, entrywise operators and 1x1 scaling', () => {
    expect(ev("A'")).toEqual([
      [1, 3],
      [2, 4],
    ]);
    expect(ev('A*B')).toEqual([
      [2, 1],
      [4, 3],
    ]);
    expect(ev('A .* B')).toEqual([
      [0, 2],
      [3, 0],
    ]);
    expect(ev('A ./ A')).toEqual([
      [1, 1],
      [1, 1],
    ]);
    expect(ev("u'*u*A")).toEqual([
      [5, 10],
      [15, 20],
    ]);
    expect(ev('1 - A')).toEqual([
      [0, -1],
      [-2, -3],
    ]);
    expect(ev('A^2')).toEqual([
      [7, 10],
      [15, 22],
    ]);
    expect(ev('A.^2')).toEqual([
      [1, 4],
      [9, 16],
    ]);
  });
  test('A/B is A*inv(B); a scalar divisor divides', () => {
    expect(ev('A/B')).toEqual(M.toRows(M.matmul(A, M.inv(B))));
    expect(ev('A/2')).toEqual([
      [0.5, 1],
      [1.5, 2],
    ]);
  });
  test('trace, det, logdet (log|det|), inv, sum, kron, diag, eye, ones with dimension letters', () => {
    expect(ev('trace(A)')).toEqual([[5]]);
    expect(ev('det(A)')[0]![0]).toBeCloseTo(-2, 14);
    expect(ev('logdet(A)')[0]![0]).toBeCloseTo(Math.log(2), 14);
    expect(ev('sum(A)')).toEqual([[10]]);
    expect(ev('kron(u, u)')).toEqual([[1], [2], [2], [4]]);
    expect(ev('diag(u)')).toEqual([
      [1, 0],
      [0, 2],
    ]);
    expect(ev('diag(A)')).toEqual([[1], [4]]);
    expect(ev('eye(n)')).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(ev("ones(n)'*u")).toEqual([[3]]);
    expect(ev("norm(u,'fro')^2")[0]![0]).toBeCloseTo(5, 14);
  });
  test('softmax and logsumexp act column by column, stably for large entries', () => {
    const p = ev('softmax([1000; 1000])');
    expect(p).toEqual([[0.5], [0.5]]);
    expect(ev('logsumexp([1000; 1000])')[0]![0]).toBeCloseTo(1000 + Math.log(2), 10);
    const cols = ev('softmax([0, 1000; 0, 1000])');
    expect(cols).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
  });
  test('elementwise functions apply entry by entry', () => {
    expect(ev('exp([0, 1])')).toEqual([[1, Math.E]]);
    expect(ev('exp([0; 1])')).toEqual([[1], [Math.E]]);
    expect(ev('sigmoid([0])')).toEqual([[0.5]]);
    expect(ev('square(A)')).toEqual([
      [1, 4],
      [9, 16],
    ]);
  });
});

describe('messages name the fault', () => {
  test('a product whose sizes do not agree says which product and which sizes', () => {
    const e = err('u*A');
    expect(e).toBeInstanceOf(ShapeError);
    expect(e.message).toContain('cannot multiply `u` (2x1) by `A` (2x2)');
  });
  test('a syntax error gives the position', () => {
    const e = err('A*(B');
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/character \d+/);
  });
  test('an unknown function suggests the nearest one', () => {
    expect(err('trac(A)').message).toContain('did you mean "trace"');
  });
  test('an unknown variable says how to declare it', () => {
    expect(err('A*Q').message).toContain('--shape Q=SHAPE');
  });
  test('trace of a non-square matrix, A/B with non-square B, a matrix power of a non-square matrix', () => {
    expect(err('trace(u)').message).toContain('trace needs a square matrix, got 2x1');
    expect(err('A/u').message).toContain('for entrywise division write ./');
    expect(err('u^2').message).toContain('for entrywise powers write .^');
  });
  test('an empty expression', () => {
    expect(err('  ').message).toContain('empty');
  });
});

describe('untrusted input cannot escape', () => {
  test.each(['import({})', 'evaluate("1+1")', 'parse("1")', "createUnit('foo')", 'simplify("x")', 'derivative("x^2", "x")', 'config({})'])('%s is an unknown function, not a way into mathjs', (s) => {
    const e = err(s);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/unknown function|not a number|not allowed/);
  });
  test.each(['a = 1', 'f(x) = x', 'A[1,1]', 'A.foo', '{a: 1}', '1:3', 'A > B ? A : B', 'A; B'])('%s is not allowed', (s) => {
    expect(err(s)).toBeInstanceOf(InputError);
  });
  test('a huge intermediate is refused before it is allocated, quickly', () => {
    const t0 = Date.now();
    const e = err('ones(100000,100000)');
    expect(e).toBeInstanceOf(LimitError);
    expect(e.message).toContain('more than the limit');
    expect(Date.now() - t0).toBeLessThan(1000);
  });
  test('a chain of large products exceeds the work budget with a clear error', () => {
    const big = new Set(['Z']);
    const Z = M.mat(900, 900);
    const e = (() => {
      try {
        compile('Z*Z*Z*Z*Z*Z*Z*Z', { field: 'f', known: big }).evaluate({ Z });
      } catch (x) {
        return x as Error;
      }
    })();
    expect(e).toBeInstanceOf(LimitError);
    expect(e!.message).toContain('more arithmetic than the limit');
  });
});

describe('norm', () => {
  test("norm(X,2) of a matrix is the spectral norm, as in mathjs; norm(x,2) of a vector and norm(X,'fro') are Euclidean", () => {
    expect(ev('norm([3,0;4,5],2)')[0]![0]).toBeCloseTo(6.708203932499369, 14);
    expect(ev("norm([3,0;4,5],'fro')")[0]![0]).toBeCloseTo(Math.sqrt(50), 14);
    expect(ev('norm([3,0,0;4,5,0],2)')[0]![0]).toBeCloseTo(6.708203932499369, 14); // wide
    expect(ev('norm(u,2)')[0]![0]).toBeCloseTo(Math.sqrt(5), 14);
  });
  test('the spectral norm of a diagonal and of a rank-one matrix, with a bound of a few ulps', () => {
    const d = M.spectralNorm(
      M.fromRows([
        [1e-3, 0, 0],
        [0, -3, 0],
        [0, 0, 2],
      ]),
    );
    expect(d.value).toBe(3);
    const r = M.spectralNorm(M.matmul(M.fromRows([[1], [2], [2]]), M.fromRows([[3, 4]]))); // ‖u‖‖v‖ = 3·5
    expect(Math.abs(r.value - 15)).toBeLessThanOrEqual(r.error);
    expect(r.error).toBeLessThan(1e-13);
  });
});

describe('step rules: what has a unit of length of its own', () => {
  const c = (s: string) => compile(s, { field: 'f', known, dims: new Set(['n']) });
  test('a power whose exponent is a variable is scaled (x^y = exp(y·log|x|)); a constant or dimension exponent is not', () => {
    expect(c('sum(A .^ B)').scaled).toBe(true);
    expect(c("2 ^ (u'*u)").scaled).toBe(true);
    expect(c('A .^ 2').scaled).toBe(false);
    expect(c('A ^ n').scaled).toBe(false);
    expect(c('exp(A)').scaled).toBe(true);
  });
  test('the collected argument of A .^ B is B .* log|A|', () => {
    const b = newBudget();
    b.scaled = [];
    c('A .^ B').evaluate(scope, b);
    expect(M.toRows(b.scaled[0]!)).toEqual([
      [0, Math.log(2)],
      [Math.log(3), 0],
    ]);
  });
});
