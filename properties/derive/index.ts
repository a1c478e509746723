/**
 * `mcv derive` as a library: the gradient of a scalar f derived by the notes' method, every line
 * citing the catalogue rules it applies and checked by the oracle.
 *
 * ```ts
 * import { deriveGradient } from 'matrix-calculus-verified';
 * const r = deriveGradient({ f: "x'*A*x", wrt: 'x', shape: { x: 'n', A: 'nxn' }, seed: 1 });
 * r.verdict;  // 'derived'
 * r.gradient; // "(A + A')*x"
 * r.steps;    // [{ df: "dx'*A*x + x'*A*dx", latex, by: ['diff-transpose', 'diff-product'] }, …]
 * r.derivation; // the same lines as a rules/derivations Derivation (checkDerivation checks it)
 * ```
 *
 * - {@link deriveGradient} (several.ts, over the engine of derive.ts; `wrt` may list several variables): {@link DeriveResult} is what `mcv derive --json`
 *   prints (plus `derivation`), {@link DeriveStep} one line (`df`, `latex`, `by`, `because`).
 * - {@link DIFFERENTIALS} (differentials.ts): the differential of every operation of the syntax,
 *   keyed by the engine's operation name, each naming its catalogue rule.
 * - {@link TRACE_RULES}: the trace rules the trace form may cite.
 * - {@link deriveHessian} (hessian.ts): `mcv derive --hessian`, the differential of the derived G,
 *   and for a column W the n×n matrix read off with {@link READ_OFF} (readOff.ts).
 *
 * Bad input throws the InputError `checkGradient` would throw; nothing else throws.
 */
export { TRACE_RULES, type DeriveInput, type DeriveResult, type DeriveStep, type RefutedLine, type VariableGradient } from './derive.js';
export { deriveGradient, wrtList, type DeriveSeveralInput } from './several.js';
export { DIFFERENTIALS, type OpDifferential, type DiffInput } from './differentials.js';
export { deriveHessian, type HessianResult, type HessianStep } from './hessian.js';
export { READ_OFF, type ReadOffInput } from './readOff.js';
export { diagnose, DIAGNOSIS_CASES, MAX_CANDIDATE_CHECKS, type Diagnosis, type DiagnosisKind, type Relation } from './diagnose.js';
