/**
 * `mcv derive`: its arguments (parsed as the other commands parse theirs), its plain and JSON
 * output, and the pointer a refuted `mcv gradient` claim gets to the derived answer. No node:*
 * imports, so the site's Check page can use it too.
 */
import type { ClaimInput, Evidence } from '../check.js';
import { deriveGradient, type DeriveInput, type DeriveResult } from '../derive/index.js';
import { TIME_LIMIT_MS, commandLine, parseCases, parsePairs, parseSeed, parseTimeLimit, reproduceArgs, type ClaimArgs } from './args.js';
import { formatEvidence } from './format.js';

/** Random cases per line of a derivation unless --cases says otherwise. */
export const DERIVE_CASES = 100;
/** Cases per line when a refuted `mcv gradient` claim looks for the right answer (kept cheap). */
export const HINT_CASES = 20;

/** `mcv derive` as typed: all still text. */
export interface DeriveArgs {
  f: string;
  wrt: string;
  shape: readonly string[];
  assume: readonly string[];
  cases?: string;
  seed?: string;
  timeLimit?: string;
}

/** The library input of a `mcv derive` command line; throws InputError (naming the field) on bad input. */
export function deriveFromArgs(a: DeriveArgs): DeriveInput {
  return {
    f: a.f,
    wrt: a.wrt.trim(),
    shape: parsePairs(a.shape, '--shape', 'X=3x4'),
    assume: parsePairs(a.assume, '--assume', 'X=spd'),
    cases: parseCases(a.cases) ?? DERIVE_CASES,
    seed: parseSeed(a.seed),
    timeLimitMs: parseTimeLimit(a.timeLimit) ?? TIME_LIMIT_MS,
  };
}

/** The arguments (after `mcv`) of the derive command that reproduces a run. */
export function deriveCommand(a: DeriveArgs, seed: number): string[] {
  const options = ['--wrt', a.wrt];
  for (const s of a.shape) options.push('--shape', s);
  for (const s of a.assume) options.push('--assume', s);
  if (a.cases !== undefined) options.push('--cases', a.cases);
  options.push('--seed', String(seed));
  if (a.timeLimit !== undefined) options.push('--time-limit', a.timeLimit);
  return a.f.startsWith('-') ? ['derive', ...options, '--', a.f] : ['derive', a.f, ...options];
}

/** A claim of the library as the arguments of the command that checks it. */
export function claimArgs(c: ClaimInput): ClaimArgs {
  return {
    kind: c.kind,
    expr: c.expr,
    claim: c.claim,
    wrt: c.wrt?.join(','),
    shape: Object.entries(c.shapes).map(([k, v]) => `${k}=${v}`),
    assume: Object.entries(c.assume ?? {}).map(([k, v]) => `${k}=${typeof v === 'string' ? v : v.join(',')}`),
  };
}

/** The command that checks one refuted line on its own, with the seed it ran with. */
export function lineCommand(c: ClaimInput, seed: number, cases: number): string {
  return commandLine('mcv', reproduceArgs({ ...claimArgs(c), cases: String(cases) }, seed));
}

/** The object `mcv derive --json` prints. */
export function deriveJson(r: DeriveResult, a: DeriveArgs): Record<string, unknown> {
  const out: Record<string, unknown> = { verdict: r.verdict, kind: r.kind };
  if (r.kind === 'gradient') out.gradient = r.gradient;
  else out.differential = r.gradient;
  out.latex = r.latex;
  out.steps = r.steps.map((s) => ({ ...(s.f !== undefined ? { f: s.f } : { df: s.df }), latex: s.latex, by: s.by, ...(s.because ? { because: s.because } : {}) }));
  out.cases = r.cases;
  out.seed = r.seed;
  if (r.refuted)
    out.refuted = {
      line: r.refuted.line, name: r.refuted.name, reason: r.refuted.evidence.reason, counterexample: r.refuted.evidence.counterexample,
      reproduce: lineCommand(r.refuted.claim, r.refuted.seed, r.cases), derive: commandLine('mcv', deriveCommand(a, r.seed)),
    };
  if (r.unsupported) out.unsupported = r.unsupported;
  return out;
}

/** The plain output: the lines with their rules, the verdict, and last the result in mcv's syntax. */
export function formatDerivation(r: DeriveResult, a: DeriveArgs): string {
  if (r.verdict === 'unsupported') return `unsupported: ${r.unsupported!.message}`;
  const d = `d${a.wrt}`;
  const lines: string[] = [];
  const lead = r.kind === 'gradient' ? 'df' : 'dF';
  lines.push(r.kind === 'gradient' ? `f = ${a.f}, differentiated with respect to ${a.wrt}:` : `F = ${a.f} is not a scalar: its differential with respect to ${a.wrt}:`);
  let seenDf = false;
  r.steps.forEach((s) => {
    const head = s.f !== undefined ? '   f =' : seenDf ? '      =' : `  ${lead} =`;
    if (s.df !== undefined) seenDf = true;
    lines.push(`${head} ${s.df ?? s.f}`);
    const why = [s.by.length ? `by ${s.by.join(', ')}` : '', s.because ?? ''].filter(Boolean).join('; ');
    if (why) lines.push(`         ${why}`);
  });
  if (r.kind === 'gradient') {
    const g = r.derivation?.gradient;
    lines.push(`  read off df = Tr(Gᵀ ${d}): G = ${r.gradient}`, `         by trace-transpose${g?.because ? `; ${g.because}` : ''}`);
  }
  lines.push('');
  if (r.verdict === 'refuted') {
    const f = r.refuted!;
    lines.push(`refuted: line ${f.line} (${f.name}) does not hold. This is a bug of mcv derive; please report it with this output.`);
    lines.push(formatEvidence(f.evidence, f.name));
    lines.push(`reproduce the line: ${lineCommand(f.claim, f.seed, r.cases)}`);
    lines.push(`reproduce the derivation: ${commandLine('mcv', deriveCommand(a, r.seed))}`);
    return lines.join('\n');
  }
  const what = r.kind === 'gradient' ? 'every line and G (as a gradient claim)' : 'dF (as a differential claim)';
  lines.push(`derived: ${what} verified in ${r.cases} random cases each; seed ${r.seed}`);
  lines.push(r.kind === 'gradient' ? `G = ${r.gradient}` : `dF = ${r.gradient}`);
  return lines.join('\n');
}

/** What a refuted gradient claim adds: the derived gradient and the command showing its derivation. */
export interface DerivedHint {
  gradient: string;
  command: string;
}

/** The lines a refuted gradient claim gets (after the counterexample, before the reproduce line). */
export const hintText = (h: DerivedHint): string => `derived gradient: ${h.gradient}\nits derivation, every line checked: ${h.command}`;

/**
 * For a refuted `mcv gradient` claim: derive the gradient of the same f (few cases per line), and
 * return it only when every line was verified. Never throws: no hint is better than a wrong one.
 */
export function derivedHint(a: ClaimArgs, ev: Evidence): DerivedHint | null {
  if (a.kind !== 'gradient' || ev.verdict !== 'refuted') return null;
  const args: DeriveArgs = { f: a.expr, wrt: a.wrt ?? '', shape: a.shape, assume: a.assume };
  try {
    const input = deriveFromArgs({ ...args, timeLimit: a.timeLimit });
    const r = deriveGradient({ ...input, cases: HINT_CASES, seed: ev.seed });
    if (r.verdict !== 'derived' || r.kind !== 'gradient' || !r.gradient) return null;
    return { gradient: r.gradient, command: commandLine('mcv', deriveCommand(args, ev.seed)) };
  } catch {
    return null;
  }
}
