/**
 * The Check page's worker: runs the oracle off the main thread, so the page stays responsive and
 * a check that runs too long can be stopped by terminating the worker. It runs exactly what
 * `mcv` runs: the arguments parsed by properties/presentation/args.ts, checkClaim, and the CLI's own formatting.
 */
import { claimFromArgs, claimTitle, commandLine, reproduceArgs } from '../../../properties/presentation/args.js';
import { formatEvidence } from '../../../properties/presentation/format.js';
import { deriveCommand, deriveFromArgs, deriveJson, derivedHint, formatDerivation, hintText, lineCommand, type DeriveArgs, type DerivedHint } from '../../../properties/presentation/derive.js';
import { deriveGradient } from '../../../properties/derive/index.js';
import { conversionJson, conversionText, convertDerived, symmetricModeOfArgs } from '../../../properties/presentation/symmetricDerive.js';
import { checkClaim, fmt, type Counterexample } from '../../../properties/check.js';
import { InputError } from '../../../properties/engine/errors.js';
import { toTex } from '../../../properties/engine/tex.js';
import { counterexampleView, type CounterexampleItem } from '../../../properties/presentation/counterexample.js';
import type { ClaimArgs } from '../../../properties/presentation/args.js';
import type { CheckReply, CheckRequest, DeriveView, EvidenceView, TexValue } from './protocol.js';

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
  let text = formatEvidence(evidence, claimTitle(args));
  if (hint) text += `\n${hintText(hint)}`;
  if (evidence.verdict === 'refuted') text += `\nreproduce: ${commandLine('mcv', reproduceArgs(args, evidence.seed))}`;
  const view: EvidenceView = {
    message: text.split('\n')[0]!.replace(/^(verified|refuted): /, ''),
    maxError: fmt(Number(evidence.maxError.toPrecision(2))),
    json: JSON.stringify(hint ? { ...evidence, derived: hint } : evidence),
    text,
    ...(hint ? { derived: { ...hint, latex: hintLatex(hint, args.wrt ?? '', input.shapes) } } : {}),
    ...(evidence.counterexample ? { counterexample: counterexampleProtocol(evidence.counterexample, input.shapes) } : {}),
  };
  return { id, ok: true, evidence, view };
}

/** The derived answer as a formula: ∂f/∂W = G for a gradient; for a Hessian, H[dW] = … (the map) or ∇²f = … (the matrix of a column). */
function hintLatex(hint: DerivedHint, wrt: string, shapes: Readonly<Record<string, string>>): string {
  if (hint.hessian === undefined) return `\\frac{\\partial f}{\\partial ${texOr(wrt, shapes)}} = ${texOr(hint.gradient ?? '', shapes)}`;
  const dW = `d${wrt}`;
  const withDirection = { ...shapes, [dW]: shapes[wrt] ?? '1' };
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
  const shapes = { ...input.shape, [`d${input.wrt}`]: input.shape[input.wrt] ?? '1' };
  let sawDf = false;
  const dLead = r.kind === 'gradient' ? 'df' : 'dF';
  const lines = r.steps.map((s) => {
    const lead = s.f !== undefined ? 'f' : sawDf ? '' : dLead;
    if (s.df !== undefined) sawDf = true;
    return { lead, latex: s.latex, source: (s.df ?? s.f)!, by: s.by, ...(s.because ? { because: s.because } : {}) };
  });
  const g = r.derivation?.gradient;
  const view: DeriveView = {
    verdict: r.verdict,
    kind: r.kind,
    message: verdictLine.replace(/^(derived|refuted|unsupported): /, ''),
    lines,
    wrtTex: texOr(input.wrt, shapes),
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
    ...(conv
      ? { converted: { meaning: conv.meaning, source: conv.gradient, verdict: conv.verdict, ...(conv.verdict === 'refuted' ? { reason: String(conversionJson(conv).reason ?? '') } : {}) } }
      : {}),
  };
  return { id, ok: true, derive: view };
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
