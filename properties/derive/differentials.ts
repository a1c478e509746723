/**
 * The differential of every operation of the expression syntax, read from the table of operations
 * (engine/ops/<name>.ts, field `differential`): each entry names the catalogue rules that state it.
 * This file only gives the derivation engine its view of that table.
 */
import { Unsupported } from '../engine/ast.js';
import { OPS } from '../engine/ops/index.js';
import type { OpDifferential } from '../engine/ops/types.js';

export type { DiffInput, OpDifferential } from '../engine/ops/types.js';

/** Every operation with a differential, by the engine's name. */
export const DIFFERENTIALS: Readonly<Record<string, OpDifferential>> = Object.fromEntries(OPS.flatMap((op) => (op.differential === 'constant' ? [] : [[op.name, op.differential] as const])));

/** Constants: their differential is 0 (they never depend on the variable). */
export const CONSTANT_FUNCTIONS: ReadonlySet<string> = new Set(OPS.filter((op) => op.differential === 'constant').map((op) => op.name));

export { Unsupported };
