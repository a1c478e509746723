/** Messages between the Check page and its worker (check.worker.ts). */
import type { ClaimArgs } from '../../../properties/presentation/args.js';
import type { Evidence } from '../../../properties/check.js';
import type { Field } from '../../../properties/engine/errors.js';

/** Check these arguments of `mcv`. */
export interface CheckRequest {
  id: number;
  args: ClaimArgs;
}

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
  };
}

export type CheckReply =
  | { id: number; ok: true; evidence: Evidence; view: EvidenceView }
  | { id: number; ok: false; message: string; field?: Field };
