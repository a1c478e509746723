/**
 * The rule object: one declarative record per identity, the single source of truth from which the
 * tests, `mcv` and the site are generated. Validated with zod at load, so a malformed rule is
 * rejected with a message naming the rule and the field.
 */
import { z } from 'zod';
import { ASSUMPTIONS } from '../properties/engine/shapes.js';

/** The areas of the catalogue, in the order the site shows them. The notes come first. */
export const AREAS = {
  'notes-gradients': { title: 'Standard gradients', fromNotes: true },
  'notes-differentials': { title: 'Differential rules', fromNotes: true },
  'notes-trace': { title: 'Trace rules', fromNotes: true },
  'notes-exercises': { title: 'Exercises', fromNotes: true },
  algebra: { title: 'Algebraic identities', fromNotes: false },
  'inverse-updates': { title: 'Inverse updates', fromNotes: false },
  kronecker: { title: 'Kronecker products', fromNotes: false },
  differentials: { title: 'Differentials', fromNotes: false },
  'determinant-gradients': { title: 'Determinant gradients', fromNotes: false },
  'inverse-gradients': { title: 'Inverse gradients and adjoint rules', fromNotes: false },
  'linear-quadratic': { title: 'Linear and quadratic forms', fromNotes: false },
  'trace-gradients': { title: 'Trace gradients', fromNotes: false },
  norms: { title: 'Norms', fromNotes: false },
  elementwise: { title: 'Elementwise functions and Hadamard products', fromNotes: false },
  softmax: { title: 'Softmax and log-sum-exp', fromNotes: false },
  'ml-objectives': { title: 'Machine-learning objectives', fromNotes: false },
  hessians: { title: 'Hessians', fromNotes: false },
  simplification: { title: 'Simplification identities', fromNotes: false },
} as const;
export type Area = keyof typeof AREAS;

/** The works a rule can cite; the site expands them to full references. */
export const WORKS = {
  notes: 'DDA5001 course notes, "Matrix Differentiation" (CUHK-Shenzhen)',
  cookbook: 'K. B. Petersen and M. S. Pedersen, The Matrix Cookbook, version of November 15, 2012',
  giles: 'M. Giles, An extended collection of matrix derivative results for forward and reverse mode AD (Oxford NA-08-01, 2008)',
  wikipedia: 'Wikipedia, "Matrix calculus", identity tables',
  standard: 'Standard derivation (checked numerically here)',
} as const;
export type Work = keyof typeof WORKS;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters and digits joined by single hyphens');
const expr = z.string().trim().min(1, 'must be a non-empty expression');
const assumption = z.enum(ASSUMPTIONS);
const assumptions = z.record(z.string(), z.array(assumption).min(1));

export const sourceSchema = z.strictObject({
  work: z.enum(Object.keys(WORKS) as [Work, ...Work[]]),
  /** Section, slide or equation number within the work, e.g. "Trace rules (5)" or "(57)". */
  where: z.string().min(1).optional(),
  /** Set when the locator could not be confirmed; says what is uncertain. Shown on the site. */
  unverified: z.string().min(1).optional(),
});

export const mistakeSchema = z.strictObject({
  /** Kebab-case, unique within the rule; test names read `mistake <rule>/<id> refuted`. */
  id,
  /** The wrong claim, in place of the rule's G, dF, rhs or H. */
  claim: expr,
  /** One line on why it is wrong, shown on the site and by `mcv verify`. */
  why: z.string().min(10, 'must say in a sentence why the claim is wrong'),
  /** Replaces the rule's assumptions: a rule used without its assumption. */
  assume: assumptions.optional(),
  /**
   * Replaces the shapes of some of the rule's variables (e.g. `{ A: 'nxn' }`): a mistake that the
   * rule's own sizes would refute by its shape alone is checked at sizes where the sizes fit and
   * the numbers must catch it, as they would for a user whose matrices happen to be square.
   */
  shapes: z.record(z.string(), z.string().min(1)).optional(),
});

const base = {
  id,
  title: z.string().min(3),
  area: z.enum(Object.keys(AREAS) as [Area, ...Area[]]),
  /** The statement in LaTeX, as a reader expects to see it. */
  latex: z.string().min(1),
  /** Shape of every variable: `mxn`, `n` (column), `1` (scalar), `3x4`. */
  shapes: z.record(z.string(), z.string().min(1)).refine((s) => Object.keys(s).length > 0, 'must declare at least one variable'),
  assume: assumptions.optional(),
  sources: z.array(sourceSchema).min(1, 'must cite at least one source'),
  /** A short explanation for the site (Markdown, inline $…$ math allowed). */
  explanation: z.string().min(1).optional(),
  mistakes: z.array(mistakeSchema).min(1, 'must list at least one realistic mistake'),
  /**
   * Correct rewritings of the claim (G, dF or rhs) that people commonly write, e.g. `A*x + A'*x`
   * for `(A + A')*x`: each is checked like the claim and must hold (ESLint's `valid` cases), a
   * cheap guard against false alarms on spellings other than the catalogue's.
   */
  equivalent: z.array(expr).min(1).optional(),
  /** Ids of the rules this one follows from. */
  derivedFrom: z.array(id).optional(),
};

export const gradientRuleSchema = z.strictObject({
  ...base,
  kind: z.literal('gradient'),
  /** Scalar function. */
  f: expr,
  /** The variable differentiated. */
  wrt: z.string().min(1),
  /** Its gradient, df = Tr(Gᵀ dW). */
  G: expr,
});

export const differentialRuleSchema = z.strictObject({
  ...base,
  kind: z.literal('differential'),
  F: expr,
  wrt: z.array(z.string().min(1)).min(1),
  /** The differential, written with dW for each W in wrt. */
  dF: expr,
});

export const identityRuleSchema = z.strictObject({
  ...base,
  kind: z.literal('identity'),
  lhs: expr,
  rhs: expr,
});

export const hessianRuleSchema = z.strictObject({
  ...base,
  kind: z.literal('hessian'),
  /** Scalar function. */
  f: expr,
  /** The variable differentiated. */
  wrt: z.string().min(1),
  /**
   * The Hessian, d(∇f) = H[dW]: the map written with dW (W's shape), or, for a scalar or column W,
   * the n×n matrix with H[dW] = H*dW.
   */
  H: expr,
  /** The gradient of f, when the rule states it: H is then also checked as its differential. */
  G: expr.optional(),
});

export const ruleSchema = z.discriminatedUnion('kind', [gradientRuleSchema, differentialRuleSchema, identityRuleSchema, hessianRuleSchema]);

export type Rule = z.infer<typeof ruleSchema>;
export type GradientRule = z.infer<typeof gradientRuleSchema>;
export type DifferentialRule = z.infer<typeof differentialRuleSchema>;
export type IdentityRule = z.infer<typeof identityRuleSchema>;
export type HessianRule = z.infer<typeof hessianRuleSchema>;
export type Mistake = z.infer<typeof mistakeSchema>;
export type Source = z.infer<typeof sourceSchema>;

/** Identity function that gives rule files their type (validation happens in the registry). */
export function defineRule<const R extends Rule>(rule: R): R {
  return rule;
}
