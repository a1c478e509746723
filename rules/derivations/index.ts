/**
 * The derivations registry: the worked exercises of the notes, each line checked by the oracle.
 * Explicit imports in the order the site shows them.
 */
import bilinearForm from './bilinear-form.js';
import leastSquares from './least-squares.js';
import softmaxRegression from './softmax-regression.js';
import softmaxRegressionBatch from './softmax-regression-batch.js';
import { RULES } from '../index.js';
import type { Derivation } from './schema.js';
import { validateDerivations } from './validate.js';

/** Derivation objects as written, before validation. */
export const RAW_DERIVATIONS = [bilinearForm, leastSquares, softmaxRegression, softmaxRegressionBatch] as const;

/** Every derivation, validated against the rule registry. */
export const DERIVATIONS: readonly Derivation[] = validateDerivations(RAW_DERIVATIONS, RULES);

export { defineDerivation, differentialName, type Derivation, type Step } from './schema.js';
