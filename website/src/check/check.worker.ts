/**
 * The Check page's worker: runs the oracle off the main thread, so the page stays responsive and
 * a check that runs too long can be stopped by terminating the worker. It runs exactly what
 * `mcv` runs: the arguments parsed by properties/presentation/args.ts, checkClaim, and the CLI's own formatting.
 */
import { claimFromArgs, claimTitle, commandLine, reproduceArgs } from '../../../properties/presentation/args.js';
import { formatEvidence } from '../../../properties/presentation/format.js';
import { derivedHint, hintText } from '../../../properties/presentation/derive.js';
import { checkClaim, fmt, type Counterexample } from '../../../properties/check.js';
import { InputError } from '../../../properties/engine/errors.js';
import { toTex } from '../../../properties/engine/tex.js';
import { matrixTex } from '../../../properties/presentation/markdown.js';
import type { CheckReply, CheckRequest, EvidenceView, TexValue } from './protocol.js';

/** The worker's global scope, typed as far as it is used (the DOM lib has no WorkerGlobalScope). */
const scope = self as unknown as { onmessage: ((e: MessageEvent<CheckRequest>) => void) | null; postMessage: (m: CheckReply) => void };

/** The counterexample as LaTeX, the way the rule pages show one. */
function counterexampleView(c: Counterexample, shapes: Readonly<Record<string, string>>): NonNullable<EvidenceView['counterexample']> {
  const withDirections: Record<string, string> = { ...shapes };
  for (const k of Object.keys(c.direction ?? {})) withDirections[`d${k}`] = shapes[k] ?? 'nxn';
  let rounded = false;
  // A Hessian's second direction is dW₂: the direction's name with a subscript 2.
  const item = (name: string, rows: number[][], sub = ''): TexValue => {
    const v = matrixTex(rows);
    rounded ||= v.rounded;
    let nameTex = name;
    try {
      nameTex = toTex(name, { shapes: withDirections });
    } catch {
      // A name toTex cannot read stays as it is.
    }
    return { name: nameTex + sub, tex: v.tex };
  };
  return {
    sizes: Object.entries(c.dims).map(([k, v]) => `${k} = ${v}`),
    values: Object.entries(c.values).map(([k, v]) => item(k, v)),
    direction: Object.entries(c.direction ?? {}).map(([k, v]) => item(`d${k}`, v)),
    direction2: Object.entries(c.direction2 ?? {}).map(([k, v]) => item(`d${k}`, v, '_{2}')),
    rounded,
    labels: c.labels,
    ...(c.expected !== undefined ? { expected: fmt(c.expected) } : {}),
    ...(c.actual !== undefined ? { actual: fmt(c.actual) } : {}),
    ...(c.entry ? { entry: c.entry } : {}),
    ...(c.error !== undefined ? { error: fmt(Number(c.error.toPrecision(4))) } : {}),
    ...(c.tolerance !== undefined ? { tolerance: fmt(Number(c.tolerance.toPrecision(3))) } : {}),
  };
}

function run(req: CheckRequest): CheckReply {
  try {
    const { input, options } = claimFromArgs(req.args);
    const evidence = checkClaim(input, options);
    // As mcv: a refuted gradient points to the gradient mcv derive finds (and verifies).
    const hint = derivedHint(req.args, evidence);
    let text = formatEvidence(evidence, claimTitle(req.args));
    if (hint) text += `\n${hintText(hint)}`;
    if (evidence.verdict === 'refuted') text += `\nreproduce: ${commandLine('mcv', reproduceArgs(req.args, evidence.seed))}`;
    const view: EvidenceView = {
      message: text.split('\n')[0]!.replace(/^(verified|refuted): /, ''),
      maxError: fmt(Number(evidence.maxError.toPrecision(2))),
      json: JSON.stringify(hint ? { ...evidence, derived: hint } : evidence),
      text,
      ...(evidence.counterexample ? { counterexample: counterexampleView(evidence.counterexample, input.shapes) } : {}),
    };
    return { id: req.id, ok: true, evidence, view };
  } catch (e) {
    if (e instanceof InputError) return { id: req.id, ok: false, message: e.message, ...(e.field ? { field: e.field } : {}) };
    // As `mcv` says it: no stack trace, but enough to report.
    return { id: req.id, ok: false, message: `internal error: ${(e as Error).message}. Please report it with the command you ran.` };
  }
}

scope.onmessage = (e) => scope.postMessage(run(e.data));
