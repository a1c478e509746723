/**
 * `mcv derive` with `--shape` optional: the shapes completed by inference (engine/infer.ts) before
 * anything else reads them, so the derivation, its checks and its output all see the same ones.
 */
import { inferShapes } from '../engine/infer.js';
import type { DeriveInput } from './derive.js';

/** A derive input whose every variable has a shape, and those shapes when some were inferred. */
export function withInferredShapes(input: DeriveInput, fScalar: boolean | 'prefer'): { input: DeriveInput & { shape: Record<string, string> }; shapes?: Record<string, string> } {
  const given = { ...(input.shape ?? {}) };
  const done = inferShapes({ f: input.f, wrt: [input.wrt], fScalar, given, ...(input.assume ? { assume: input.assume } : {}) });
  return { input: { ...input, shape: done.shapes }, ...(done.inferred.length ? { shapes: done.shapes } : {}) };
}
