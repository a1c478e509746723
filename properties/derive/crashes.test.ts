/**
 * No internal error anywhere in mcv derive: every catalogue expression, with each of its
 * subexpressions replaced by a constant (1) or raised to the power 0 or 1, is derived with respect
 * to the rule's variables. A clean verdict (derived, unsupported with its message) or an InputError
 * (exit 2) is fine; anything else thrown is a bug (det(X^0) once crashed the engine with "Cannot
 * read properties of null").
 */
import { type MathNode, parse } from 'mathjs';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../rules/index.js';
import { DERIVATIONS } from '../../rules/derivations/index.js';
import { InputError } from '../engine/errors.js';
import { deriveGradientsWith } from './several.js';

interface Problem {
  name: string;
  f: string;
  wrt: string[];
  shape: Readonly<Record<string, string>>;
  assume?: Readonly<Record<string, string | readonly string[]>>;
}

const problems: Problem[] = [
  ...RULES.flatMap((r): Problem[] => {
    if (r.kind === 'gradient' || r.kind === 'hessian') return [{ name: r.id, f: r.f, wrt: [r.wrt], shape: r.shapes, assume: r.assume }];
    if (r.kind === 'differential') return [{ name: r.id, f: r.F, wrt: [...r.wrt], shape: r.shapes, assume: r.assume }];
    return [];
  }),
  ...DERIVATIONS.map((d): Problem => ({ name: d.id, f: d.f, wrt: [d.wrt], shape: d.shapes, assume: d.assume })),
];

/**
 * Variants of f: each subexpression (but f itself) replaced by the constant 1, by (s)^0 or by
 * (s)^1, without repeats. Each occurrence of a variable differentiated gets all three; any other
 * subexpression one of them in turn (all three everywhere is three times slower, and finds the
 * same: the engine meets the same constructs).
 */
function variants(f: string, wrt: readonly string[]): string[] {
  const root = parse(f);
  const subs: MathNode[] = [];
  root.traverse((n, _path, parent) => {
    // A string argument (norm's 'fro') or a function's name is not a subexpression.
    if (parent !== null && n.type !== 'ConstantNode' && !(parent.type === 'FunctionNode' && (parent as MathNode & { fn: MathNode }).fn === n)) subs.push(n);
  });
  const out = new Set<string>();
  subs.forEach((s, i) => {
    const text = s.toString();
    const all = ['1', `(${text})^0`, `(${text})^1`];
    const isWrt = s.type === 'SymbolNode' && wrt.includes(text);
    for (const by of isWrt ? all : [all[i % 3]!]) out.add(root.transform((n) => (n === s ? parse(by) : n)).toString({ parenthesis: 'keep' }));
  });
  out.delete(f);
  return [...out];
}

// The same f and variables appear in several rules (a gradient rule and its Hessian): derived once.
const seen = new Set<string>();
const distinct = problems.filter((p) => {
  const key = JSON.stringify([p.f, p.wrt, p.shape, p.assume ?? {}]);
  return !seen.has(key) && !!seen.add(key);
});

describe('mcv derive never fails with an internal error on the catalogue, mutated', () => {
  test.each(distinct.map((p) => [p.name, p] as const))('%s', (_, p) => {
    const failures: string[] = [];
    variants(p.f, p.wrt).forEach((f, k) => {
      // The engine alone on every variant (the checks cost five times the derivation); every
      // fourth variant is also checked in full, one case per line, so a wrong answer is caught too.
      const full = k % 4 === 0;
      try {
        const input = { f, wrt: p.wrt, shape: p.shape, assume: p.assume, seed: 1, cases: 1, timeLimitMs: 60_000 };
        const r = deriveGradientsWith(input, full ? {} : { checks: 'none' });
        if (r.verdict === 'unsupported') expect(r.unsupported!.message, f).toMatch(/\S/);
        if (r.verdict === 'refuted') failures.push(`${f}: refuted, ${r.refuted!.name}: ${r.refuted!.evidence.reason}`);
      } catch (e) {
        if (!(e instanceof InputError)) failures.push(`${f}: ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
      }
    });
    expect(failures).toEqual([]);
  });
});
