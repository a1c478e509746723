// A project typed as CommonJS (`npm init -y`: "type": "commonjs", tsconfig `module: nodenext`) that
// installed the packed package: compiled by examples/installed-package.test.ts with `tsc --strict`,
// then run by Node (20.19 and later require() the package's ES modules). The package's arbitraries
// must mix with the project's own fast-check, which resolves to fast-check's CommonJS declarations
// here (the package ships CommonJS-typed declarations of its arbitraries for that).
import fc from 'fast-check';
import { checkFunctionGradient } from 'matrix-calculus-verified';
import { spdMatrix, variables } from 'matrix-calculus-verified/arbitraries';

const found: Record<string, string | number | boolean> = {};
const details = fc.check(
  fc.property(spdMatrix(3), variables({ shape: { W: '2x3', x: '3' } }), (S, v) => S[0]![0]! > 0 && v.W.length === 2 && v.x.length === 3),
  { seed: 1, numRuns: 10 },
);
found.property = details.failed ? 'failed' : 'passed';
found.gradient = checkFunctionGradient({ f: ({ x }) => x.reduce((s, xi) => s + xi * xi, 0), grad: ({ x }) => x.map((xi) => 2 * xi), wrt: 'x', shape: { x: 'n' }, seed: 1, cases: 10 }).verdict;
console.log(JSON.stringify(found));
