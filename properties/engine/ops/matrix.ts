/** [a, b; c, d]: a matrix literal of numbers, as in MATLAB ([1, 2] a row, [1; 2] a column). */
import { CALL, need } from './shared.js';
import type { MathNode } from 'mathjs';
import * as M from '../matrix.js';
import { P, type Layout, type Op } from './types.js';
import { atom, python } from './code.js';

/** The entries of a literal row by row, and its layout (mathjs nests rows as ArrayNodes). */
export function literalCells(node: MathNode): { rows: MathNode[][]; layout: Layout } {
  const items = (node as MathNode & { items: MathNode[] }).items;
  const rows = items.every((it) => it.type === 'ArrayNode') ? items.map((it) => (it as MathNode & { items: MathNode[] }).items) : [items];
  return { rows, layout: { rows: rows.length, cols: rows[0]?.length ?? 0 } };
}

export default {
  name: 'matrix',
  syntax: ['[a, b; c, d]'],
  form: 'literal',
  arity: [0, Infinity],
  doc: 'a matrix of numbers: [1, 2] a row, [1; 2] a column, [1, 2; 3, 4] a matrix',
  elementwise: false,
  smooth: true,
  scale: 'free',
  evaluate: (cells, c) => {
    const { rows, cols } = c.layout!;
    for (const x of cells) need(M.isScalar(x.v), () => `${c.text}: matrix literals may only hold numbers`);
    const v = M.mat(
      rows,
      cols,
      cells.map((x) => x.v.data[0]!),
    );
    return c.bound
      ? {
          v,
          e: M.mat(
            rows,
            cols,
            cells.map((x) => x.e!.data[0]!),
          ),
        }
      : { v };
  },
  tex: (cells, _n, _k, layout) => {
    const { rows, cols } = layout!;
    const lines = Array.from({ length: rows }, (_, i) =>
      cells
        .slice(i * cols, (i + 1) * cols)
        .map((t) => t.tex)
        .join(' & '),
    );
    return { tex: `\\begin{bmatrix}${lines.join(' \\\\ ')}\\end{bmatrix}`, prec: P.Atom };
  },
  differential: 'constant',
  shape: (_args, c) => (c.layout ? { rows: c.layout.rows, cols: c.layout.cols } : c.bad(`${c.text}: a matrix literal without its layout`)),
  linearity: 'nonlinear',
  printing: CALL,
  torch: 'arr',
  code: {
    ...python((_args, k) => {
      const rows = k.rows!.map((r) => r.map((x) => (k.lib.target === 'torch' ? `float(${x.code})` : x.code)));
      if (k.out.repr === 'scalar') return k.rows![0]![0]!;
      if (k.out.repr === 'vec') return atom(k.lib.literal(`[${rows.flat().join(', ')}]`));
      return atom(k.lib.literal(`[${rows.map((r) => `[${r.join(', ')}]`).join(', ')}]`));
    }),
    ts: (_args, k) => {
      const rows = k.rows!.map((r) => r.map((x) => x.code));
      if (k.out.repr === 'scalar') return k.rows![0]![0]!;
      if (k.out.repr === 'vec') return atom(`[${rows.flat().join(', ')}]`);
      return atom(`[${rows.map((r) => `[${r.join(', ')}]`).join(', ')}]`);
    },
  },
  domain: { where: 'a constant' },
} satisfies Op;
