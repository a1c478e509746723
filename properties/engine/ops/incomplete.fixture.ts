/**
 * Compiled by ops.test.ts (and `npm run typecheck`): an entry of the table of operations without
 * its doc, its value-and-bound, its LaTeX, its differential, its shape rule, its linearity (with the
 * transpose), its printing, its PyTorch name, its domain or its emitted code does not compile. Each line below
 * must be a type error; if one stops being one, `@ts-expect-error` itself fails the compilation.
 */
import trace from './trace.js';
import type { Op } from './types.js';

const { doc: _doc, ...withoutDoc } = trace;
const { evaluate: _evaluate, ...withoutBound } = trace;
const { tex: _tex, ...withoutTex } = trace;
const { differential: _differential, ...withoutDifferential } = trace;
const { smooth: _smooth, ...withoutSmooth } = trace;
const { scale: _scale, ...withoutScale } = trace;
const { shape: _shape, ...withoutShape } = trace;
const { linearity: _linearity, ...withoutLinearity } = trace;
const { printing: _printing, ...withoutPrinting } = trace;
const { torch: _torch, ...withoutTorch } = trace;
const { domain: _domain, ...withoutDomain } = trace;
const { code: _code, ...withoutCode } = trace;

// @ts-expect-error: an operation needs its one-line doc
export const noDoc: Op = withoutDoc;
// @ts-expect-error: an operation needs its value with its error bound
export const noBound: Op = withoutBound;
// @ts-expect-error: an operation needs its LaTeX
export const noTex: Op = withoutTex;
// @ts-expect-error: an operation needs its differential (or 'constant')
export const noDifferential: Op = withoutDifferential;
// @ts-expect-error: an operation says whether it is smooth
export const noSmooth: Op = withoutSmooth;
// @ts-expect-error: an operation says whether it has a length scale of its own
export const noScale: Op = withoutScale;
// @ts-expect-error: an operation needs its symbolic shape rule (mcv derive infers shapes with it)
export const noShape: Op = withoutShape;
// @ts-expect-error: an operation says whether it is linear (with its transpose) or not
export const noLinearity: Op = withoutLinearity;
// @ts-expect-error: an operation says how the derivation engine prints it
export const noPrinting: Op = withoutPrinting;
// @ts-expect-error: an operation names its PyTorch callable for the bench
export const noTorch: Op = withoutTorch;
// @ts-expect-error: an operation says where it is defined and smooth
export const noDomain: Op = withoutDomain;
// @ts-expect-error: an operation needs its code in every target library of mcv derive --emit
export const noCode: Op = withoutCode;
/** Code in three targets of four. */
// @ts-expect-error: an operation needs its code in each target (numpy, torch, jax, ts)
export const noTsCode: Op = { ...trace, code: { numpy: trace.code.numpy, torch: trace.code.torch, jax: trace.code.jax } };
/** A linear operation without its transpose. */
// @ts-expect-error: a linear operation needs its transpose for the reverse pass
export const noTranspose: Op = { ...trace, linearity: { kind: 'linear', readOff: 'none' } };
/** A value computed without its bound: `evaluate` must return a VE, not a bare matrix. */
// @ts-expect-error: evaluate returns the value and its bound together
export const bareValue: Op = { ...trace, evaluate: ([x]) => x!.v };
