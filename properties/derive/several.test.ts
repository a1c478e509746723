/**
 * deriveGradient with several variables (`mcv derive --wrt X,Y`): one gradient per variable, each
 * equal to the gradient derived for that variable alone and to the gradient known by hand, the whole
 * df checked as a differential claim; bad lists named as `mcv differential` names them.
 */
import { describe, expect, test } from 'vitest';
import { checkGradient, checkIdentity, InputError } from '../api/index.js';
import { deriveGradient, wrtList } from './index.js';

const cases = 10;
const seed = 1;
const layer = { f: "norm(X*w + b*ones(m,1) - y,'fro')^2", shape: { X: 'mxd', w: 'd', b: '1', y: 'm' } };

describe('several variables', () => {
  test('a linear layer with bias: the gradient of each of w and b, equal to the one derived alone and to the one by hand', () => {
    const r = deriveGradient({ ...layer, wrt: ['w', 'b'], seed, cases });
    expect(r.verdict, r.refuted?.evidence.reason ?? r.unsupported?.message).toBe('derived');
    expect(r.wrt).toEqual(['w', 'b']);
    expect(r.gradients!.map((g) => g.wrt)).toEqual(['w', 'b']);
    const byHand = { w: "2*X'*(X*w + b*ones(m,1) - y)", b: "2*ones(m,1)'*(X*w + b*ones(m,1) - y)" };
    for (const g of r.gradients!) {
      const alone = deriveGradient({ ...layer, wrt: g.wrt, seed, cases });
      expect(g.gradient).toBe(alone.gradient);
      expect(g.steps).toEqual(alone.steps);
      const same = checkIdentity({ lhs: g.gradient!, rhs: byHand[g.wrt as 'w' | 'b'], shape: layer.shape, seed, cases });
      expect(same.verdict, `${g.wrt}: ${g.gradient} vs ${byHand[g.wrt as 'w' | 'b']}`).toBe('verified');
    }
    // The whole df has a term in each direction, and is a differential of f in both at once.
    const df = r.steps[0]!.df!;
    expect(df).toMatch(/\bdw\b/);
    expect(df).toMatch(/\bdb\b/);
  });

  test("'X,Y' as one string means the same as ['X', 'Y']; a matrix F gets the whole dF, the sum of the parts", () => {
    const a = deriveGradient({ f: 'X*Y', wrt: 'X, Y', shape: { X: 'mxn', Y: 'nxk' }, seed, cases });
    const b = deriveGradient({ f: 'X*Y', wrt: ['X', 'Y'], shape: { X: 'mxn', Y: 'nxk' }, seed, cases });
    expect(a).toEqual(b);
    expect(a).toMatchObject({ verdict: 'derived', kind: 'differential', gradient: 'dX*Y + X*dY' });
    expect(a.gradients!.map((g) => g.gradient)).toEqual(['dX*Y', 'X*dY']);
  });

  test('a variable f does not depend on gets the zero gradient, verified', () => {
    const r = deriveGradient({ f: "a'*X*b", wrt: ['X', 'c'], shape: { X: 'mxn', a: 'm', b: 'n', c: 'k' }, seed, cases });
    expect(r.verdict).toBe('derived');
    const c = r.gradients!.find((g) => g.wrt === 'c')!;
    expect(checkGradient({ f: "a'*X*b", wrt: 'c', claim: c.gradient!, shape: { X: 'mxn', a: 'm', b: 'n', c: 'k' }, seed, cases }).verdict).toBe('verified');
  });

  test('unsupported for one variable is unsupported for all, naming the construct', () => {
    const r = deriveGradient({ f: 'trace(Y) + trace(X)^trace(X)', wrt: ['Y', 'X'], shape: { X: 'nxn', Y: 'nxn' }, seed, cases });
    expect(r).toMatchObject({ verdict: 'unsupported', unsupported: { construct: 'pow' }, wrt: ['Y', 'X'] });
  });

  test('bad lists are InputErrors naming the variable: twice, unknown, empty', () => {
    const q = { f: "x'*A*x", shape: { x: 'n', A: 'nxn' } };
    expect(() => deriveGradient({ ...q, wrt: 'x,x' })).toThrow(/--wrt names a variable twice: x,x/);
    expect(() => deriveGradient({ ...q, wrt: ['x', 'B'] })).toThrow(/--wrt B names no variable; the variables are x, A/);
    expect(() => deriveGradient({ ...q, wrt: 'x,' })).toThrow(InputError);
    expect(wrtList(' x , A ')).toEqual(['x', 'A']);
  });
});
