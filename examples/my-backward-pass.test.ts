// Check a hand-derived gradient inside your own test suite (vitest here; jest is the same).
import { expect, test } from 'vitest';
import { checkGradient } from 'matrix-calculus-verified';

test('my softmax-regression gradient is right', () => {
  const evidence = checkGradient({
    f: "-y'*log(softmax(W*x))",
    wrt: 'W',
    claim: "(softmax(W*x) - y)*x'",
    shape: { W: 'kxd', x: 'd', y: 'k' },
    assume: { y: 'onehot' },
    seed: 1,
  });
  expect(evidence.verdict, evidence.reason).toBe('verified');
});

test('and this one is not: the counterexample says where it breaks', () => {
  const evidence = checkGradient({ f: "x'*A*x", wrt: 'x', claim: '2*A*x', shape: { x: 'n', A: 'nxn' }, seed: 1 });
  expect(evidence.verdict).toBe('refuted');
  expect(evidence.counterexample?.message).toMatch(/finite difference of f is .* but Tr\(Gᵀ dx\) is/);
});
