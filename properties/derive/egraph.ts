/**
 * An e-graph (egg's design, Willsey et al. 2021, written small): e-classes of equal terms over
 * hash-consed e-nodes, a union-find with deferred congruence repair (`rebuild`), e-matching of
 * patterns, and cost-based extraction. Generic over node kinds: an e-node is an operator name and
 * the ids of its argument classes; what an operator means is the caller's business (an analysis
 * gives every class its data, e.g. a shape, and may refuse a node that makes no sense).
 *
 * Every union records why (a rule id, or congruence) and which other equalities it relied on, in
 * an explanation forest (egg's "explanations"): `explain` returns the rules that justify the
 * extracted term, so a simplification cites exactly the identities its answer used.
 */

/** A hash-consed node: its operator and argument classes (canonical after `rebuild`). */
export interface ENode {
  readonly op: string;
  args: number[];
  /** Argument ids when the node was made (the explanation's reference points). */
  readonly orig: readonly number[];
  /** The class the node was made in. */
  readonly origin: number;
  key: string;
  /** The node's number, in the order nodes were made (a key for callers' tables). */
  readonly id: number;
}

interface EClass<D> {
  nodes: ENode[];
  parents: ENode[];
  data: D;
}

/** Why two classes were merged: a rule, and pairs of ids whose equality the match relied on. */
export interface Why {
  rule: string | null;
  /** Pairs of ids (in one class each) whose own justifications this union depends on. */
  pairs: readonly (readonly [number, number])[];
  /** Sentences for the reader (an assumption used). */
  note?: string;
}

/** A snapshot of an e-graph's nodes by operator and class (`EGraph.opIndex`). */
export type OpIndex = ReadonlyMap<string, ReadonlyMap<number, readonly ENode[]>>;

const NONE: readonly ENode[] = [];

/** What the caller computes for each class. */
export interface Analysis<D> {
  /** Data of a new node's class, or null to refuse the node (e.g. shapes that do not fit). */
  make(op: string, args: readonly number[], graph: EGraph<D>): D | null;
  /** Data of a merged class (both describe the same value). */
  merge(a: D, b: D): D;
}

const keyOf = (op: string, args: readonly number[]): string => `${op}\u0000${args.join(',')}`;

export class EGraph<D> {
  private readonly parent: number[] = [];
  private readonly classes = new Map<number, EClass<D>>();
  private readonly memo = new Map<string, ENode>();
  private pending: number[] = [];
  private readonly adj: number[][] = [];
  private readonly edges: { a: number; b: number; why: Why }[] = [];
  /** Number of e-nodes made (the node limit's measure). */
  size = 0;
  /**
   * Classes changed since `takeChanged` was last called: both sides of every union, and every
   * class that lost a duplicate node. What a search read from other classes stays the same.
   */
  private changed: number[] = [];

  constructor(private readonly analysis: Analysis<D>) {}

  find(id: number): number {
    let x = id;
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }

  data(id: number): D {
    return this.classes.get(this.find(id))!.data;
  }

  /** The nodes of a class. */
  nodes(id: number): readonly ENode[] {
    return this.classes.get(this.find(id))!.nodes;
  }

  /** The nodes that have the class as an argument (some may be stale until `rebuild`; their `origin` is a class id). */
  parentsOf(id: number): readonly ENode[] {
    return this.classes.get(this.find(id))!.parents;
  }

  /** Canonical ids of every class. */
  classIds(): number[] {
    return [...this.classes.keys()];
  }

  /**
   * Adds a node (or finds its hash-consed twin); null when the analysis refuses it. `pairs`
   * receives the equalities that make the node found the one asked for (its arguments as given
   * ≡ the arguments it was made with), which an explanation of a rewrite must include.
   */
  add(op: string, args: readonly number[], pairs?: [number, number][]): number | null {
    const canon = args.map((a) => this.find(a));
    const key = keyOf(op, canon);
    const hit = this.memo.get(key);
    if (hit) {
      if (pairs) args.forEach((a, i) => a !== hit.orig[i] && pairs.push([a, hit.orig[i]!]));
      return this.find(hit.origin);
    }
    if (pairs) args.forEach((a, i) => a !== canon[i] && pairs.push([a, canon[i]!]));
    const data = this.analysis.make(op, canon, this);
    if (data === null) return null;
    const id = this.parent.length;
    this.parent.push(id);
    this.adj.push([]);
    const node: ENode = { op, args: canon, orig: canon, origin: id, key, id: this.size };
    this.classes.set(id, { nodes: [node], parents: [], data });
    for (const a of new Set(canon)) this.classes.get(a)!.parents.push(node);
    this.memo.set(key, node);
    this.size++;
    return id;
  }

  /** Merges the classes of a and b for the reason given; false when they were one already. */
  union(a: number, b: number, why: Why): boolean {
    let ra = this.find(a),
      rb = this.find(b);
    if (ra === rb) return false;
    const e = this.edges.length;
    this.edges.push({ a, b, why });
    this.adj[a]!.push(e);
    this.adj[b]!.push(e);
    let ca = this.classes.get(ra)!,
      cb = this.classes.get(rb)!;
    if (ca.parents.length < cb.parents.length) {
      [ra, rb] = [rb, ra];
      [ca, cb] = [cb, ca];
    }
    this.parent[rb] = ra;
    this.changed.push(ra, rb);
    ca.nodes.push(...cb.nodes);
    ca.parents.push(...cb.parents);
    ca.data = this.analysis.merge(ca.data, cb.data);
    this.classes.delete(rb);
    this.pending.push(ra);
    return true;
  }

  /** Restores the invariants after unions: canonical nodes, one node per key (congruence closure). */
  rebuild(): void {
    // Only the classes whose nodes changed (merged, or holding a parent of a merged class) are deduplicated.
    const touched = new Set<number>();
    while (this.pending.length) {
      const todo = new Set(this.pending.map((x) => this.find(x)));
      this.pending = [];
      for (const c of todo) {
        touched.add(c);
        for (const p of this.classes.get(this.find(c))?.parents ?? []) touched.add(p.origin);
        this.repair(c);
      }
    }
    for (const id of new Set([...touched].map((x) => this.find(x)))) {
      const cls = this.classes.get(id)!;
      const seen = new Set<string>();
      const before = cls.nodes.length;
      cls.nodes = cls.nodes.filter((n) => {
        this.canonicalize(n);
        if (seen.has(n.key)) return false;
        seen.add(n.key);
        return true;
      });
      if (cls.nodes.length !== before) this.changed.push(id);
    }
  }

  /**
   * The nodes of every class by operator: operator → canonical class id → the class's nodes with
   * that operator, in the class's order (classes in `classIds` order). Valid until the graph next
   * changes; matching reads it instead of scanning every node of every class it visits.
   */
  opIndex(): OpIndex {
    const out: Map<string, Map<number, ENode[]>> = new Map();
    // (forEach and a counted loop: made every round, mostly before it is optimized.)
    this.classes.forEach((cls, id) => {
      const nodes = cls.nodes;
      for (let q = 0; q < nodes.length; q++) {
        const n = nodes[q]!;
        let m = out.get(n.op);
        if (!m) out.set(n.op, (m = new Map()));
        const list = m.get(id);
        if (list) list.push(n);
        else m.set(id, [n]);
      }
    });
    return out;
  }

  /** The classes changed (merged, or deduplicated) since the last call, possibly repeated. */
  takeChanged(): number[] {
    const out = this.changed;
    this.changed = [];
    return out;
  }

  /**
   * Makes the node's arguments canonical; true when one changed (its key is then remade). The
   * arguments are copied before they change: a node's `orig` may be the same array.
   */
  private canonicalize(n: ENode): boolean {
    const a = n.args;
    let out: number[] | null = null;
    for (let i = 0; i < a.length; i++) {
      const c = this.find(a[i]!);
      if (c === a[i]) continue;
      out ??= a.slice();
      out[i] = c;
    }
    if (out === null) return false;
    n.args = out;
    n.key = keyOf(n.op, out);
    return true;
  }

  private repair(id: number): void {
    const cls = this.classes.get(this.find(id));
    if (!cls) return;
    const kept = new Map<string, ENode>();
    for (const n of cls.parents) {
      const was = n.key;
      if (this.canonicalize(n) && this.memo.get(was) === n) this.memo.delete(was);
      const other = this.memo.get(n.key);
      if (other && other !== n) {
        // Congruence: same operator, equal arguments.
        this.union(other.origin, n.origin, { rule: null, pairs: n.orig.map((x, i) => [x, other.orig[i]!] as const) });
      } else this.memo.set(n.key, n);
      if (!kept.has(n.key)) kept.set(n.key, n);
    }
    const now = this.classes.get(this.find(id));
    if (now === cls) cls.parents = [...kept.values(), ...cls.parents.filter((p) => !kept.has(p.key))];
  }

  /**
   * The rules (and notes) that justify a ≡ b: the edges on the path between them in the
   * explanation forest, and, recursively, the equalities each edge's match relied on.
   */
  explain(pairs: Iterable<readonly [number, number]>, rules: Set<string>, notes: Set<string>, seen = new Set<number>()): void {
    for (const [a, b] of pairs) {
      if (a === b) continue;
      for (const e of this.path(a, b)) {
        if (seen.has(e)) continue;
        seen.add(e);
        const { why } = this.edges[e]!;
        if (why.rule) rules.add(why.rule);
        if (why.note) notes.add(why.note);
        this.explain(why.pairs, rules, notes, seen);
      }
    }
  }

  /** Edge indices of the forest path from a to b (breadth first; the forest is a forest, so the path is unique). */
  private path(a: number, b: number): number[] {
    const prev = new Map<number, { from: number; edge: number }>([[a, { from: -1, edge: -1 }]]);
    const queue = [a];
    while (queue.length) {
      const x = queue.shift()!;
      if (x === b) break;
      for (const e of this.adj[x]!) {
        const { a: p, b: q } = this.edges[e]!;
        const y = p === x ? q : p;
        if (!prev.has(y)) {
          prev.set(y, { from: x, edge: e });
          queue.push(y);
        }
      }
    }
    if (!prev.has(b)) return [];
    const out: number[] = [];
    for (let x = b; x !== a; ) {
      const step = prev.get(x)!;
      out.push(step.edge);
      x = step.from;
    }
    return out;
  }

  /**
   * The cheapest node of every class, by a cost per node given the costs of its arguments'
   * classes (computed to a fixed point, so the chosen nodes never form a cycle).
   */
  costs(cost: (n: ENode, argCost: (id: number) => number, bestOf: (id: number) => ENode | undefined) => number): Map<number, { cost: number; node: ENode }> {
    const best = new Map<number, { cost: number; node: ENode }>();
    const argCost = (id: number) => best.get(this.find(id))?.cost ?? Number.POSITIVE_INFINITY;
    const bestOf = (id: number) => best.get(this.find(id))?.node;
    for (let changed = true; changed; ) {
      changed = false;
      for (const [id, cls] of this.classes) {
        for (const n of cls.nodes) {
          const c = cost(n, argCost, bestOf);
          const old = best.get(id);
          if (c < (old?.cost ?? Number.POSITIVE_INFINITY)) {
            best.set(id, { cost: c, node: n });
            changed = true;
          }
        }
      }
    }
    return best;
  }
}

/** A pattern: a variable, or an operator over patterns. */
export type Pattern = { readonly v: string } | { readonly op: string; readonly args: readonly Pattern[] };

/** One match: the class, the variables' classes, and the equalities the match relied on. */
export interface Match {
  /** The class matched, through the node `root` (its origin is the id to union with). */
  root: ENode;
  /** The pattern's variables, in the order they are bound (shared by every match of the pattern). */
  vars: readonly string[];
  /** Each variable's class (as the matched node's argument was made), in the order of `vars`. */
  ids: number[];
  pairs: [number, number][];
}

/** The class a match binds to a variable of its pattern. */
export const bound = (m: Match, v: string): number => m.ids[m.vars.indexOf(v)]!;

/**
 * A pattern flattened for matching: its positions in depth-first order (the order in which the
 * recursive definition visits them), each naming the operator position whose chosen node it is an
 * argument of. Variables get slots in the order of their first position, which is the order they
 * are bound in, and so the order of a match's `subst`.
 */
interface Program {
  /** Per position: 'op' (match a node of the operator and arity) or a variable's slot. */
  readonly kind: readonly ('op' | 'var')[];
  readonly op: readonly string[];
  readonly arity: readonly number[];
  readonly slot: readonly number[];
  /** Is this the variable's first position (it binds) or a later one (it must be the same class)? */
  readonly binds: readonly boolean[];
  /** The operator position this position is an argument of, and which argument (−1 for the root). */
  readonly parent: readonly number[];
  readonly argIndex: readonly number[];
  /** Variable names by slot. */
  readonly vars: readonly string[];
  /** Scratch space, reused by every run (matching is not reentrant). */
  readonly chosen: ENode[];
  readonly bound: number[];
}

const PROGRAMS = new WeakMap<Pattern, Program>();

function programOf(p: Pattern): Program {
  const hit = PROGRAMS.get(p);
  if (hit) return hit;
  const kind: ('op' | 'var')[] = [],
    op: string[] = [],
    arity: number[] = [],
    slot: number[] = [],
    binds: boolean[] = [],
    parent: number[] = [],
    argIndex: number[] = [],
    vars: string[] = [];
  const visit = (q: Pattern, par: number, i: number): void => {
    const at = kind.length;
    parent.push(par);
    argIndex.push(i);
    if ('v' in q) {
      let s = vars.indexOf(q.v);
      binds.push(s < 0);
      if (s < 0) s = vars.push(q.v) - 1;
      kind.push('var');
      op.push('');
      arity.push(0);
      slot.push(s);
      return;
    }
    kind.push('op');
    op.push(q.op);
    arity.push(q.args.length);
    slot.push(-1);
    binds.push(false);
    q.args.forEach((a, j) => visit(a, at, j));
  };
  visit(p, -1, -1);
  const prog: Program = { kind, op, arity, slot, binds, parent, argIndex, vars, chosen: [], bound: [] };
  PROGRAMS.set(p, prog);
  return prog;
}

/**
 * Every match of a pattern (whose top is an operator) in the class id, at most `limit`, read from
 * `index` (a snapshot of the graph as it is: by default made for this one call): the matches at
 * each of the class's nodes in turn (`ematchAt`).
 */
export function ematch<D>(g: EGraph<D>, p: Pattern, id: number, limit = 1000, index: OpIndex = g.opIndex()): Match[] {
  if ('v' in p) return [];
  const out: Match[] = [];
  for (const root of index.get(p.op)?.get(g.find(id)) ?? NONE) {
    if (out.length >= limit) break;
    out.push(...ematchAt(g, p, root, limit - out.length, index));
  }
  return out;
}

/**
 * Every match of a pattern (whose top is an operator) at one node, at most `limit`. The matches
 * come in the order of a depth-first search over the pattern's positions, each position trying
 * its class's nodes in order. `read` receives every class below the node whose nodes the search
 * looked at, or which it compared with another for a repeated variable (appended to it): while
 * none of them changes, the search finds the same matches. A class a variable is only bound to is
 * not read: the match binds the argument as the node was made.
 * Nothing is allocated unless a match is found (matching is the simplifier's hot loop, and most
 * tries fail at once).
 */
export function ematchAt<D>(g: EGraph<D>, p: Pattern, root: ENode, limit: number, index: OpIndex, read?: ReadSet): Match[] {
  if ('v' in p || root.op !== p.op || root.args.length !== p.args.length) return NO_MATCHES;
  // Consecutive searches are mostly of one pattern (a rewrite over many nodes).
  const prog = p === LAST.p ? LAST.prog! : programOf(p);
  LAST.p = p;
  LAST.prog = prog;
  RUN.g = g as EGraph<unknown>;
  RUN.prog = prog;
  RUN.index = index;
  RUN.read = read;
  RUN.limit = limit;
  RUN.out = NO_MATCHES;
  RUN.npairs = 0;
  prog.chosen[0] = root;
  step(RUN, 1);
  const out = RUN.out;
  RUN.out = NO_MATCHES;
  return out;
}

const NO_MATCHES: Match[] = [];

/** Classes a search read: the first `n` of `ids` (an array reused from search to search, never shrunk). */
export interface ReadSet {
  ids: number[];
  n: number;
}

/** One search's state (module-level functions instead of closures: no allocation per try). */
interface Run {
  g: EGraph<unknown>;
  prog: Program;
  index: OpIndex;
  read: ReadSet | undefined;
  limit: number;
  out: Match[];
  /**
   * The pairs so far, flat (a, b, a, b, …) in the first `npairs` entries: tuples are made only
   * for a match, and the array never shrinks (shrinking it would free its storage, to be
   * allocated again by the next push).
   */
  pairs: number[];
  npairs: number;
}

const LAST: { p: Pattern | null; prog: Program | null } = { p: null, prog: null };

/** The state of the search under way (searches do not nest). */
const RUN: Run = { g: null as never, prog: null as never, index: new Map(), read: undefined, limit: 0, out: NO_MATCHES, pairs: [], npairs: 0 };

/** Position j onwards, given the choices before it; false stops the search (limit reached). */
function step(r: Run, j: number): boolean {
  const { prog, g, pairs } = r;
  if (j === prog.kind.length) {
    const ids: number[] = new Array(prog.vars.length);
    for (let s = 0; s < prog.vars.length; s++) ids[s] = prog.bound[s]!;
    const ps: [number, number][] = [];
    for (let k = 0; k < r.npairs; k += 2) ps.push([pairs[k]!, pairs[k + 1]!]);
    if (r.out === NO_MATCHES) r.out = [];
    r.out.push({ root: prog.chosen[0]!, vars: prog.vars, ids, pairs: ps });
    return r.out.length < r.limit;
  }
  const up = prog.chosen[prog.parent[j]!]!;
  const i = prog.argIndex[j]!;
  if (prog.kind[j] === 'var') {
    const s = prog.slot[j]!;
    // A binding reads nothing: the variable is the argument as the node was made (orig), whatever
    // its class becomes, so no change to that class can change this match.
    if (prog.binds[j]) {
      prog.bound[s] = up.orig[i]!;
      return step(r, j + 1);
    }
    // A repeated variable reads both classes: merging them makes a match.
    const cid = g.find(up.args[i]!);
    const was = g.find(prog.bound[s]!);
    if (r.read) {
      r.read.ids[r.read.n++] = cid;
      r.read.ids[r.read.n++] = was;
    }
    if (was !== cid) return true;
    pairs[r.npairs++] = prog.bound[s]!;
    pairs[r.npairs++] = up.orig[i]!;
    const go = step(r, j + 1);
    r.npairs -= 2;
    return go;
  }
  // An operator position reads its class's nodes of that operator.
  const cid = g.find(up.args[i]!);
  if (r.read) r.read.ids[r.read.n++] = cid;
  const cands = r.index.get(prog.op[j]!)?.get(cid);
  if (cands === undefined) return true;
  const n = prog.arity[j]!;
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k]!;
    if (c.args.length !== n) continue;
    // The child node c stands for argument i of its parent: its membership is justified by origin ≡ orig[i].
    pairs[r.npairs++] = c.origin;
    pairs[r.npairs++] = up.orig[i]!;
    prog.chosen[j] = c;
    const go = step(r, j + 1);
    r.npairs -= 2;
    if (!go) return false;
  }
  return true;
}
