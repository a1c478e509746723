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
import { counterexampleView, type CounterexampleItem } from '../../../properties/presentation/counterexample.js';
import type { CheckReply, CheckRequest, EvidenceView, TexValue } from './protocol.js';

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
      ...(evidence.counterexample ? { counterexample: counterexampleProtocol(evidence.counterexample, input.shapes) } : {}),
    };
    return { id: req.id, ok: true, evidence, view };
  } catch (e) {
    if (e instanceof InputError) return { id: req.id, ok: false, message: e.message, ...(e.field ? { field: e.field } : {}) };
    // As `mcv` says it: no stack trace, but enough to report.
    return { id: req.id, ok: false, message: `internal error: ${(e as Error).message}. Please report it with the command you ran.` };
  }
}

scope.onmessage = (e) => scope.postMessage(run(e.data));
