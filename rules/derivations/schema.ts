/**
 * The derivation object: a worked exercise as data, one per file (`rules/derivations/<id>.ts`).
 * A derivation rewrites f, writes df as a chain of expressions in the differential, and reads the
 * gradient off the last one with df = Tr(Gᵀ dW); every line names the rules it applies, and every
 * line is checked numerically (properties/derive/derivation.ts), so a wrong step fails `npm test`.
 */
import { z } from 'zod';
import { ASSUMPTIONS } from '../../properties/engine/shapes.js';
import { sourceSchema } from '../schema.js';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters and digits joined by single hyphens');
const expr = z.string().trim().min(1, 'must be a non-empty expression');
const ruleIds = z.array(id);

/** What justifies a line: the rules it applies, and/or a sentence for what no rule states. */
const justification = {
  /** Ids of the catalogue rules the line applies (linked on the site). */
  by: ruleIds,
  /** A sentence for what the rules do not say (an assumption used, a definition). */
  because: z.string().min(5).optional(),
};

/** A line rewriting f itself (checked as an identity against the line before, or f). */
export const fStepSchema = z.strictObject({ f: expr, ...justification });
/** A line of df, written with dW for the variable W (checked against the line before, or against f's finite difference). */
export const dfStepSchema = z.strictObject({ df: expr, ...justification });
export const stepSchema = z.union([fStepSchema, dfStepSchema]);

export const derivationSchema = z.strictObject({
  id,
  title: z.string().min(3),
  /** The problem in Markdown (inline $…$ math allowed). */
  problem: z.string().min(10),
  sources: z.array(sourceSchema).min(1, 'must cite at least one source'),
  /** The scalar function, and the variable differentiated. */
  f: expr,
  wrt: z.string().min(1),
  /** Shape of every variable, as in a rule: `mxn`, `n`, `1`. */
  shapes: z.record(z.string(), z.string().min(1)),
  assume: z.record(z.string(), z.array(z.enum(ASSUMPTIONS)).min(1)).optional(),
  /** The lines: rewrites of f first (optional), then df (at least one). */
  steps: z.array(stepSchema).min(1),
  /** The gradient read off the last line with df = Tr(Gᵀ dW), equation (1) of the notes. */
  gradient: z.strictObject({ G: expr, ...justification }),
  /** The catalogue rule this derivation proves, if any (its page links back here). */
  proves: id.optional(),
  /** A closing remark (Markdown). */
  remark: z.string().min(1).optional(),
});

export type Derivation = z.infer<typeof derivationSchema>;
export type Step = z.infer<typeof stepSchema>;

/** Identity function that gives derivation files their type (validation happens in the registry). */
export function defineDerivation<const D extends Derivation>(d: D): D {
  return d;
}

/** The name of the differential of W in df lines: `dX`, `dtheta`, `dTheta`. */
export const differentialName = (wrt: string): string => `d${wrt}`;
