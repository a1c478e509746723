/** Messages between the Check page and its worker (check.worker.ts). */
import type { ClaimArgs } from '../../../properties/presentation/args.js';
import type { DeriveArgs, DerivedHint } from '../../../properties/presentation/derive.js';
import type { Evidence } from '../../../properties/oracle/check.js';
import type { Field } from '../../../properties/engine/errors.js';

/** Check these arguments of `mcv` (a claim), or derive with these arguments of `mcv derive`. */
export type Job = { args: ClaimArgs } | { derive: DeriveArgs };
export type CheckRequest = Job & { id: number };

/** One variable of a counterexample, as LaTeX: `\mathbf{X} = \begin{bmatrix}…\end{bmatrix}`. */
export interface TexValue {
  name: string;
  tex: string;
}

/** The evidence as the page shows it, formatted by the same code as `mcv` and the rule pages. */
export interface EvidenceView {
  /** The verdict line of `mcv` without its `verified: ` / `refuted: ` prefix. */
  message: string;
  /** Largest error relative to the tolerance, as `mcv` prints it. */
  maxError: string;
  /** What `mcv … --json` prints (one line, no newline). */
  json: string;
  /** What `mcv …` prints. */
  text: string;
  /** The shapes line `mcv` prints when some shapes were inferred (`shapes: x=n, A=nxn (inferred from use; …)`). */
  shapes?: string;
  /** A refuted gradient or Hessian claim: what `mcv derive` finds for the same f (verified), as `mcv` prints it. */
  derived?: DerivedHint & {
    /** `∂f/∂W = G` in LaTeX; for a Hessian `H[dW] = …` or `∇²f = …`. */
    latex: string;
  };
  counterexample?: {
    sizes: string[];
    values: TexValue[];
    direction: TexValue[];
    /** A Hessian's second direction (dW₂ of Tr(dW₂ᵀ H[dW])); empty for the other kinds. */
    direction2: TexValue[];
    /** Some entries were rounded to 6 significant digits for display. */
    rounded: boolean;
    labels: [string, string];
    expected?: string;
    actual?: string;
    entry?: [number, number];
    error?: string;
    tolerance?: string;
    /** "they differ by 0.39%, 10⁹ times what rounding can explain" (properties/oracle/readable.ts). */
    note?: string;
  };
}

/** One line of a derivation as the page shows it. */
export interface DeriveLine {
  /** `f`, `df` or `dF` for the first line of the differential; empty for the lines after it. */
  lead: string;
  /** The line in LaTeX (properties/engine/tex.ts, the one generator). */
  latex: string;
  /** The line in mcv's syntax. */
  source: string;
  /** Catalogue rule ids the line applies. */
  by: string[];
  because?: string;
}

/** What `mcv derive` found, as the page shows it. */
export interface DeriveView {
  verdict: 'derived' | 'refuted' | 'unsupported';
  kind: 'gradient' | 'differential';
  /** The verdict line of `mcv derive` without its `derived: ` / `refuted: ` / `unsupported: ` prefix. */
  message: string;
  lines: DeriveLine[];
  /** The variable in LaTeX. */
  wrtTex: string;
  /** G (a scalar f) or dF (a matrix F), in mcv's syntax and LaTeX; and for G, what justifies reading it off. */
  result?: { source: string; latex: string; by: string[]; because?: string };
  /** With verdict `refuted`: the line that failed and the command that checks it alone. */
  refuted?: { line: number; name: string; reason: string; reproduce: string };
  cases: number;
  seed: number;
  /** The arguments after `mcv` of the command that reproduces this derivation. */
  command: string[];
  /** What `mcv derive` prints. */
  text: string;
  /** What `mcv derive --json` prints (one line). */
  json: string;
  /** Time the worker took to derive and verify, in milliseconds. */
  ms: number;
  /** The shapes line `mcv derive` prints when some shapes were inferred. */
  shapes?: string;
  /** A matrix F: the Jacobian read off (d vec F = J d vec W), verified, in mcv's syntax and LaTeX. */
  jacobian?: { source: string; latex: string };
  /** A derived gradient as code, one file per target (`mcv derive --emit`); or why none could be emitted. */
  code?: { target: string; code: string }[];
  codeError?: string;
  /** With the page's symmetric-W select: G converted to that convention and checked in it (symmetricDerive.ts). */
  converted?: { meaning: string; source: string; verdict: 'verified' | 'refuted'; reason?: string };
  /** With several variables (wrt `X,Y`): each one's part of df and its G, as `mcv derive --wrt X,Y` prints them; `lines` is then the whole df. */
  gradients?: SeveralGradientView[];
}

/** One variable's part of a derivation with respect to several: its terms of df (the others fixed) up to its G. */
export interface SeveralGradientView {
  wrt: string;
  /** The variable in LaTeX. */
  wrtTex: string;
  lines: DeriveLine[];
  /** Its gradient (a scalar f), in mcv's syntax and LaTeX, and what justifies reading it off. */
  result?: { source: string; latex: string; by: string[]; because?: string };
}

export type CheckReply = { id: number; ok: true; evidence: Evidence; view: EvidenceView } | { id: number; ok: true; derive: DeriveView } | { id: number; ok: false; message: string; field?: Field };
