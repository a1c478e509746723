/**
 * One view of a counterexample, rendered three ways from the same data: as text by `mcv`
 * (format.ts), as markdown on the rule pages (scripts/site), as LaTeX on the Check page (the
 * worker). What is shown, in what order and under which name, is decided here once.
 */
import type { Counterexample } from '../oracle/check.js';
import { toTex } from '../engine/tex.js';
import { matrixTex } from './markdown.js';
import { differenceNote, relativeDifference } from '../oracle/readable.js';

/** One matrix of the counterexample: a variable, a direction dW, or a Hessian's second direction dW₂. */
export interface CounterexampleItem {
  /** As `mcv` prints it: `X`, `dX`, `dX₂`. */
  name: string;
  /** In LaTeX: `\mathbf{X}`, `d\mathbf{X}`, `d\mathbf{X}_{2}`. */
  nameTex: string;
  /** The entries, in full. */
  rows: number[][];
  /** The entries in LaTeX, at most 6 significant digits. */
  tex: string;
}

/** A counterexample as people see it. */
export interface CounterexampleView {
  /** The sizes drawn for the dimension letters. */
  sizes: readonly (readonly [string, number])[];
  values: CounterexampleItem[];
  direction: CounterexampleItem[];
  /** A Hessian's second direction (dW₂ of Tr(dW₂ᵀ H[dW])); empty for the other kinds. */
  direction2: CounterexampleItem[];
  /** Some entries were rounded to 6 significant digits in `tex`. */
  rounded: boolean;
  /** The two numbers that disagree, with their labels; absent when the sizes alone refute the claim. */
  comparison?: {
    labels: readonly [string, string];
    expected: number;
    actual: number;
    entry?: readonly [number, number];
    error?: number;
    tolerance?: number;
    /** The relative difference, e.g. 0.0039 (readable.ts). */
    relative?: number;
    /** error / tolerance: how many times what rounding can explain. */
    times?: number;
    /** Both in words: "they differ by 0.39%, 10⁹ times what rounding can explain". */
    note?: string;
  };
}

/** The view of `c`; `shapes` (of the claim's variables) decide which names are set in bold. */
export function counterexampleView(c: Counterexample, shapes: Readonly<Record<string, string>> = {}): CounterexampleView {
  const withDirections: Record<string, string> = { ...shapes };
  for (const k of Object.keys(c.direction ?? {})) withDirections[`d${k}`] = shapes[k] ?? 'nxn';
  let rounded = false;
  const item = (name: string, rows: number[][], second = false): CounterexampleItem => {
    const v = matrixTex(rows);
    rounded ||= v.rounded;
    let nameTex = name;
    try {
      nameTex = toTex(name, { shapes: withDirections });
    } catch {
      // A name toTex cannot read stays as it is.
    }
    return { name: second ? `${name}₂` : name, nameTex: second ? `${nameTex}_{2}` : nameTex, rows, tex: v.tex };
  };
  return {
    sizes: Object.entries(c.dims),
    values: Object.entries(c.values).map(([k, v]) => item(k, v)),
    direction: Object.entries(c.direction ?? {}).map(([k, v]) => item(`d${k}`, v)),
    direction2: Object.entries(c.direction2 ?? {}).map(([k, v]) => item(`d${k}`, v, true)),
    rounded,
    ...(c.expected !== undefined && c.actual !== undefined
      ? {
          comparison: {
            labels: c.labels,
            expected: c.expected,
            actual: c.actual,
            ...(c.entry ? { entry: c.entry } : {}),
            ...(c.error !== undefined ? { error: c.error } : {}),
            ...(c.tolerance !== undefined ? { tolerance: c.tolerance } : {}),
            relative: relativeDifference(c.expected, c.actual),
            ...(c.error !== undefined && c.tolerance !== undefined && c.tolerance > 0 ? { times: c.error / c.tolerance } : {}),
            ...(differenceNote(c) ? { note: differenceNote(c)! } : {}),
          },
        }
      : {}),
  };
}
