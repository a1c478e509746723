/**
 * The Check page's menu of examples: rules of the catalogue and their classic mistakes, read from
 * the rule objects (never retyped). The rule files are imported one by one rather than through the
 * registry, which validates every rule at load with zod and the oracle: too much for a menu.
 * Loaded on demand by the page.
 */
import { mistakeClaim, ruleClaim } from '../../../rules/claims.js';
import type { Rule } from '../../../rules/schema.js';
import gradBilinearMatrix from '../../../rules/notes-gradients/grad-bilinear-matrix.js';
import gradQuadraticForm from '../../../rules/notes-gradients/grad-quadratic-form.js';
import gradLeastSquaresNorm from '../../../rules/notes-gradients/grad-least-squares-norm.js';
import diffInverse from '../../../rules/notes-differentials/diff-inverse.js';
import diffProduct from '../../../rules/notes-differentials/diff-product.js';
import traceCyclic from '../../../rules/notes-trace/trace-cyclic.js';
import softmaxRegression from '../../../rules/notes-exercises/softmax-regression.js';
import logdetGradient from '../../../rules/determinant-gradients/logdet-gradient.js';
import woodbury from '../../../rules/inverse-updates/woodbury.js';
import hessianQuadraticForm from '../../../rules/hessians/hessian-quadratic-form.js';
import hessianLogdet from '../../../rules/hessians/hessian-logdet.js';
import { EMPTY_STATE, stateFromClaim, type CheckState } from '../../../properties/presentation/url.js';

/** The rules offered, the notes' first. */
export const EXAMPLE_RULES: readonly Rule[] = [
  gradBilinearMatrix,
  gradQuadraticForm,
  gradLeastSquaresNorm,
  diffInverse,
  diffProduct,
  traceCyclic,
  softmaxRegression,
  logdetGradient,
  woodbury,
  hessianQuadraticForm,
  hessianLogdet,
];

export interface Example {
  /** Unique key, `rule` or `rule/mistake`. */
  key: string;
  group: 'rules' | 'mistakes' | 'derive';
  label: string;
  /** For a mistake: why it is wrong (the rule object's `why`). */
  why?: string;
  /** The rule page. */
  rulePath: string;
  state: CheckState;
}

/** Every rule offered, then every mistake of those rules, then the gradient rules' f to derive. */
export function examples(rules: readonly Rule[] = EXAMPLE_RULES): Example[] {
  const out: Example[] = rules.map((r) => ({ key: r.id, group: 'rules', label: r.title, rulePath: `/rules/${r.id}`, state: stateFromClaim(ruleClaim(r)) }));
  for (const r of rules)
    for (const m of r.mistakes)
      out.push({
        key: `${r.id}/${m.id}`,
        group: 'mistakes',
        label: `${r.title}: ${m.id.replace(/-/g, ' ')}`,
        why: m.why,
        rulePath: `/rules/${r.id}#mistake-${m.id}`,
        state: stateFromClaim(mistakeClaim(r, m)),
      });
  for (const r of rules)
    if (r.kind === 'gradient') {
      const c = stateFromClaim(ruleClaim(r));
      out.push({
        key: `derive/${r.id}`,
        group: 'derive',
        label: `Derive: ${r.title}`,
        rulePath: `/rules/${r.id}#derived`,
        state: { ...EMPTY_STATE, kind: 'derive', f: c.f, wrt: c.wrt, shapes: c.shapes, assume: c.assume },
      });
    }
  return out;
}
