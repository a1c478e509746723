/**
 * The worked examples of the guide page "Gradients of symmetric matrices" (scripts/site/symmetricPage.ts)
 * and of properties/oracle/symmetric.test.ts: three functions of a symmetric X, each with its gradient in
 * the trace sense and its derivative in the independent entries, and what the oracle must say of
 * each claim in each convention. The page shows the verdicts measured at build; the build stops if
 * one differs from `expect` here.
 */

/** The three ways a claim about a function of a symmetric X can be checked (properties/oracle/symmetric.ts). */
export const MODES = ['all', 'symmetric', 'entries'] as const;
export type Mode = (typeof MODES)[number];

/** One claim of an example, with the verdict expected in each mode. */
export interface ConventionClaim {
  claim: string;
  latex: string;
  /** What this form is, for the page. */
  what: string;
  expect: Record<Mode, 'verified' | 'refuted'>;
}

export interface ConventionExample {
  id: string;
  f: string;
  latex: string;
  shapes: Readonly<Record<string, string>>;
  assume: Readonly<Record<string, readonly string[]>>;
  /** The catalogue rule that states the trace-sense gradient, when there is one. */
  rule?: string;
  claims: readonly ConventionClaim[];
}

const TRACE = { all: 'verified', symmetric: 'verified', entries: 'refuted' } as const;
const ENTRIES = { all: 'refuted', symmetric: 'refuted', entries: 'verified' } as const;

export const CONVENTION_EXAMPLES: readonly ConventionExample[] = [
  {
    id: 'logdet',
    f: 'logdet(X)',
    latex: String.raw`\log\det\mathbf{X}`,
    shapes: { X: 'nxn' },
    assume: { X: ['spd'] },
    rule: 'logdet-gradient-spd',
    claims: [
      { claim: 'inv(X)', latex: String.raw`\mathbf{X}^{-1}`, what: 'the gradient in the trace sense', expect: TRACE },
      { claim: '2*inv(X) - inv(X).*eye(n)', latex: String.raw`2\mathbf{X}^{-1} - \mathbf{X}^{-1}\circ\mathbf{I}`, what: 'the derivative in the independent entries', expect: ENTRIES },
    ],
  },
  {
    id: 'trace-ax',
    f: 'trace(A*X)',
    latex: String.raw`\mathrm{Tr}(\mathbf{A}\mathbf{X})`,
    shapes: { X: 'nxn', A: 'nxn' },
    assume: { X: ['symmetric'] },
    claims: [
      { claim: "A'", latex: String.raw`\mathbf{A}^\top`, what: 'the gradient in the trace sense', expect: TRACE },
      {
        claim: "(A + A')/2",
        latex: String.raw`\tfrac12(\mathbf{A} + \mathbf{A}^\top)`,
        what: 'its symmetric part: the gradient within the symmetric matrices',
        expect: { all: 'refuted', symmetric: 'verified', entries: 'refuted' },
      },
      { claim: "A + A' - A.*eye(n)", latex: String.raw`\mathbf{A} + \mathbf{A}^\top - \mathbf{A}\circ\mathbf{I}`, what: 'the derivative in the independent entries', expect: ENTRIES },
    ],
  },
  {
    id: 'quadratic-form',
    f: "x'*X*x",
    latex: String.raw`\mathbf{x}^\top\mathbf{X}\mathbf{x}`,
    shapes: { X: 'nxn', x: 'n' },
    assume: { X: ['symmetric'] },
    claims: [
      { claim: "x*x'", latex: String.raw`\mathbf{x}\mathbf{x}^\top`, what: 'the gradient in the trace sense', expect: TRACE },
      {
        claim: "2*x*x' - (x*x').*eye(n)",
        latex: String.raw`2\mathbf{x}\mathbf{x}^\top - (\mathbf{x}\mathbf{x}^\top)\circ\mathbf{I}`,
        what: 'the derivative in the independent entries',
        expect: ENTRIES,
      },
    ],
  },
];
