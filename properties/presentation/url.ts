/**
 * The Check page's state: the fields as the reader typed them (text, in the syntax of `mcv`), and
 * the query string that carries them, so a verdict can be shared as a link. Also used by the page
 * generator (scripts/site/rulePage.ts) to link every rule page to the Check page, prefilled.
 * Plain TypeScript with NodeNext specifiers: the site, tsx and the tests all load it.
 */
import type { ClaimArgs } from './args.js';
import type { DeriveArgs } from './derive.js';
import type { ClaimInput, Kind } from '../oracle/check.js';

/** Where the page lives. */
export const CHECK_PATH = '/check';

/** The oracle's kinds of claim, and `derive`: no claim, the page derives it (`mcv derive`). */
export type PageKind = Kind | 'derive';

export const KINDS: readonly PageKind[] = ['gradient', 'differential', 'hessian', 'jacobian', 'identity', 'derive'];

/**
 * Every field, as text. For an identity `f` holds the left side and `claim` the right side
 * (the names of the query parameters and of the data-testid attributes alike).
 */
export interface CheckState {
  kind: PageKind;
  /** f (gradient, hessian, derive), F (differential, derive) or lhs (identity). */
  f: string;
  /** The variable (gradient, hessian) or comma-separated variables (differential); unused for an identity. */
  wrt: string;
  /** G, dF, H or rhs; unused for derive. */
  claim: string;
  /** hessian only, optional: the gradient of f (`--gradient`). */
  gradient: string;
  /** `X=3x4, a=3, b=4`: the `--shape` items, separated by commas, semicolons or spaces. */
  shapes: string;
  /** `X=spd` or `X=symmetric,invertible, Y=positive`: the `--assume` items. */
  assume: string;
  /** Empty: a fresh seed per check. */
  seed: string;
  /** Empty: 100, as `mcv`. */
  cases: string;
  /** Seconds; empty: 8, as `mcv`. */
  limit: string;
  /**
   * A function of a symmetric matrix (properties/oracle/symmetric.ts): empty for the trace sense along every
   * direction, `symmetric` for `--directions symmetric`, `entries` for `--convention entries`.
   */
  sym?: string;
}

export const EMPTY_STATE: CheckState = { kind: 'gradient', f: '', wrt: '', claim: '', gradient: '', shapes: '', assume: '', seed: '', cases: '', limit: '', sym: '' };

const FIELDS = ['kind', 'f', 'wrt', 'claim', 'gradient', 'shapes', 'assume', 'seed', 'cases', 'limit', 'sym'] as const;

/** The query string of a state (without `?`): the kind, then every non-empty field; empty for empty fields. */
export function stateToQuery(s: CheckState): string {
  const q = new URLSearchParams();
  let filled = 0;
  for (const k of FIELDS) {
    const v = (s[k] ?? '').trim();
    if (k === 'wrt' && s.kind === 'identity') continue;
    if (k === 'gradient' && s.kind !== 'hessian') continue;
    if (k === 'claim' && s.kind === 'derive') continue;
    if (k === 'sym' && s.kind === 'identity') continue;
    if (v === '') continue;
    q.set(k, v);
    if (k !== 'kind') filled++;
  }
  return filled > 0 ? q.toString() : '';
}

/** The state a query string describes, or null when it names no expression (a bare /check). */
export function stateFromQuery(search: string): CheckState | null {
  const q = new URLSearchParams(search);
  if (!q.has('f') && !q.has('claim')) return null;
  const kind = q.get('kind');
  const s: CheckState = { ...EMPTY_STATE, kind: KINDS.includes(kind as PageKind) ? (kind as PageKind) : 'gradient' };
  for (const k of FIELDS) if (k !== 'kind') s[k] = q.get(k) ?? '';
  return s;
}

/** A link to the Check page filled with this state. */
export const checkHref = (s: CheckState): string => `${CHECK_PATH}?${stateToQuery(s)}`;

/** The fields that state a claim of the oracle (a rule's or a mistake's), with an optional seed and count. */
export function stateFromClaim(c: ClaimInput, run: { seed?: number; cases?: number } = {}): CheckState {
  const assume = Object.entries(c.assume ?? {}).map(([k, v]) => `${k}=${typeof v === 'string' ? v : v.join(',')}`);
  return {
    kind: c.kind,
    f: c.expr,
    wrt: (c.wrt ?? []).join(','),
    claim: c.claim,
    gradient: c.kind === 'hessian' ? (c.gradient ?? '') : '',
    shapes: Object.entries(c.shapes)
      .map(([k, v]) => `${k}=${v}`)
      .join(', '),
    assume: assume.join(', '),
    seed: run.seed === undefined ? '' : String(run.seed),
    cases: run.cases === undefined || run.cases === 100 ? '' : String(run.cases),
    limit: '',
    sym: c.convention === 'entries' ? 'entries' : c.directions === 'symmetric' ? 'symmetric' : '',
  };
}

/** A link to the Check page that checks this claim. */
export const checkHrefForClaim = (c: ClaimInput, run: { seed?: number; cases?: number } = {}): string => checkHref(stateFromClaim(c, run));

/**
 * `X=3x4, a=3 b=4` → [`X=3x4`, `a=3`, `b=4`]: a new item starts wherever a name and `=` follow a
 * comma, semicolon or space, so `X=symmetric,invertible` stays one item (as `--assume` reads it).
 */
export function splitPairs(text: string): string[] {
  return text
    .split(/[\s,;]+(?=[A-Za-z_][A-Za-z0-9_]*\s*=)/)
    .map((s) =>
      s
        .trim()
        .replace(/[,;\s]+$/, '')
        .replace(/^[,;\s]+/, ''),
    )
    .filter((s) => s !== '');
}

const opt = (v: string) => (v.trim() === '' ? undefined : v.trim());

/** The `--directions` / `--convention` arguments of the page's symmetric-matrix select. */
const symArgs = (s: CheckState): { directions?: string; convention?: string } => (s.sym === 'entries' ? { convention: 'entries' } : s.sym === 'symmetric' ? { directions: 'symmetric' } : {});

/** The arguments of `mcv` that the fields stand for (a claim: every kind but derive). */
export function argsFromState(s: CheckState): ClaimArgs {
  if (s.kind === 'derive') throw new Error('argsFromState: a derive state has no claim; use deriveArgsFromState');
  return {
    kind: s.kind,
    expr: s.f,
    claim: s.claim,
    ...(s.kind === 'identity' ? {} : { wrt: s.wrt.trim() }),
    ...(s.kind === 'hessian' && s.gradient.trim() !== '' ? { gradient: s.gradient.trim() } : {}),
    shape: splitPairs(s.shapes),
    assume: splitPairs(s.assume),
    cases: opt(s.cases),
    seed: opt(s.seed),
    timeLimit: opt(s.limit),
    ...(s.kind === 'identity' ? {} : symArgs(s)),
  };
}

/** The arguments of `mcv derive` that the fields stand for. */
export function deriveArgsFromState(s: CheckState): DeriveArgs {
  return {
    f: s.f,
    wrt: s.wrt.trim(),
    shape: splitPairs(s.shapes),
    assume: splitPairs(s.assume),
    ...(opt(s.cases) !== undefined ? { cases: opt(s.cases) } : {}),
    ...(opt(s.seed) !== undefined ? { seed: opt(s.seed) } : {}),
    ...(opt(s.limit) !== undefined ? { timeLimit: opt(s.limit) } : {}),
    ...symArgs(s),
  };
}

/** The Check page's Derive kind, filled with a problem (a gradient rule, an exercise, a refuted claim's f). */
export function deriveHref(
  p: { f: string; wrt: string; shapes: Readonly<Record<string, string>>; assume?: Readonly<Record<string, string | readonly string[]>> },
  run: { seed?: number } = {},
): string {
  return checkHref({
    ...EMPTY_STATE,
    kind: 'derive',
    f: p.f,
    wrt: p.wrt,
    shapes: Object.entries(p.shapes)
      .map(([k, v]) => `${k}=${v}`)
      .join(', '),
    assume: Object.entries(p.assume ?? {})
      .map(([k, v]) => `${k}=${typeof v === 'string' ? v : v.join(',')}`)
      .join(', '),
    seed: run.seed === undefined ? '' : String(run.seed),
  });
}
