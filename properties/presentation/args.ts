/**
 * The arguments of `mcv gradient | differential | identity`, parsed the one way both the command
 * line and the site's Check page use: the same input gives the same claim, the same options and
 * the same messages in both. No node:* imports, so the browser can load it.
 */
import type { CheckOptions, ClaimInput, Kind } from '../oracle/check.js';
import { InputError } from '../engine/errors.js';

/**
 * Give up well before 15 s even on a slow machine: a clear error beats a hung terminal or tab.
 * `--time-limit` (the Check page's "time limit" field) sets another, up to {@link MAX_TIME_LIMIT_S}.
 */
export const TIME_LIMIT_MS = 8_000;
export const MAX_TIME_LIMIT_S = 600;

/**
 * `NAME=VALUE` items of `--shape` or `--assume`; a repeated `--assume` name adds to the list. One
 * item may name several variables, separated by commas: `--assume A=spd,B=symmetric` (and
 * `--shape X=3x4,y=4`). In `--assume`, a comma followed by no `NAME=` adds to the variable before
 * it, so `A=spd,symmetric` keeps meaning two assumptions on A, and `A=spd,symmetric,B=diagonal`
 * mixes both.
 */
export function parsePairs(items: readonly string[], flag: '--shape' | '--assume', example: string): Record<string, string> {
  const out: Record<string, string> = {};
  const field = flag === '--shape' ? 'shape' : 'assume';
  const several = flag === '--shape' ? '--shape X=3x4,y=4' : '--assume A=spd,B=symmetric';
  for (const item of items) {
    let current: string | null = null;
    for (const part of item.split(',')) {
      const m = /^\s*([^=,\s]+)\s*=\s*(.*?)\s*$/.exec(part);
      if (!m) {
        // In --assume, a bare kind continues the variable before it (A=spd,symmetric).
        if (flag === '--assume' && current !== null && part.trim() !== '') {
          out[current] = `${out[current]},${part.trim()}`;
          continue;
        }
        throw new InputError(`${flag} ${item}: write NAME=VALUE, e.g. ${flag} ${example}; several at once: ${several}`, field);
      }
      const [, name, value] = m;
      if (value === '') throw new InputError(`${flag} ${item}: ${name} has no value; write NAME=VALUE, e.g. ${flag} ${example}`, field);
      if (flag === '--shape' && name! in out) throw new InputError(`${flag} ${name} is given twice`, 'shape');
      out[name!] = name! in out ? `${out[name!]},${value}` : value!;
      current = name!;
    }
  }
  return out;
}

/** `--cases N`: a whole number from 1 to 100000. */
export function parseCases(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || !Number.isInteger(n) || n < 1 || n > 100_000) throw new InputError(`--cases ${v}: give a whole number from 1 to 100000`, 'cases');
  return n;
}

/** `--seed S`: a signed 32-bit integer. */
export function parseSeed(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!/^-?\d+$/.test(v.trim()) || n < -(2 ** 31) || n >= 2 ** 31) throw new InputError(`--seed ${v}: give a whole number from -2147483648 to 2147483647`, 'seed');
  return n;
}

/** `--time-limit S`: seconds, more than 0 and at most 600; the limit in milliseconds. */
export function parseTimeLimit(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  const s = Number(v.trim());
  if (v.trim() === '' || !Number.isFinite(s) || s <= 0 || s > MAX_TIME_LIMIT_S)
    throw new InputError(`--time-limit ${v}: give a number of seconds above 0 and at most ${MAX_TIME_LIMIT_S}, e.g. --time-limit 30`, 'timeLimit');
  return Math.round(s * 1000);
}

/** A check as typed: the positional arguments and the options, all still text. */
export interface ClaimArgs {
  kind: Kind;
  /** f, F or lhs. */
  expr: string;
  /** G, dF or rhs. */
  claim: string;
  /** `--wrt` (gradient, differential): one name, or comma-separated names for a differential. */
  wrt?: string;
  /** `--shape` items, `NAME=SHAPE`. */
  shape: readonly string[];
  /** `--assume` items, `NAME=KIND` or `NAME=KIND,KIND`. */
  assume: readonly string[];
  cases?: string;
  seed?: string;
  /** `--time-limit`, in seconds. */
  timeLimit?: string;
  /** `--gradient` (hessian): the gradient of f, when known. */
  gradient?: string;
  /** `--directions` (gradient, hessian, differential): `all` (default) or `symmetric`. */
  directions?: string;
  /** `--convention` (gradient, hessian): `trace` (default) or `entries`. */
  convention?: string;
}

/** The claim and the options of a check; throws InputError (naming the field) on bad input. */
export function claimFromArgs(a: ClaimArgs): { input: ClaimInput; options: CheckOptions } {
  const wrtText = (a.wrt ?? '').trim();
  const wrt =
    a.kind === 'identity'
      ? undefined
      : a.kind === 'gradient' || a.kind === 'hessian'
        ? wrtText
          ? [wrtText]
          : []
        : wrtText
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean);
  const input: ClaimInput = {
    kind: a.kind,
    expr: a.expr,
    claim: a.claim,
    ...(wrt ? { wrt } : {}),
    ...(a.kind === 'hessian' && a.gradient !== undefined && a.gradient.trim() !== '' ? { gradient: a.gradient } : {}),
    shapes: parsePairs(a.shape, '--shape', 'X=3x4'),
    assume: parsePairs(a.assume, '--assume', 'X=spd'),
    // Checked by the oracle's prepare (symmetric.ts), which names the option at fault.
    ...(a.directions?.trim() ? { directions: a.directions.trim() as ClaimInput['directions'] } : {}),
    ...(a.convention?.trim() ? { convention: a.convention.trim() as ClaimInput['convention'] } : {}),
  };
  return { input, options: { cases: parseCases(a.cases), seed: parseSeed(a.seed), timeLimitMs: parseTimeLimit(a.timeLimit) ?? TIME_LIMIT_MS } };
}

/** What was checked, for the verdict line: `df = Tr(Gᵀ dX)`, `d(F) = dF`, `lhs = rhs`. */
export function claimTitle(a: Pick<ClaimArgs, 'kind' | 'expr' | 'claim' | 'wrt' | 'directions' | 'convention'>): string {
  const w = a.wrt ?? '';
  // The symmetric-matrix conventions (symmetric.ts) say what was compared, along which directions.
  const entries = a.convention?.trim() === 'entries';
  const along = entries || a.directions?.trim() === 'symmetric' ? ` along symmetric d${w}` : '';
  if (a.kind === 'gradient') return entries ? `df = Σ_{i≤j} G_ij d${w}_ij (G in the independent entries of ${w})` : `df = Tr(Gᵀ d${w})${along}`;
  if (a.kind === 'differential') return `d(${a.expr}) = ${a.claim}${along}`;
  if (a.kind === 'hessian') return `d(∇f) = H[d${w}]${along}${entries ? ' (H in the independent entries)' : ''}`;
  if (a.kind === 'jacobian') return `d vec F = J d vec ${w}`;
  return `${a.expr} = ${a.claim}`;
}

/** An argument for a POSIX shell, double-quoted unless it is plainly safe. */
export const shellQuote = (s: string): string => (/^[\w.,=:/+-]+$/.test(s) ? s : `"${s.replace(/(["\\$`])/g, '\\$1')}"`);

/**
 * The arguments (after `mcv`) that reproduce a check exactly: with the seed it ran with, in the
 * order people type them (an expression starting with `-` needs no `--`: see {@link expressionArgs}).
 */
export function reproduceArgs(a: ClaimArgs, seed: number): string[] {
  const positional = a.kind === 'identity' ? [a.expr, a.claim] : [a.expr];
  const options: string[] = a.kind === 'identity' ? [] : ['--wrt', a.wrt ?? '', '--claim', a.claim];
  if (a.kind === 'hessian' && a.gradient !== undefined && a.gradient.trim() !== '') options.push('--gradient', a.gradient);
  for (const s of a.shape) options.push('--shape', s);
  for (const s of a.assume) options.push('--assume', s);
  if (a.directions?.trim() && a.directions.trim() !== 'all') options.push('--directions', a.directions.trim());
  if (a.convention?.trim() && a.convention.trim() !== 'trace') options.push('--convention', a.convention.trim());
  if (a.cases !== undefined) options.push('--cases', a.cases);
  options.push('--seed', String(seed));
  if (a.timeLimit !== undefined) options.push('--time-limit', a.timeLimit);
  return [a.kind, ...positional, ...options];
}

/** The commands whose positional arguments are expressions: every kind of claim, and derive. */
const CLAIM_COMMANDS: ReadonlySet<string> = new Set<Kind | 'derive'>(['gradient', 'differential', 'identity', 'hessian', 'jacobian', 'derive']);
/** Their options that take a value (the value is taken as it is, even when it starts with `-`). */
const VALUE_OPTIONS: ReadonlySet<string> = new Set(['--wrt', '--claim', '--gradient', '--shape', '--assume', '--cases', '--seed', '--time-limit', '--emit', '--directions', '--convention']);
/** Single-dash options: only help and version; any other `-…` there is an expression. */
const SHORT_OPTIONS: ReadonlySet<string> = new Set(['-h', '-V']);

/**
 * The command line with every expression that starts with `-` (`-y'*log(p)`, `-inv(X)`) moved
 * after `--`, where a command-line parser takes it as the positional argument it is rather than as
 * an unknown option. Negative log-likelihoods start with a minus, and users type them as they are.
 * An argument is an expression when it is in a positional place of `mcv gradient | differential |
 * identity | hessian` and `mcv derive`: not the value of an option, not a long option (`--json`, or an unknown `--shap` that
 * still gets its "unknown option" error), not -h or -V. Arguments already after `--` stay there.
 */
export function expressionArgs(argv: readonly string[]): string[] {
  if (!CLAIM_COMMANDS.has(argv[0] ?? '')) return [...argv];
  const options: string[] = [];
  const positional: string[] = [];
  let moved = false;
  for (let i = 1; i < argv.length; i++) {
    const t = argv[i]!;
    if (t === '--') {
      positional.push(...argv.slice(i + 1));
      moved = true;
      break;
    }
    if (VALUE_OPTIONS.has(t)) {
      options.push(t, ...argv.slice(i + 1, i + 2));
      i++;
    } else if (t.startsWith('--') || SHORT_OPTIONS.has(t)) options.push(t);
    else {
      positional.push(t);
      if (t.startsWith('-') && t !== '-') moved = true;
    }
  }
  return moved ? [argv[0]!, ...options, '--', ...positional] : [...argv];
}

/** A command line for people to copy: every argument shell-quoted. */
export const commandLine = (program: string, args: readonly string[]): string => [program, ...args.map(shellQuote)].join(' ');
