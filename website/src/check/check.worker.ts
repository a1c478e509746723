/**
 * The Check page's worker: runs the oracle off the main thread, so the page stays responsive and
 * a check that runs too long can be stopped by terminating the worker. It runs exactly what
 * `mcv` runs: the arguments parsed by properties/presentation/args.ts, checkClaim, and the CLI's own formatting.
 */
import { claimFromArgs, claimTitle, commandLine, reproduceArgs } from '../../../properties/presentation/args.js';
import { formatEvidence, shapesLine } from '../../../properties/presentation/format.js';
import {
  deriveCommand,
  deriveFromArgs,
  deriveJson,
  derivedHint,
  diagnosisJson,
  formatDerivation,
  hintJson,
  hintText,
  lineCommand,
  type DeriveArgs,
  type DerivedHint,
} from '../../../properties/presentation/derive.js';
import { deriveGradient, type DeriveResult } from '../../../properties/derive/index.js';
import { emitDerived } from '../../../properties/presentation/emit.js';
import { TARGETS } from '../../../properties/engine/ops/types.js';
import { conversionJson, conversionText, convertDerived, symmetricModeOfArgs } from '../../../properties/presentation/symmetricDerive.js';
import { checkClaim, fmt, type Counterexample } from '../../../properties/oracle/check.js';
import { InputError } from '../../../properties/engine/errors.js';
import { toTex } from '../../../properties/engine/tex.js';
import { counterexampleView, type CounterexampleItem } from '../../../properties/presentation/counterexample.js';
import type { ClaimArgs } from '../../../properties/presentation/args.js';
import type { CheckReply, CheckRequest, DeriveLine, DeriveView, EvidenceView, SeveralGradientView, TexValue } from './protocol.js';

/** The worker's global scope, typed as far as it is used (the DOM lib has no WorkerGlobalScope). */
const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckRequest>) => void) | null; postMessage: (m: CheckReply) => void };

/** The counterexample as LaTeX: the view the rule pages and `mcv` render too (properties/presentation/counterexample.ts). */
function counterexampleProtocol(c: Counterexample, shapes: Readonly<Record<string, string>>): NonNullable<EvidenceView['counterexample']> {
  const view = counterexampleView(c, shapes);
  const item = (it: CounterexampleItem): TexValue => ({ name: it.nameTex, tex: it.tex });
  const cmp = view.comparison;
  return {
    sizes: view.sizes.map(([k, v]) => `${k} = ${v}`),
    values: view.values.map(item),
    direction: view.direction.map(item),
    direction2: view.direction2.map(item),
    rounded: view.rounded,
    labels: c.labels,
    ...(cmp ? { expected: fmt(cmp.expected), actual: fmt(cmp.actual) } : {}),
    ...(cmp?.entry ? { entry: [cmp.entry[0], cmp.entry[1]] as [number, number] } : {}),
    ...(cmp?.error !== undefined ? { error: fmt(Number(cmp.error.toPrecision(4))) } : {}),
    ...(cmp?.tolerance !== undefined ? { tolerance: fmt(Number(cmp.tolerance.toPrecision(3))) } : {}),
    ...(cmp?.note !== undefined ? { note: cmp.note } : {}),
  };
}

/** LaTeX of an expression, or the expression itself when toTex cannot read it. */
function texOr(source: string, shapes: Readonly<Record<string, string>>): string {
  try {
    return toTex(source, { shapes });
  } catch {
    return `\\texttt{${source.replace(/[\\{}$&#^_%~]/g, '')}}`;
  }
}

function runClaim(id: number, args: ClaimArgs): CheckReply {
  const { input, options } = claimFromArgs(args);
  const evidence = checkClaim(input, options);
  // As mcv: a refuted gradient points to the gradient mcv derive finds (and verifies).
  const hint = derivedHint(args, evidence);
  // The shapes used, inferred ones included (engine/infer.ts), printed first as mcv prints them.
  const shapes = evidence.shapes ?? input.shapes;
  const inferred = evidence.shapes ? shapesLine(evidence.shapes) : undefined;
  let text = (inferred ? `${inferred}\n` : '') + formatEvidence(evidence, claimTitle(args));
  if (hint) text += `\n${hintText(hint)}`;
  if (evidence.verdict === 'refuted') text += `\nreproduce: ${commandLine('mcv', reproduceArgs(args, evidence.seed))}`;
  const view: EvidenceView = {
    message: text
      .split('\n')
      .find((l) => /^(verified|refuted): /.test(l))!
      .replace(/^(verified|refuted): /, ''),
    ...(inferred ? { shapes: inferred } : {}),
    maxError: fmt(Number(evidence.maxError.toPrecision(2))),
    json: JSON.stringify(hint ? { ...evidence, derived: hintJson(hint), ...(hint.diagnosis ? { diagnosis: diagnosisJson(hint.diagnosis) } : {}) } : evidence),
    text,
    ...(hint ? { derived: { ...hint, latex: hintLatex(hint, args.wrt ?? '', shapes) } } : {}),
    ...(evidence.counterexample ? { counterexample: counterexampleProtocol(evidence.counterexample, shapes) } : {}),
  };
  return { id, ok: true, evidence, view };
}

/** The derived answer as a formula: ∂f/∂W = G for a gradient; for a Hessian, H[dW] = … (the map) or ∇²f = … (the matrix of a column). */
function hintLatex(hint: DerivedHint, wrt: string, shapes: Readonly<Record<string, string>>): string {
  if (hint.jacobian !== undefined) return `\\mathbf{J} = ${texOr(hint.jacobian, shapes)}`;
  const dW = `d${wrt}`;
  const withDirection = { ...shapes, [dW]: shapes[wrt] ?? '1' };
  if (hint.differential !== undefined) return `dF = ${texOr(hint.differential, withDirection)}`;
  if (hint.hessian === undefined) return `\\frac{\\partial f}{\\partial ${texOr(wrt, shapes)}} = ${texOr(hint.gradient ?? '', shapes)}`;
  return new RegExp(`\\b${dW}\\b`).test(hint.hessian) ? `\\mathbf{H}[${texOr(dW, withDirection)}] = ${texOr(hint.hessian, withDirection)}` : `\\nabla^2 f = ${texOr(hint.hessian, shapes)}`;
}

/** `mcv derive` in the worker: the engine, and the CLI's own text and JSON. */
function runDerive(id: number, a: DeriveArgs): CheckReply {
  const started = performance.now();
  const input = deriveFromArgs(a);
  const mode = symmetricModeOfArgs(a, 'gradient');
  const r = deriveGradient(input);
  // The symmetric-W select: G converted and checked in that convention, as mcv derive does.
  const conv = mode && r.verdict === 'derived' && r.kind === 'gradient' && r.gradient ? convertDerived(a, mode, { gradient: r.gradient }, { cases: r.cases, seed: r.seed }) : undefined;
  const ms = performance.now() - started;
  const text = formatDerivation(r, a) + (conv ? `\n${conversionText(conv, input.wrt)}` : '');
  const verdictLine = text.split('\n').find((l) => /^(derived|refuted|unsupported): /.test(l)) ?? '';
  // The shapes used, inferred ones included.
  const used = r.shapes ?? input.shape ?? {};
  // With several variables (--wrt X,Y), r.wrt lists them and each gets its direction dX, dY.
  const wrts = r.wrt ?? [input.wrt];
  const shapes = { ...used, ...Object.fromEntries(wrts.map((w) => [`d${w}`, used[w] ?? '1'])) };
  const dLead = r.kind === 'gradient' ? 'df' : 'dF';
  const toLines = (steps: DeriveResult['steps']) => {
    let sawDf = false;
    return steps.map((s) => {
      const lead = s.f !== undefined ? 'f' : sawDf ? '' : dLead;
      if (s.df !== undefined) sawDf = true;
      return { lead, latex: s.latex, source: (s.df ?? s.f)!, by: s.by, ...(s.because ? { because: s.because } : {}) };
    });
  };
  const lines = toLines(r.steps);
  const g = r.derivation?.gradient;
  const view: DeriveView = {
    verdict: r.verdict,
    kind: r.kind,
    message: verdictLine.replace(/^(derived|refuted|unsupported): /, ''),
    lines,
    wrtTex: wrts.map((w) => texOr(w, shapes)).join(', '),
    ...(r.gradient !== undefined && r.verdict !== 'unsupported'
      ? { result: { source: r.gradient, latex: r.latex ?? texOr(r.gradient, shapes), by: g?.by ?? [], ...(g?.because ? { because: g.because } : {}) } }
      : {}),
    ...(r.refuted ? { refuted: { line: r.refuted.line, name: r.refuted.name, reason: r.refuted.evidence.reason ?? '', reproduce: lineCommand(r.refuted.claim, r.refuted.seed, r.cases) } } : {}),
    cases: r.cases,
    seed: r.seed,
    command: deriveCommand(a, r.seed),
    text,
    json: JSON.stringify({ ...deriveJson(r, a), ...(conv ? { symmetric: conversionJson(conv) } : {}) }),
    ms,
    ...(r.shapes ? { shapes: shapesLine(r.shapes) } : {}),
    ...(r.jacobian !== undefined ? { jacobian: { source: r.jacobian, latex: r.jacobianLatex ?? texOr(r.jacobian, shapes) } } : {}),
    // Several variables: each one's part of df to its G, as `mcv derive --wrt X,Y` prints them (code is emitted for one variable).
    ...(r.wrt ? { gradients: severalViews(r, toLines, shapes) } : codeOf(r, a)),
    ...(conv
      ? { converted: { meaning: conv.meaning, source: conv.gradient, verdict: conv.verdict, ...(conv.verdict === 'refuted' ? { reason: String(conversionJson(conv).reason ?? '') } : {}) } }
      : {}),
  };
  return { id, ok: true, derive: view };
}

/** With several variables: per variable, the lines of its part of df and its G (for a scalar f), as the page shows them. */
function severalViews(r: DeriveResult, toLines: (steps: DeriveResult['steps']) => DeriveLine[], shapes: Readonly<Record<string, string>>): SeveralGradientView[] {
  return (r.gradients ?? []).map((v) => {
    const read = v.derivation?.gradient;
    const result =
      r.kind === 'gradient' && v.gradient !== undefined
        ? { result: { source: v.gradient, latex: v.latex ?? texOr(v.gradient, shapes), by: read?.by ?? [], ...(read?.because ? { because: read.because } : {}) } }
        : {};
    return { wrt: v.wrt, wrtTex: texOr(v.wrt, shapes), lines: toLines(v.steps), ...result };
  });
}

/** A derived gradient (or a Jacobian read off) as code in every target, as `mcv derive --emit` prints it. */
function codeOf(r: DeriveResult, a: DeriveArgs): Pick<DeriveView, 'code' | 'codeError'> {
  if (r.verdict !== 'derived' || (r.kind !== 'gradient' && r.jacobian === undefined)) return {};
  try {
    return { code: TARGETS.map((target) => ({ target, code: emitDerived(r, a, target).code })) };
  } catch (e) {
    if (e instanceof InputError) return { codeError: e.message };
    throw e;
  }
}

function run(req: CheckRequest): CheckReply {
  try {
    return 'derive' in req ? runDerive(req.id, req.derive) : runClaim(req.id, req.args);
  } catch (e) {
    if (e instanceof InputError) return { id: req.id, ok: false, message: e.message, ...(e.field ? { field: e.field } : {}) };
    // As `mcv` says it: no stack trace, but enough to report.
    return { id: req.id, ok: false, message: `internal error: ${(e as Error).message}. Please report it with the command you ran.` };
  }
}

scope.onmessage = (e) => scope.postMessage(run(e.data));
