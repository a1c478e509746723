/**
 * The matrix read-off of the derived Hessian (`mcv derive --hessian`, properties/derive/hessian.ts):
 * for a scalar or column w, H[dw] = M dw, with dw factored to the right through each linear
 * operation. Each linear or bilinear entry of the table of operations states its own share
 * (`linearity.readOff` in engine/ops/); this file only gives hessian.ts its view of them.
 */
import type { Node } from '../engine/ast.js';
import { OPS } from '../engine/ops/index.js';
import type { ReadOffInput } from '../engine/ops/types.js';

export type { ReadOffInput } from '../engine/ops/types.js';

/** Each linear operation's share of M in H[dw] = M dw, by the engine's operation name. */
export const READ_OFF: Readonly<Record<string, (x: ReadOffInput) => Node>> = Object.fromEntries(
  OPS.flatMap((op) => (op.linearity !== 'nonlinear' && op.linearity.readOff !== 'none' ? [[op.name, op.linearity.readOff] as const] : [])),
);
