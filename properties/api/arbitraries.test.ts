/**
 * `matrix-calculus-verified/arbitraries`: each public generator draws exactly what the oracle's own
 * generator draws (arbitraries.test.ts proves those keep their promises), as rows of numbers; bad
 * arguments are InputErrors naming the argument.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { InputError } from '../engine/errors.js';
import * as M from '../engine/matrix.js';
import { ASSUMPTIONS } from '../engine/shapes.js';
import { denseMatrix as denseM } from '../oracle/arbitraries/denseMatrix.js';
import { diagonalMatrix as diagonalM } from '../oracle/arbitraries/diagonalMatrix.js';
import { forAssumptions } from '../oracle/arbitraries/forAssumptions.js';
import { invertibleMatrix as invertibleM } from '../oracle/arbitraries/invertibleMatrix.js';
import { onehotMatrix as onehotM } from '../oracle/arbitraries/onehotMatrix.js';
import { orthogonalMatrix as orthogonalM } from '../oracle/arbitraries/orthogonalMatrix.js';
import { positiveMatrix as positiveM } from '../oracle/arbitraries/positiveMatrix.js';
import { spdMatrix as spdM } from '../oracle/arbitraries/spdMatrix.js';
import { symmetricMatrix as symmetricM } from '../oracle/arbitraries/symmetricMatrix.js';
import * as A from './arbitraries.js';

const draw = <T>(arb: fc.Arbitrary<T>, seed: number) => fc.sample(arb, { seed, numRuns: 3 });
const same = (pub: fc.Arbitrary<number[][]>, own: fc.Arbitrary<M.Mat>) => {
  for (const seed of [1, 2, 3]) expect(draw(pub, seed)).toEqual(draw(own, seed).map(M.toRows));
};

describe('the public arbitraries are the oracle generators, as rows', () => {
  test('one per assumption, with their options', () => {
    same(A.denseMatrix(2, 3, { max: 1 }), denseM(2, 3, { max: 1 }));
    same(A.symmetricMatrix(3, { positive: true }), symmetricM(3, { positive: true }));
    same(A.spdMatrix(3), spdM(3));
    same(A.spdMatrix(3, { condition: 1e6 }), spdM(3, { condition: 1e6 }));
    same(A.invertibleMatrix(3, { condition: 1e4, symmetric: true }), invertibleM(3, { condition: 1e4, symmetric: true }));
    same(A.orthogonalMatrix(4), orthogonalM(4));
    same(A.diagonalMatrix(3, { entries: 'positive' }), diagonalM(3, { entries: 'positive' }));
    same(A.positiveMatrix(2, 5), positiveM(2, 5));
    same(A.onehotMatrix(4, 2), onehotM(4, 2));
  });

  test('matrixWith takes any combination mcv --assume accepts', () => {
    for (const a of ASSUMPTIONS) same(A.matrixWith(a, 3), forAssumptions([a], 3, 3));
    same(A.matrixWith(['symmetric', 'invertible'], 3, 3, { condition: 100 }), forAssumptions(['symmetric', 'invertible'], 3, 3, { condition: 100 }));
    same(A.matrixWith('positive', 2, 4, { scale: 1e-6 }), forAssumptions(['positive'], 2, 4, { scale: 1e-6 }));
  });

  test('they work inside a user property, with the shared fast-check', () => {
    fc.assert(
      fc.property(A.spdMatrix(3), (S) => S.length === 3 && S.every((r) => r.length === 3) && S[0]![1] === S[1]![0]),
      { seed: 1, numRuns: 20 },
    );
  });

  test('variables draws every variable of a shape in the form checkFunctionGradient hands to f', () => {
    const [v] = draw(A.variables({ shape: { W: 'kxd', x: 'd', s: '1' }, assume: { W: 'positive' }, maxDim: 3 }), 4);
    expect(typeof v!.s).toBe('number');
    expect(v!.x.every((e) => typeof e === 'number')).toBe(true);
    expect(v!.W.every((r) => r.length === v!.x.length && r.every((e) => e > 0))).toBe(true);
  });
});

test('bad arguments are InputErrors naming the argument', () => {
  expect(() => A.spdMatrix(0)).toThrow(InputError);
  expect(() => A.spdMatrix(2.5)).toThrow(/n must be a whole number from 1 to 512, got 2.5/);
  expect(() => A.invertibleMatrix(3, { condition: 0.5 })).toThrow(/condition must be a number ≥ 1/);
  expect(() => A.denseMatrix(2, 2, { max: -1 })).toThrow(/max must be a positive number/);
  expect(() => A.matrixWith('spd', 2, 3)).toThrow(/spd needs a square matrix/);
  expect(() => A.matrixWith('sdp', 2)).toThrow(/"sdp" is not one of/);
  expect(() => A.variables({ shape: { x: 'n' }, assume: { y: 'spd' } as never })).toThrow(/assume\.y: "y" has no shape/);
});
