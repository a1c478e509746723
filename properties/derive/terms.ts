/**
 * Terms compared by structure, never by their printed text: every tree gets an id by
 * hash-consing (the operator or leaf and the ids of its arguments), so two trees have the same id
 * exactly when they are equal.
 */
import type { Node } from '../engine/ast.js';

const ids = new WeakMap<Node, number>();
const table = new Map<string, number>();

/** The hash-consed id of a term: equal ids for equal trees. */
export function termId(n: Node): number {
  const hit = ids.get(n);
  if (hit !== undefined) return hit;
  let key: string;
  switch (n.k) {
    case 'num':
      key = `n${n.v}`;
      break;
    case 'sym':
      key = `s${n.name}`;
      break;
    case 'str':
      key = `q${n.v}`;
      break;
    case 'lit':
      key = `l${n.rows}x${n.cols}${n.text}`;
      break;
    case 'call':
      key = `c${n.name}(${n.args.map(termId).join(',')})`;
      break;
  }
  let id = table.get(key);
  if (id === undefined) {
    id = table.size;
    table.set(key, id);
  }
  ids.set(n, id);
  return id;
}

/** Are two terms the same tree? */
export const sameTerm = (a: Node, b: Node): boolean => termId(a) === termId(b);

/** A name that is not taken: `base`, or `base1`, `base2`, … (for a temporary variable of the engine). */
export function freshName(base: string, taken: (name: string) => boolean): string {
  if (!taken(base)) return base;
  for (let i = 1; ; i++) if (!taken(`${base}${i}`)) return `${base}${i}`;
}
