/**
 * `mcv derive`: its arguments (parsed as the other commands parse theirs), its plain and JSON
 * output, and the pointer a refuted `mcv gradient` claim gets to the derived answer. No node:*
 * imports, so the site's Check page can use it too.
 */
import type { ClaimInput, Evidence } from '../oracle/check.js';
import { deriveGradient, deriveHessian, type DeriveInput, type DeriveResult, type HessianResult, type RefutedLine } from '../derive/index.js';
import { diagnose, type Diagnosis } from '../derive/diagnose.js';
import { nameRepeated } from '../derive/named.js';
import { TIME_LIMIT_MS, claimFromArgs, commandLine, parseCases, parsePairs, parseSeed, parseTimeLimit, reproduceArgs, type ClaimArgs } from './args.js';
import { formatEvidence, shapesLine } from './format.js';
import { InputError } from '../engine/errors.js';
import { convertDerived, symmetricModeOfArgs } from './symmetricDerive.js';

/** The symmetric-matrix options of a claim, passed on to the derivation of its hint. */
const symmetricArgs = (a: ClaimArgs) => ({ ...(a.directions ? { directions: a.directions } : {}), ...(a.convention ? { convention: a.convention } : {}) });

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
  /** --hessian: derive the Hessian (after the gradient). */
  hessian?: boolean;
  /** --directions symmetric / --convention entries: the result converted and checked (symmetricDerive.ts). */
  directions?: string;
  convention?: string;
}

/** The library input of a `mcv derive` command line; throws InputError (naming the field) on bad input. */
export function deriveFromArgs(a: DeriveArgs): DeriveInput {
  if (a.hessian && a.wrt.includes(','))
    throw new InputError(
      `--wrt ${a.wrt.trim()} with --hessian: a Hessian is derived with respect to one variable; drop --hessian for the gradients with respect to ${a.wrt.trim()}, or name one variable`,
      'wrt',
    );
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
  if (a.hessian) options.push('--hessian');
  if (a.directions?.trim()) options.push('--directions', a.directions.trim());
  if (a.convention?.trim()) options.push('--convention', a.convention.trim());
  // As people type it: an f starting with '-' needs no '--' (expressionArgs in args.ts).
  return ['derive', a.f, ...options];
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
    ...(c.gradient !== undefined ? { gradient: c.gradient } : {}),
  };
}

/** The command that checks one refuted line on its own, with the seed it ran with. */
export function lineCommand(c: ClaimInput, seed: number, cases: number): string {
  return commandLine('mcv', reproduceArgs({ ...claimArgs(c), cases: String(cases) }, seed));
}

/** One line of a derivation as `--json` prints it. */
const stepJson = (s: { f?: string; df?: string; latex: string; by: readonly string[]; because?: string }) => ({
  ...(s.f !== undefined ? { f: s.f } : { df: s.df }),
  latex: s.latex,
  by: s.by,
  ...(s.because ? { because: s.because } : {}),
});

/** A refuted line as `--json` prints it: what failed, its counterexample and the commands that reproduce it. */
function refutedJson(a: DeriveArgs, refuted: RefutedLine, cases: number, seed: number) {
  return {
    line: refuted.line,
    name: refuted.name,
    reason: refuted.evidence.reason,
    counterexample: refuted.evidence.counterexample,
    reproduce: lineCommand(refuted.claim, refuted.seed, cases),
    derive: commandLine('mcv', deriveCommand(a, seed)),
  };
}

/** The object `mcv derive --json` prints. */
export function deriveJson(r: DeriveResult, a: DeriveArgs): Record<string, unknown> {
  if (r.wrt) return severalJson(r, a);
  const out: Record<string, unknown> = { verdict: r.verdict, kind: r.kind };
  if (r.kind === 'gradient') out.gradient = r.gradient;
  else out.differential = r.gradient;
  out.latex = r.latex;
  out.steps = r.steps.map(stepJson);
  out.cases = r.cases;
  out.seed = r.seed;
  if (r.jacobian !== undefined) {
    out.jacobian = r.jacobian;
    out.jacobianLatex = r.jacobianLatex;
  }
  if (r.noJacobian) out.noJacobian = r.noJacobian;
  if (r.refuted) out.refuted = refutedJson(a, r.refuted, r.cases, r.seed);
  if (r.unsupported) out.unsupported = r.unsupported;
  if (r.shapes) out.shapes = r.shapes;
  const named = namedGradient(r, a);
  if (named) out.named = { gradient: named.expr, where: { [named.where.name]: named.where.value } };
  return out;
}

/** G with its repeated subexpression named (`G = X'*(p - y)  where p = softmax(X*w)`), for a derived gradient. */
function namedGradient(r: DeriveResult, a: DeriveArgs) {
  if (r.kind !== 'gradient' || r.verdict !== 'derived' || r.gradient === undefined) return null;
  // The names of f (variables, sizes, functions) are not reused for the new name.
  return nameRepeated(r.gradient, a.f.match(/[A-Za-z_]\w*/g) ?? []);
}

/** The lines of a gradient's (or a differential's) derivation, up to G read off. */
function derivationLines(r: Pick<DeriveResult, 'kind' | 'steps' | 'gradient' | 'derivation' | 'shapes'>, a: DeriveArgs): string[] {
  const d = `d${a.wrt}`;
  const lines: string[] = r.shapes ? [shapesLine(r.shapes)] : [];
  const lead = r.kind === 'gradient' ? 'df' : 'dF';
  lines.push(r.kind === 'gradient' ? `f = ${a.f}, differentiated with respect to ${a.wrt}:` : `F = ${a.f} is not a scalar: its differential with respect to ${a.wrt}:`);
  let seenDf = false;
  r.steps.forEach((s) => {
    const head = s.f !== undefined ? '   f =' : seenDf ? '      =' : `  ${lead} =`;
    if (s.df !== undefined) seenDf = true;
    lines.push(`${head} ${s.df ?? s.f}`);
    lines.push(...why(s));
  });
  if (r.kind === 'gradient' && r.gradient !== undefined) {
    const g = r.derivation?.gradient;
    lines.push(`  read off df = Tr(Gᵀ ${d}): G = ${r.gradient}`, `         by trace-transpose${g?.because ? `; ${g.because}` : ''}`);
  }
  return lines;
}

/** The justification of a line: its rules and its sentence, indented under it. */
function why(s: { by: readonly string[]; because?: string }): string[] {
  const text = [s.by.length ? `by ${s.by.join(', ')}` : '', s.because ?? ''].filter(Boolean).join('; ');
  return text ? [`         ${text}`] : [];
}

/** What a refuted line prints: which line, the evidence, and the commands that reproduce it. */
function refutedLines(f: NonNullable<DeriveResult['refuted']>, cases: number, seed: number, a: DeriveArgs): string[] {
  return [
    `refuted: line ${f.line} (${f.name}) does not hold. This is a bug of mcv derive; please report it with this output.`,
    formatEvidence(f.evidence, f.name),
    `reproduce the line: ${lineCommand(f.claim, f.seed, cases)}`,
    `reproduce the derivation: ${commandLine('mcv', deriveCommand(a, seed))}`,
  ];
}

/** The plain output: the lines with their rules, the verdict, and last the result in mcv's syntax. */
export function formatDerivation(r: DeriveResult, a: DeriveArgs): string {
  if (r.verdict === 'unsupported') return `unsupported: ${r.unsupported!.message}`;
  if (r.wrt) return formatSeveral(r, a);
  const lines = derivationLines(r, a);
  const d = `d${a.wrt}`;
  if (r.jacobian !== undefined) {
    const vecForm = /\bkron\(/.test(r.jacobian) || r.jacobianStep?.because.startsWith('vec');
    lines.push(`  read off ${vecForm ? `d vec F = J d vec ${a.wrt}` : `dF = J ${d}`}: J = ${r.jacobian}`, ...why(r.jacobianStep ?? { by: [] }));
  } else if (r.noJacobian) lines.push(`  (no Jacobian read off: ${r.noJacobian})`);
  lines.push('');
  if (r.verdict === 'refuted') return [...lines, ...refutedLines(r.refuted!, r.cases, r.seed, a)].join('\n');
  const what = r.kind === 'gradient' ? 'every line and G (as a gradient claim)' : `dF (as a differential claim)${r.jacobian !== undefined ? ' and J (as a Jacobian claim)' : ''}`;
  lines.push(`derived: ${what} verified in ${r.cases} random cases each; seed ${r.seed}`);
  // The named form first, as a person writes it; the last line stays the substituted G that --claim takes.
  const named = namedGradient(r, a);
  if (named) lines.push(`G = ${named.expr}  where ${named.where.name} = ${named.where.value}`);
  lines.push(r.kind === 'gradient' ? `G = ${r.gradient}` : `dF = ${r.gradient}`);
  if (r.jacobian !== undefined) lines.push(`J = ${r.jacobian}`);
  return lines.join('\n');
}

/**
 * The plain output of `mcv derive --hessian`: the gradient's derivation, the lines of d(∇f) with
 * their rules, the matrix read off (a scalar or column W), the verdict, and last H as
 * `mcv hessian --claim` takes it (the map, then the matrix where there is one).
 */
export function formatHessian(r: HessianResult, a: DeriveArgs): string {
  if (r.verdict === 'unsupported' && r.gradient === undefined) return `unsupported: ${r.unsupported!.message}`;
  const d = `d${a.wrt}`;
  const lines = derivationLines({ kind: 'gradient', steps: r.steps, gradient: r.gradient, derivation: r.derivation, ...(r.shapes ? { shapes: r.shapes } : {}) }, a);
  if (r.refuted?.part === 'gradient') return [...lines, '', ...refutedLines(r.refuted, r.cases, r.seed, a)].join('\n');
  if (r.verdict === 'unsupported') return [...lines, '', `unsupported: ${r.unsupported!.message}`].join('\n');
  lines.push(`the Hessian: d(∇f) = H[${d}], the differential of G:`);
  r.hessianSteps.forEach((s, i) => {
    lines.push(`${i === 0 ? '  d(∇f) =' : '        ='} ${s.dG}`);
    lines.push(...why(s));
  });
  if (r.hessianMatrix !== undefined) lines.push(`  read off d(∇f) = H ${d}: H = ${r.hessianMatrix}`);
  else if (r.noMatrix) lines.push(`  (no matrix read off: ${r.noMatrix}; the map H[${d}] stands)`);
  lines.push('');
  if (r.verdict === 'refuted') return [...lines, ...refutedLines(r.refuted!, r.cases, r.seed, a)].join('\n');
  const forms = r.hessianMatrix !== undefined ? ', in map and matrix form' : '';
  lines.push(`derived: every line, G (as a gradient claim) and H (as a Hessian claim along two independent directions${forms}) verified in ${r.cases} random cases each; seed ${r.seed}`);
  lines.push(`G = ${r.gradient}`, `H[${d}] = ${r.hessian}`);
  if (r.hessianMatrix !== undefined) lines.push(`H = ${r.hessianMatrix}`);
  return lines.join('\n');
}

/** The object `mcv derive --hessian --json` prints. */
export function hessianJson(r: HessianResult, a: DeriveArgs): Record<string, unknown> {
  const out: Record<string, unknown> = { verdict: r.verdict, kind: 'hessian', gradient: r.gradient, hessian: r.hessian };
  if (r.hessianMatrix !== undefined) out.hessianMatrix = r.hessianMatrix;
  out.latex = r.latex;
  if (r.hessianMatrixLatex !== undefined) out.hessianMatrixLatex = r.hessianMatrixLatex;
  out.gradientLatex = r.gradientLatex;
  if (r.noMatrix) out.noMatrix = r.noMatrix;
  out.steps = r.steps.map(stepJson);
  out.hessianSteps = r.hessianSteps.map((s) => ({ dG: s.dG, latex: s.latex, by: s.by, ...(s.because ? { because: s.because } : {}) }));
  out.cases = r.cases;
  out.seed = r.seed;
  if (r.refuted) out.refuted = { part: r.refuted.part, ...refutedJson(a, r.refuted, r.cases, r.seed) };
  if (r.unsupported) out.unsupported = r.unsupported;
  if (r.shapes) out.shapes = r.shapes;
  return out;
}

/** The `--shape` items of the shapes a check inferred, if it did. */
const inferredShapes = (ev: Evidence): { shape?: string[] } => (ev.shapes ? { shape: Object.entries(ev.shapes).map(([k, v]) => `${k}=${v}`) } : {});

/** What a refuted gradient (or Hessian) claim adds: the derived answer and the command showing its derivation. */
export interface DerivedHint {
  /** For a gradient claim. */
  gradient?: string;
  /** For a Hessian claim (`derivedHessianHint`): in the form of the claim, the matrix or the map. */
  hessian?: string;
  /** For a differential claim: the derived dF. */
  differential?: string;
  /** For a Jacobian claim: the Jacobian derived. */
  jacobian?: string;
  command: string;
  /** How the refuted claim relates to the derived answer (properties/derive/diagnose.ts). */
  diagnosis?: Diagnosis;
}

/** The diagnosis as `--json` prints it: `{ summary, relation?, kind }`. */
export const diagnosisJson = (d: Diagnosis) => ({ summary: d.summary, ...(d.relation ? { relation: d.relation } : {}), kind: d.kind });

/** The hint without its diagnosis (printed as `derived` by `--json`, the diagnosis beside it). */
export function hintJson(h: DerivedHint): Record<string, unknown> {
  const { diagnosis: _, ...derived } = h;
  return derived;
}

/** The lines a refuted claim gets (after the counterexample, before the reproduce line). */
export const hintText = (h: DerivedHint): string =>
  `${h.hessian !== undefined ? `derived Hessian: ${h.hessian}` : h.jacobian !== undefined ? `derived Jacobian: ${h.jacobian}` : h.differential !== undefined ? `derived differential: ${h.differential}` : `derived gradient: ${h.gradient}`}\nits derivation, every line checked: ${h.command}` +
  (h.diagnosis ? `\ndiagnosis: ${h.diagnosis.summary}` : '');

/** The diagnosis of a refuted claim against the derived answer; null when the claim cannot be read again (never throws). */
function diagnosisOf(a: ClaimArgs, ev: Evidence, derived: string): Diagnosis | undefined {
  try {
    // With the shapes the check inferred where none were given: the diagnosis samples points of them.
    const input = claimFromArgs(a).input;
    return diagnose(ev.shapes ? { ...input, shapes: ev.shapes } : input, derived, ev.seed);
  } catch {
    return undefined;
  }
}

/**
 * For a refuted `mcv gradient` claim: derive the gradient of the same f (few cases per line), and
 * return it only when every line was verified; a refuted `mcv hessian` claim gets the Hessian
 * ({@link derivedHessianHint}), so the Check page, which calls this, says what mcv says. Never
 * throws: no hint is better than a wrong one.
 */
export function derivedHint(a: ClaimArgs, ev: Evidence): DerivedHint | null {
  if (a.kind === 'hessian') return derivedHessianHint(a, ev);
  if (a.kind === 'jacobian') return derivedJacobianHint(a, ev);
  if ((a.kind !== 'gradient' && a.kind !== 'differential') || ev.verdict !== 'refuted') return null;
  // A differential of one variable is derived as mcv derive does for a matrix-valued F.
  if (a.kind === 'differential' && (a.wrt ?? '').includes(',')) return null;
  const args: DeriveArgs = { f: a.expr, wrt: (a.wrt ?? '').trim(), shape: a.shape, assume: a.assume, ...symmetricArgs(a) };
  try {
    // The shapes the check used (inferred ones included), so the hint answers the same question.
    const input = deriveFromArgs({ ...args, ...inferredShapes(ev), timeLimit: a.timeLimit });
    const r = deriveGradient({ ...input, cases: HINT_CASES, seed: ev.seed });
    if (r.verdict !== 'derived' || !r.gradient) return null;
    if (a.kind === 'gradient' && r.kind !== 'gradient') return null;
    // In another convention the hint is the derived G converted, and checked in that convention.
    const mode = a.kind === 'gradient' ? symmetricModeOfArgs(args, 'gradient') : undefined;
    const c = mode ? convertDerived(args, mode, { gradient: r.gradient }, { cases: HINT_CASES, seed: ev.seed }) : undefined;
    if (c && c.verdict !== 'verified') return null;
    const g = c?.gradient ?? r.gradient;
    // A scalar F's differential is the gradient's trace form, df = Tr(Gᵀ dW).
    const answer = a.kind === 'differential' && r.kind === 'gradient' ? `trace(${/^[A-Za-z]\w*$/.test(g) ? g : `(${g})`}'*d${args.wrt})` : g;
    const diagnosis = diagnosisOf(a, ev, answer);
    return { [a.kind]: answer, command: commandLine('mcv', deriveCommand(args, ev.seed)), ...(diagnosis ? { diagnosis } : {}) };
  } catch {
    return null;
  }
}

/** For a refuted `mcv jacobian` claim: the Jacobian `mcv derive` reads off (and verifies), if it does. Never throws. */
export function derivedJacobianHint(a: ClaimArgs, ev: Evidence): DerivedHint | null {
  if (ev.verdict !== 'refuted') return null;
  const args: DeriveArgs = { f: a.expr, wrt: a.wrt ?? '', shape: a.shape, assume: a.assume };
  try {
    const input = deriveFromArgs({ ...args, ...inferredShapes(ev), timeLimit: a.timeLimit });
    const r = deriveGradient({ ...input, cases: HINT_CASES, seed: ev.seed });
    if (r.verdict !== 'derived' || r.jacobian === undefined) return null;
    return { jacobian: r.jacobian, command: commandLine('mcv', deriveCommand(args, ev.seed)) };
  } catch {
    return null;
  }
}

/**
 * For a refuted `mcv hessian` claim ({@link derivedHint} calls it): derive the Hessian of the same f (few cases per line) and
 * return it, in the form of the claim (the n×n matrix or the map of dW), only when every line was
 * verified. Never throws.
 */
export function derivedHessianHint(a: ClaimArgs, ev: Evidence): DerivedHint | null {
  if (a.kind !== 'hessian' || ev.verdict !== 'refuted') return null;
  const args: DeriveArgs = { f: a.expr, wrt: a.wrt ?? '', shape: a.shape, assume: a.assume, hessian: true, ...symmetricArgs(a) };
  try {
    const input = deriveFromArgs({ ...args, ...inferredShapes(ev), timeLimit: a.timeLimit });
    const r = deriveHessian({ ...input, cases: HINT_CASES, seed: ev.seed });
    if (r.verdict !== 'derived' || !r.hessian) return null;
    const mode = symmetricModeOfArgs(args, 'hessian');
    if (mode) {
      // A square W: the map, converted to the convention and checked there.
      const c = convertDerived(args, mode, { gradient: r.gradient!, hessian: r.hessian }, { cases: HINT_CASES, seed: ev.seed });
      return c.verdict === 'verified' && c.hessian ? { hessian: c.hessian, command: commandLine('mcv', deriveCommand(args, ev.seed)) } : null;
    }
    const matrixClaim = !new RegExp(`\\bd${input.wrt}\\b`).test(a.claim);
    const hessian = matrixClaim && r.hessianMatrix !== undefined ? r.hessianMatrix : r.hessian;
    const diagnosis = diagnosisOf(a, ev, hessian);
    return { hessian, command: commandLine('mcv', deriveCommand(args, ev.seed)), ...(diagnosis ? { diagnosis } : {}) };
  } catch {
    return null;
  }
}

/**
 * `mcv derive --json` with several variables: the whole df (`df`, `latex`, `steps`), and per variable
 * (`gradients`, keyed by name) its gradient, its LaTeX and the lines of its part of df.
 */
function severalJson(r: DeriveResult, a: DeriveArgs): Record<string, unknown> {
  const out: Record<string, unknown> = { verdict: r.verdict, kind: r.kind, wrt: r.wrt };
  const whole = r.steps[0];
  if (whole) Object.assign(out, r.kind === 'gradient' ? { df: whole.df } : { differential: whole.df }, { latex: whole.latex, steps: r.steps.map(stepJson) });
  out.gradients = Object.fromEntries(
    (r.gradients ?? []).map((g) => [g.wrt, { ...(r.kind === 'gradient' ? { gradient: g.gradient } : { differential: g.gradient }), latex: g.latex, steps: g.steps.map(stepJson) }]),
  );
  out.cases = r.cases;
  out.seed = r.seed;
  if (r.refuted) out.refuted = refutedJson(a, r.refuted, r.cases, r.seed);
  if (r.unsupported) out.unsupported = r.unsupported;
  return out;
}

/**
 * The plain output with several variables: the whole df, then each variable's part (its terms of
 * df, the others fixed) to its gradient, the verdict, and last one line per variable, `G_X = …`.
 */
function formatSeveral(r: DeriveResult, a: DeriveArgs): string {
  const wrt = r.wrt!;
  const dirs = wrt.map((w) => `d${w}`).join(', ');
  const lead = r.kind === 'gradient' ? 'df' : 'dF';
  const lines = [r.kind === 'gradient' ? `f = ${a.f}, differentiated with respect to ${wrt.join(', ')}:` : `F = ${a.f} is not a scalar: its differential with respect to ${wrt.join(', ')}:`];
  const whole = r.steps[0];
  if (whole) lines.push(`  ${lead} = ${whole.df}`, ...why(whole));
  for (const g of r.gradients ?? []) {
    const others = wrt.filter((w) => w !== g.wrt).map((w) => `d${w} = 0`);
    lines.push(`with respect to ${g.wrt}: the terms of ${lead} in d${g.wrt} (${others.join(', ')}):`);
    lines.push(...derivationLines({ kind: r.kind, steps: g.steps, gradient: g.gradient, derivation: g.derivation }, { ...a, wrt: g.wrt }).slice(1));
  }
  lines.push('');
  if (r.verdict === 'refuted') return [...lines, ...refutedLines(r.refuted!, r.cases, r.seed, a)].join('\n');
  const what = r.kind === 'gradient' ? `${lead} (as a differential claim in ${dirs}), every line and each G (as a gradient claim)` : `${lead} (as a differential claim in ${dirs}) and each part of it`;
  lines.push(`derived: ${what} verified in ${r.cases} random cases each; seed ${r.seed}`);
  if (r.kind === 'gradient') for (const g of r.gradients ?? []) lines.push(`G_${g.wrt} = ${g.gradient}`);
  else lines.push(`dF = ${whole?.df}`);
  return lines.join('\n');
}
