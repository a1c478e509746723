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
    const node: ENode = { op, args: canon, orig: canon, origin: id, key };
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
      cls.nodes = cls.nodes.filter((n) => {
        n.args = n.args.map((x) => this.find(x));
        n.key = keyOf(n.op, n.args);
        if (seen.has(n.key)) return false;
        seen.add(n.key);
        return true;
      });
    }
  }

  private repair(id: number): void {
    const cls = this.classes.get(this.find(id));
    if (!cls) return;
    const kept = new Map<string, ENode>();
    for (const n of cls.parents) {
      if (this.memo.get(n.key) === n) this.memo.delete(n.key);
      n.args = n.args.map((x) => this.find(x));
      n.key = keyOf(n.op, n.args);
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
  subst: Map<string, number>;
  pairs: [number, number][];
}

/** Every match of a pattern (whose top is an operator) in the class id, at most `limit`. */
export function ematch<D>(g: EGraph<D>, p: Pattern, id: number, limit = 1000): Match[] {
  if ('v' in p) return [];
  const out: Match[] = [];
  const subst = new Map<string, number>();
  const pairs: [number, number][] = [];
  for (const n of g.nodes(id)) {
    if (n.op !== p.op || n.args.length !== p.args.length) continue;
    const go = matchList(g, p.args, n, 0, subst, pairs, () => {
      out.push({ root: n, subst: new Map(subst), pairs: [...pairs] });
      return out.length < limit;
    });
    if (!go) break;
  }
  return out;
}

/**
 * Backtracking over arguments i.. of n, with one mutable substitution and one stack of pairs
 * (no copies per step: matching is the hot loop). `k` is called for each full match; false stops.
 */
function matchList<D>(g: EGraph<D>, ps: readonly Pattern[], n: ENode, i: number, subst: Map<string, number>, pairs: [number, number][], k: () => boolean): boolean {
  if (i === ps.length) return k();
  const p = ps[i]!;
  const cid = g.find(n.args[i]!);
  if ('v' in p) {
    const bound = subst.get(p.v);
    if (bound !== undefined) {
      if (g.find(bound) !== cid) return true;
      pairs.push([bound, n.orig[i]!]);
      const go = matchList(g, ps, n, i + 1, subst, pairs, k);
      pairs.pop();
      return go;
    }
    subst.set(p.v, n.orig[i]!);
    const go = matchList(g, ps, n, i + 1, subst, pairs, k);
    subst.delete(p.v);
    return go;
  }
  for (const c of g.nodes(cid)) {
    if (c.op !== p.op || c.args.length !== p.args.length) continue;
    // The child node c stands for argument i of n: its membership is justified by origin ≡ orig[i].
    pairs.push([c.origin, n.orig[i]!]);
    const go = matchList(g, p.args, c, 0, subst, pairs, () => matchList(g, ps, n, i + 1, subst, pairs, k));
    pairs.pop();
    if (!go) return false;
  }
  return true;
}
