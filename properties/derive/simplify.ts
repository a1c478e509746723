/**
 * Simplification by equality saturation: the term goes into an e-graph (egraph.ts), every rewrite
 * of the table (rewrites.ts, each a catalogue identity) is applied wherever its pattern matches and
 * its guard holds, until nothing new appears or a limit is reached, and the shortest equal term is
 * extracted. The rules the extracted term relied on are cited (Context.cited), with the
 * assumptions they used (Context.used). Every rewrite is an identity the oracle proves, and the
 * derive engine checks every line that uses them anyway.
 */
import { compile } from '../engine/expr.js';
import { call, dimNode, fromMath, isScalarShape, num, print, size, type Node } from '../engine/ast.js';
import { OPS_BY_NAME } from '../engine/ops/index.js';
import type { WrittenAs } from '../engine/ops/types.js';
import { parseShape, type Assumption, type Dim, type Shape } from '../engine/shapes.js';
import { RULES } from '../../rules/index.js';
import { ShapeMismatch, type Context } from './context.js';
import { bound, EGraph, ematchAt, type ENode, type Match, type OpIndex, type Pattern, type ReadSet } from './egraph.js';
import { REWRITES } from './rewrites.js';
import { termId } from './terms.js';

/**
 * Limits that make saturation terminate whatever the rules (AC rewrites grow without end). No
 * wall-clock limit: the answer must not depend on the machine's load (the same input prints the
 * same G every time).
 */
export const LIMITS = { nodes: 500, iterations: 8, matchesPerRule: 80, pieceSize: 24 } as const;

interface Data {
  shape: Shape;
  /** A term of the class (the first one made), from which shapes of new nodes are inferred. */
  rep: Node;
}

/**
 * A rewrite's matches at one node; `checkedAt` the classes of a match's root and variables when it
 * last reached the applied check.
 */
interface CachedMatches {
  matches: { m: Match; checkedAt: number[] | null }[];
  /** A class the search read has changed: to be searched again before use. */
  stale: boolean;
}

const NONE_CACHED: CachedMatches['matches'] = [];

/** One rewrite's incremental matching state. */
interface RuleMatching {
  /** The latest search at each node, by node id. */
  at: (CachedMatches | undefined)[];
}

/** A compiled rewrite: pattern, replacement and the rule's guard. */
interface Compiled {
  rule: string;
  /** Its place in the compiled table (a key for the matches already applied). */
  index: number;
  shrinks: boolean;
  lhs: Pattern;
  rhs: Pattern;
  shapes: Readonly<Record<string, Shape>>;
  assume: Readonly<Record<string, readonly Assumption[]>>;
  /** The statement as written, for the notes on assumptions. */
  text: string;
  /** Every operator (and number) of the pattern, once: a graph without one of them has no match. */
  needs: readonly string[];
  /** `assume` as a list, for the guard. */
  assumed: readonly (readonly [string, readonly Assumption[]])[];
}

/** The operators of a pattern's operator positions, each once. */
const opsOf = (p: Pattern, out = new Set<string>()): Set<string> => {
  if ('v' in p) return out;
  out.add(p.op);
  for (const a of p.args) opsOf(a, out);
  return out;
};

const leafOp = (n: Node): string => {
  switch (n.k) {
    case 'num':
      return `num:${n.v}`;
    case 'sym':
      return `sym:${n.name}`;
    case 'str':
      return `str:${n.v}`;
    case 'lit':
      return `lit:${n.rows}x${n.cols}:${n.text}`;
    default:
      throw new Error('not a leaf');
  }
};

function leafNode(op: string): Node {
  const [kind, ...rest] = op.split(':');
  const v = rest.join(':');
  if (kind === 'num') return num(Number(v));
  if (kind === 'sym') return { k: 'sym', name: v };
  if (kind === 'str') return { k: 'str', v };
  const [dims, ...text] = v.split(':');
  const [rows, cols] = dims!.split('x').map(Number);
  return { k: 'lit', text: text.join(':'), rows: rows!, cols: cols! };
}

const isLeaf = (op: string): boolean => /^(num|sym|str|lit):/.test(op);

/**
 * A call whose entry makes it a column by default (ones(n), zeros(n)) is n×1 with its sizes
 * both given inside the e-graph (ones(n, 1)), so that one pattern matches both.
 */
const columnByDefault = (op: string): boolean => OPS_BY_NAME.get(op)?.facts?.columnByDefault === true;
const withTwoSizes = (n: Node & { k: 'call' }): readonly Node[] => (columnByDefault(n.name) && n.args.length === 1 ? [n.args[0]!, num(1)] : n.args);
/** How the operation is written, where its entry has a preference (Op.written). */
const writtenAs = (op: string | undefined): WrittenAs => (op === undefined ? NO_PREFERENCE : (OPS_BY_NAME.get(op)?.written ?? NO_PREFERENCE));
const NO_PREFERENCE: WrittenAs = {};

function toPattern(n: Node, vars: ReadonlySet<string>): Pattern {
  if (n.k === 'sym') return vars.has(n.name) ? { v: n.name } : { v: `#${n.name}` };
  // A one-argument operation on a number, which its entry folds, is that number: -2 is the number −2.
  if (n.k === 'call' && n.args.length === 1 && n.args[0]!.k === 'num') {
    const v = OPS_BY_NAME.get(n.name)?.facts?.fold?.(n.args[0]!.v);
    if (v !== null && v !== undefined) return { op: `num:${v}`, args: [] };
  }
  if (n.k !== 'call') return { op: leafOp(n), args: [] };
  return { op: n.name, args: withTwoSizes(n).map((a) => toPattern(a, vars)) };
}

function fromSource(src: string, vars: ReadonlySet<string>, dims: ReadonlySet<string>): Node {
  const e = compile(src, { field: 'claim', known: new Set([...vars, ...dims]), dims });
  return nodeOf(e.node);
}

// The parse tree → Node conversion of the engine, without a variable to name in messages.
const nodeOf = (m: Parameters<typeof fromMath>[0]): Node => fromMath(m, '', '');

let COMPILED: Compiled[] | null = null;

/** The rewrite table compiled from the catalogue (once). */
export function compiledRewrites(): readonly Compiled[] {
  if (COMPILED) return COMPILED;
  const out: Compiled[] = [];
  for (const r of REWRITES) {
    const rule = RULES.find((x) => x.id === r.rule);
    if (rule?.kind !== 'identity') throw new Error(`rewrite ${r.rule}: no identity rule with that id in the catalogue`);
    const shapes = Object.fromEntries(Object.entries(rule.shapes).map(([k, v]) => [k, parseShape(v, k)]));
    const vars = new Set(Object.keys(shapes));
    const dims = new Set(
      Object.values(shapes)
        .flatMap((s) => [s.rows, s.cols])
        .filter((d): d is string => typeof d === 'string'),
    );
    const lhs = toPattern(fromSource(rule.lhs, vars, dims), vars);
    const rhs = toPattern(fromSource(rule.rhs, vars, dims), vars);
    const assume = (rule.assume ?? {}) as Record<string, readonly Assumption[]>;
    const base = { rule: rule.id, index: 0, shrinks: r.shrinks === true, shapes, assume, assumed: Object.entries(assume) };
    if (r.dir !== 'rl') out.push({ ...base, lhs, rhs, text: `${rule.lhs} = ${rule.rhs}`, needs: [...opsOf(lhs)] });
    if (r.dir !== 'lr') out.push({ ...base, lhs: rhs, rhs: lhs, text: `${rule.rhs} = ${rule.lhs}`, needs: [...opsOf(rhs)] });
  }
  out.forEach((c, i) => {
    c.index = i;
  });
  for (const c of out) if ('v' in c.lhs) throw new Error(`rewrite ${c.rule}: a pattern must start with an operation, not a variable`);
  COMPILED = out;
  return out;
}

const isSquare = (s: Shape): boolean => s.rows === s.cols;

const sameIds = (a: readonly number[], b: readonly number[]): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

/** Assumptions implied by others (an spd matrix is symmetric and invertible, and so on). */
const IMPLIED: Readonly<Record<Assumption, readonly Assumption[]>> = {
  invertible: ['invertible', 'spd', 'orthogonal'],
  symmetric: ['symmetric', 'spd', 'diagonal'],
  spd: ['spd'],
  positive: ['positive'],
  onehot: ['onehot'],
  'onehot-rows': ['onehot-rows'],
  orthogonal: ['orthogonal'],
  diagonal: ['diagonal'],
};

/** What the reader is told an assumption means, short. */
const WORD: Readonly<Record<Assumption, string>> = {
  invertible: 'invertible',
  symmetric: 'symmetric',
  spd: 'symmetric positive definite',
  positive: 'positive',
  onehot: 'one-hot',
  'onehot-rows': 'one-hot in every row',
  orthogonal: 'orthogonal',
  diagonal: 'diagonal',
};

/**
 * The e-graph of one simplification: terms in, the shortest equal term out, with the rules used.
 */
class Saturation {
  readonly g: EGraph<Data>;
  constructor(private readonly ctx: Context) {
    this.g = new EGraph<Data>({
      make: (op, args, g) => {
        const rep = isLeaf(op) ? leafNode(op) : call(op, ...args.map((a) => g.data(a).rep));
        try {
          return { shape: ctx.shape(rep), rep };
        } catch (e) {
          if (e instanceof ShapeMismatch) return null;
          throw e;
        }
      },
      merge: (a) => a,
    });
  }

  addTerm(n: Node): number {
    if (n.k !== 'call') return this.g.add(leafOp(n), [])!;
    const args = withTwoSizes(n).map((a) => this.addTerm(a));
    const id = this.g.add(n.name, args);
    if (id === null) throw new ShapeMismatch(print(n));
    return id;
  }

  /** The size a class stands for, when it holds a number or a dimension letter. */
  dimOf(id: number): Dim | undefined {
    for (const n of this.g.nodes(id)) {
      if (n.op.startsWith('num:')) return Number(n.op.slice(4));
      if (n.op.startsWith('sym:') && this.ctx.dims.has(n.op.slice(4))) return n.op.slice(4);
    }
    return undefined;
  }

  private numOf(id: number): ENode | undefined {
    const nodes = this.g.nodes(id);
    for (let q = 0; q < nodes.length; q++) if (nodes[q]!.op.startsWith('num:')) return nodes[q];
    return undefined;
  }

  /**
   * Does the class satisfy the assumption? A name declared so (or with an assumption implying
   * it); an argument of inv is invertible and an argument of log or sqrt positive where the
   * expression is defined; an exponential is positive.
   */
  holds(id: number, a: Assumption, seen = new Set<number>()): { ok: boolean; name?: string } {
    const c = this.g.find(id);
    if (seen.has(c)) return { ok: false };
    seen.add(c);
    for (const n of this.g.nodes(c)) {
      if (n.op.startsWith('sym:')) {
        const name = n.op.slice(4);
        if (IMPLIED[a].some((k) => this.ctx.has(name, k))) return { ok: true, name };
      }
      // What the operation's entry says of its value (Op.facts): inherited from its argument, or its own.
      const facts = OPS_BY_NAME.get(n.op)?.facts;
      if (!facts) continue;
      if (a === 'positive' && facts.positive) return { ok: true };
      if (a === 'symmetric' && facts.symmetricWithArity === n.args.length) return { ok: true };
      if (a === 'symmetric' && facts.keepsSymmetric && this.holds(n.args[0]!, a, seen).ok) return { ok: true };
      if (a === 'invertible' && facts.keepsInvertible && this.holds(n.args[0]!, a, seen).ok) return { ok: true };
    }
    if ((a === 'invertible' || a === 'positive') && this.domain[a].has(c)) return { ok: true };
    // A square factor of an invertible square product is invertible (Op.facts.invertibleFactors: det AB = det A · det B ≠ 0).
    if (a === 'invertible' && isSquare(this.g.data(c).shape))
      for (const p of this.g.parentsOf(c)) {
        if (!OPS_BY_NAME.get(p.op)?.facts?.invertibleFactors || !p.args.some((x) => this.g.find(x) === c) || !isSquare(this.g.data(p.origin).shape)) continue;
        const h = this.holds(p.origin, a, seen);
        if (h.ok) return h;
      }
    return { ok: false };
  }

  /** The guard: shapes an instance of the rule's, assumptions held. Returns the dimension bindings and notes, or null. */
  private guard(rw: Compiled, m: Match): { dims: Map<string, Dim>; notes: string[] } | null {
    const dims = new Map<string, Dim>();
    const bind = (want: Dim, got: Dim): boolean => {
      if (typeof want === 'number') return want === got;
      const had = dims.get(want);
      if (had === undefined) {
        dims.set(want, got);
        return true;
      }
      return had === got;
    };
    const { vars, ids } = m;
    for (let s = 0; s < vars.length; s++) {
      const v = vars[s]!;
      if (v.startsWith('#')) continue;
      const want = rw.shapes[v]!;
      const got = this.g.data(ids[s]!).shape;
      if (!bind(want.rows, got.rows) || !bind(want.cols, got.cols)) return null;
    }
    for (let s = 0; s < vars.length; s++) {
      const v = vars[s]!;
      if (!v.startsWith('#')) continue;
      const d = this.dimOf(ids[s]!);
      if (d === undefined || !bind(v.slice(1), d)) return null;
    }
    const notes: string[] = [];
    for (const [v, kinds] of rw.assumed) {
      for (const k of kinds) {
        const h = this.holds(bound(m, v), k);
        if (!h.ok) return null;
        if (h.name) notes.push(`${h.name} is ${WORD[k]}, so ${this.printed(rw.lhs, m, dims)} = ${this.printed(rw.rhs, m, dims)} (${rw.rule}).`);
      }
    }
    return { dims, notes };
  }

  /** A pattern with its variables replaced by their classes' first terms, printed (for notes). */
  private printed(p: Pattern, m: Match, dims: Map<string, Dim>): string {
    const term = (q: Pattern): Node => {
      if ('v' in q) {
        if (q.v.startsWith('#')) return dimNode(dims.get(q.v.slice(1)) ?? q.v.slice(1));
        const id = bound(m, q.v);
        const name = this.g.nodes(id).find((n) => n.op.startsWith('sym:'));
        return name ? leafNode(name.op) : this.g.data(id).rep;
      }
      if (isLeaf(q.op)) return leafNode(q.op);
      const args = q.args.map(term);
      if (columnByDefault(q.op) && args.length === 2 && args[1]!.k === 'num' && args[1]!.v === 1) args.pop();
      return call(q.op, ...args);
    };
    return print(term(p));
  }

  private instantiate(p: Pattern, m: Match, dims: Map<string, Dim>, pairs: [number, number][]): number | null {
    if ('v' in p) {
      if (!p.v.startsWith('#')) return bound(m, p.v);
      const d = dims.get(p.v.slice(1));
      return d === undefined ? null : this.addTerm(dimNode(d));
    }
    const args: number[] = [];
    for (const a of p.args) {
      const id = this.instantiate(a, m, dims, pairs);
      if (id === null) return null;
      args.push(id);
    }
    // A 1×1 call of a constructor is its number (its entry's oneByOne): zeros(1, 1) is 0, as a person writes it.
    const oneByOne = OPS_BY_NAME.get(p.op)?.facts?.oneByOne;
    if (oneByOne !== undefined && args.every((a) => this.dimOf(a) === 1)) return this.g.add(`num:${oneByOne}`, []);
    return this.g.add(p.op, args, pairs);
  }

  /** Arithmetic on numbers (2·3 = 6, by the operations' own `facts.fold`): not an identity of matrices, so it cites nothing. */
  private fold(): boolean {
    let changed = false;
    // (Counted loops: this runs over every node in every round, mostly before it is optimized.)
    const ids = this.g.classIds();
    for (let c = 0; c < ids.length; c++) {
      const id = ids[c]!;
      if (this.numOf(id)) continue;
      const nodes = this.g.nodes(id);
      for (let q = 0; q < nodes.length; q++) {
        const n = nodes[q]!;
        // Only an operation whose entry folds numbers, over numbers: skip the rest before making any array.
        const fold = OPS_BY_NAME.get(n.op)?.facts?.fold;
        if (!fold || n.args.length === 0) continue;
        let numbers = true;
        for (let i = 0; i < n.args.length && numbers; i++) numbers = this.numOf(n.args[i]!) !== undefined;
        if (!numbers) continue;
        const ns = n.args.map((a) => this.numOf(a));
        if (ns.some((x) => !x)) continue;
        const vs = ns.map((x) => Number(x!.op.slice(4)));
        const v = fold(...vs);
        // Only exact, readable results: no overflow, and no underflow to 0 (0.5^2048 is not 0).
        if (v === null || !Number.isFinite(v) || Math.abs(v) > 1e6 || (v !== 0 && Math.abs(v) < 1e-6)) continue;
        // A 0 from tiny nonzero numbers may be an underflow (1e-300 * 1e-300); from numbers of 1e-6 or more
        // (products and powers of them stay far above the smallest double) it is exact (2 - 2).
        if (v === 0 && vs.some((x) => x !== 0 && Math.abs(x) < 1e-6)) continue;
        const k = this.g.add(`num:${v === 0 ? 0 : v}`, [])!;
        if (this.g.union(n.origin, k, { rule: null, pairs: ns.map((x, i) => [x!.origin, n.orig[i]!] as const) })) changed = true;
        break;
      }
    }
    return changed;
  }

  /**
   * The matches applied, by rewrite and root class: the classes of their root and variables. A
   * match whose classes are all the same as one applied adds nothing new.
   */
  private readonly applied: Map<number, number[][]>[] = [];
  /** Classes that are an argument of inv (invertible) or of log and sqrt (positive) where the expression is defined. */
  private domain = { invertible: new Set<number>(), positive: new Set<number>() };

  run(): void {
    const all = compiledRewrites();
    const shrinking = all.filter((r) => r.shrinks);
    const settle = (limit: number) => {
      for (let k = 0; k < 4 && this.round(shrinking, limit, -1); k++);
    };
    for (let it = 0; it < LIMITS.iterations; it++) {
      settle(LIMITS.nodes);
      if (this.g.size > LIMITS.nodes) break;
      if (!this.round(all, LIMITS.nodes, it)) break;
    }
    // The shrinking rewrites once more on what the last round made, a little past the limit.
    settle(LIMITS.nodes * 3);
  }

  private readonly banned = new Map<Compiled, number>();

  /**
   * Matching, incrementally (each rewrite's matches at each node are found once, and again only
   * when a class the search read has changed), with the same matches in the same order as
   * searching the whole graph every round.
   */
  private readonly matching: RuleMatching[] = [];
  /** The cached searches that read each class. */
  private readonly readers = new Map<number, CachedMatches[]>();

  /** Marks stale every search that read a class changed since the last round. */
  private invalidate(): void {
    for (const c of this.g.takeChanged()) {
      const rs = this.readers.get(c);
      if (!rs) continue;
      this.readers.delete(c);
      for (const e of rs) e.stale = true;
    }
  }

  /** Searches the rewrite's pattern at the node and keeps the result (replacing the node's old one). */
  private search(rw: Compiled, m: RuleMatching, node: ENode, index: OpIndex, read: ReadSet): CachedMatches {
    read.n = 0;
    const found = ematchAt(this.g, rw.lhs, node, LIMITS.matchesPerRule, index, read);
    let e = m.at[node.id];
    if (e) e.stale = false;
    else m.at[node.id] = e = { matches: NONE_CACHED, stale: false };
    e.matches = found.length ? found.map((x) => ({ m: x, checkedAt: null })) : NONE_CACHED;
    // Registered with every class read (a registration left from an earlier search of the node
    // only makes a needless search again, which finds the same).
    for (let k = 0; k < read.n; k++) {
      const c = read.ids[k]!;
      const rs = this.readers.get(c);
      if (!rs) this.readers.set(c, [e]);
      else if (rs.at(-1) !== e) rs.push(e);
    }
    return e;
  }

  /** One round: every match of the rewrites found, then applied (up to the node limit). */
  private round(rws: readonly Compiled[], limit: number, it: number): boolean {
    // Classes by the operators of their nodes: a pattern is tried only where its top operator is.
    const index = this.g.opIndex();
    this.domain = { invertible: new Set(), positive: new Set() };
    // Where an operation is defined, its argument is what its entry says (Op.facts.argumentIs: inv's invertible, log's positive).
    index.forEach((byClass, op) => {
      const is = OPS_BY_NAME.get(op)?.facts?.argumentIs;
      if (is) byClass.forEach((nodes) => nodes.forEach((n) => this.domain[is].add(this.g.find(n.args[0]!))));
    });
    this.invalidate();
    // What to apply, in order: the rewrite and the match (two arrays, not an object per entry).
    const todoRule: Compiled[] = [];
    const todo: CachedMatches['matches'][number][] = [];
    const read: ReadSet = { ids: [], n: 0 };
    for (const rw of rws) {
      if ((this.banned.get(rw) ?? -1) >= it && it >= 0) continue;
      // No node of one of its operators anywhere: no match at any node (what a search of each would
      // find, without the searches; the inverse-power rules in a term without inv, say).
      if (rw.needs.some((op) => !index.has(op))) continue;
      let count = 0;
      const m = (this.matching[rw.index] ??= { at: [] });
      const top = rw.lhs as { op: string; args: readonly Pattern[] };
      // The matches at every node of the top operator, class by class, each class's nodes in
      // order (the order of a search of the whole graph), the first LIMITS.matchesPerRule of them:
      // a node is searched when it is new or a class its last search read has changed since.
      // (Counted loops: this runs for every rewrite at every node of its operator in every round,
      // much of it before the code is optimized, where iterators cost.)
      const byClass = index.get(top.op);
      if (byClass)
        search: for (const roots of byClass.values()) {
          for (let q = 0; q < roots.length; q++) {
            const root = roots[q]!;
            if (root.args.length !== top.args.length) continue;
            let hit = m.at[root.id];
            if (hit === undefined || hit.stale) hit = this.search(rw, m, root, index, read);
            const found = hit.matches;
            for (let u = 0; u < found.length; u++) {
              todoRule.push(rw);
              todo.push(found[u]!);
              if (++count >= LIMITS.matchesPerRule) break search;
            }
          }
        }
      // A rule that matches everywhere (commutativity, say) rests for two rounds (egg's backoff).
      if (count >= LIMITS.matchesPerRule && it >= 0) this.banned.set(rw, it + 2);
    }
    let changed = false;
    for (let k = 0; k < todo.length; k++) {
      if (this.g.size > limit) break;
      const rw = todoRule[k]!,
        cached = todo[k]!;
      const t = cached.m;
      // A match applied in an earlier round adds nothing new: its classes (the root's and the
      // variables') are in `applied` under its rewrite, so it is skipped, without looking there
      // when the classes are the ones it was last checked with.
      const last = cached.checkedAt;
      const ids = t.ids;
      if (last && last[0] === this.g.find(t.root.origin)) {
        let same = true;
        for (let i = 0; i < ids.length && same; i++) same = last[i + 1] === this.g.find(ids[i]!);
        if (same) continue;
      }
      const at: number[] = new Array(ids.length + 1);
      at[0] = this.g.find(t.root.origin);
      for (let i = 0; i < ids.length; i++) at[i + 1] = this.g.find(ids[i]!);
      cached.checkedAt = at;
      // Applied already with these classes (by this rewrite, at this root class)?
      const byRoot = (this.applied[rw.index] ??= new Map());
      const tried = byRoot.get(at[0]!);
      if (tried === undefined) byRoot.set(at[0]!, [at]);
      else if (tried.some((x) => sameIds(x, at))) continue;
      else tried.push(at);
      const gd = this.guard(rw, t);
      if (!gd) continue;
      const extra: [number, number][] = [];
      const r = this.instantiate(rw.rhs, t, gd.dims, extra);
      if (r === null) continue;
      // The replacement must keep the shape (a guard is a promise; this checks it was kept).
      const a = this.g.data(r).shape,
        b = this.g.data(t.root.origin).shape;
      if (a.rows !== b.rows || a.cols !== b.cols) continue;
      if (this.g.union(t.root.origin, r, { rule: rw.rule, pairs: [...t.pairs, ...extra], ...(gd.notes.length ? { note: gd.notes.join(' ') } : {}) })) changed = true;
    }
    this.g.rebuild();
    if (this.fold()) changed = true;
    this.g.rebuild();
    return changed;
  }

  /** The shortest term of the class, and the rules and notes that justify it equal to the class's first term. */
  extract(root: number): { node: Node; rules: Set<string>; notes: Set<string> } {
    // Length in nodes; at equal length, the form a person writes, as the operations' entries say
    // (Op.written): chains left to right (A*B*C, not A*(B*C)), numbers in front (2*A, not A*2).
    const best = this.g.costs((n, argCost, bestOf) => {
      // A number reads faster than a name (2*A*x is shorter to read than A*(x + x)).
      let c = n.args.reduce((s, a) => s + argCost(a), n.op.startsWith('num:') ? 0.9 : 1);
      const w = writtenAs(n.op);
      const right = n.args[1] === undefined ? undefined : bestOf(n.args[1]);
      const first = n.args[0] === undefined ? NO_PREFERENCE : writtenAs(bestOf(n.args[0])?.op);
      if (right && w.leftToRight && right.op === n.op) c += 0.001;
      if (right && w.scalarsFirst && right.op.startsWith('num:')) c += 0.001;
      // ones(n, 1) is printed ones(n): its 1 costs nothing.
      if (columnByDefault(n.op) && n.args.length === 2 && this.dimOf(n.args[1]!) === 1) c -= argCost(n.args[1]!);
      // Entrywise products only where they are needed: s*t for scalars, not s .* t.
      if (w.onlyWhereNeeded) c += 0.001;
      // The sign in front: -(A*B), not (-A)*B.
      if (w.signInFront && first.isSign) c += 0.0001;
      // Scalars in front: s*x*x', not x*s*x'.
      if (w.scalarsFirst && n.args.length === 2 && !isScalarShape(this.g.data(n.args[0]!).shape) && isScalarShape(this.g.data(n.args[1]!).shape)) c += 0.001;
      // Transposes on names: B'*A', not (A*B)'; inv(X)', not inv(X').
      if (w.isTranspose && first.transposedByParts) c += 0.0001;
      // The sign outside a transpose: -(A*B)', not (-A*B)'.
      if (w.isTranspose && first.isSign) c += 0.0002;
      if (OPS_BY_NAME.get(n.op)?.form === 'function' && n.args.some((a) => writtenAs(bestOf(a)?.op).isTranspose)) c += 0.0001;
      return c;
    });
    const pairs: [number, number][] = [];
    const build = (id: number, ref: number): Node => {
      const { node } = best.get(this.g.find(id))!;
      pairs.push([node.origin, ref]);
      if (isLeaf(node.op)) return leafNode(node.op);
      const args = node.args.map((a, i) => build(a, node.orig[i]!));
      // ones(n, 1) is printed ones(n), as written.
      if (columnByDefault(node.op) && args.length === 2 && args[1]!.k === 'num' && args[1]!.v === 1) args.pop();
      return call(node.op, ...args);
    };
    const node = build(root, root);
    const rules = new Set<string>(),
      notes = new Set<string>();
    this.g.explain(pairs, rules, notes);
    return { node, rules, notes };
  }
}

/**
 * The shortest form of n that the rewrite table proves equal to it. The rules used are added to
 * ctx.cited and the assumptions used to ctx.used. A term whose shapes cannot be inferred is
 * returned as it is.
 */
export function simplify(n: Node, ctx: Context): Node {
  // A large term is simplified from the leaves up: each argument in its own e-graph first, so the
  // node limit is spent where the rewrites are, not on reshaping one big term every way at once.
  if (n.k === 'call' && size(n) > LIMITS.pieceSize) return saturate(call(n.name, ...n.args.map((a) => simplify(a, ctx))), ctx);
  return saturate(n, ctx);
}

/**
 * Saturations already run, per context: a derivation simplifies the same term several times (G,
 * then Gᵀ, then each term; a large term's arguments on the way up), and saturation is
 * deterministic, so the answer, its rules and notes are reused as they were.
 */
const MEMO = new WeakMap<Context, Map<number, { node: Node; rules: readonly string[]; notes: readonly string[] }>>();

function saturate(n: Node, ctx: Context): Node {
  let memo = MEMO.get(ctx);
  if (!memo) MEMO.set(ctx, (memo = new Map()));
  const hit = memo.get(termId(n));
  if (hit) {
    for (const r of hit.rules) ctx.cited.add(r);
    for (const note of hit.notes) ctx.used.add(note);
    return hit.node;
  }
  const out = saturateOnce(n, ctx);
  memo.set(termId(n), out);
  // The answer and every term in it are taken as simplified: each is the cheapest form its class
  // had in this e-graph (extraction builds the answer from its classes' cheapest terms). A term
  // built from them (Gᵀ, a sum of them) is then saturated once as a whole, not piece by piece
  // again, each piece filling an e-graph to its limit only to find itself.
  const fixed = (t: Node): void => {
    if (t.k !== 'call' || memo.has(termId(t))) return;
    memo.set(termId(t), { node: t, rules: [], notes: [] });
    for (const a of t.args) fixed(a);
  };
  fixed(out.node);
  for (const r of out.rules) ctx.cited.add(r);
  for (const note of out.notes) ctx.used.add(note);
  return out.node;
}

function saturateOnce(n: Node, ctx: Context): { node: Node; rules: readonly string[]; notes: readonly string[] } {
  const s = new Saturation(ctx);
  let root: number;
  try {
    root = s.addTerm(n);
  } catch (e) {
    if (e instanceof ShapeMismatch) return { node: n, rules: [], notes: [] };
    throw e;
  }
  s.run();
  const out = s.extract(root);
  return { node: out.node, rules: [...out.rules], notes: [...out.notes] };
}
