/**
 * The languages `mcv derive --emit` writes (each operation's entry carries its code in each: ops/types.ts).
 * A module of its own, free of mathjs's types, so the package's declarations can name the targets
 * without reaching the engine's.
 */
export const TARGETS = ['numpy', 'torch', 'jax', 'ts'] as const;
/** One of {@link TARGETS}. */
export type Target = (typeof TARGETS)[number];
