/**
 * The registry: every rule, in the order the site shows them (the notes first). Explicit imports,
 * so a rule file that is not listed here is caught by the registry test, not silently dropped.
 */
import gradLinear from './notes-gradients/grad-linear.js';
import gradSquaredNorm from './notes-gradients/grad-squared-norm.js';
import gradLinearMap from './notes-gradients/grad-linear-map.js';
import diffLinearMap from './notes-gradients/diff-linear-map.js';
import gradQuadraticForm from './notes-gradients/grad-quadratic-form.js';
import gradQuadraticFormSymmetric from './notes-gradients/grad-quadratic-form-symmetric.js';
import gradLeastSquaresNorm from './notes-gradients/grad-least-squares-norm.js';
import gradBilinearMatrix from './notes-gradients/grad-bilinear-matrix.js';
import diffSum from './notes-differentials/diff-sum.js';
import diffDifference from './notes-differentials/diff-difference.js';
import diffProduct from './notes-differentials/diff-product.js';
import diffInverse from './notes-differentials/diff-inverse.js';
import diffHadamard from './notes-differentials/diff-hadamard.js';
import diffElementwiseExp from './notes-differentials/diff-elementwise-exp.js';
import diffElementwiseTanh from './notes-differentials/diff-elementwise-tanh.js';
import diffElementwiseSigmoid from './notes-differentials/diff-elementwise-sigmoid.js';
import diffElementwiseSin from './notes-differentials/diff-elementwise-sin.js';
import diffElementwiseCos from './notes-differentials/diff-elementwise-cos.js';
import diffElementwiseSquare from './notes-differentials/diff-elementwise-square.js';
import diffElementwiseLog from './notes-differentials/diff-elementwise-log.js';
import traceScalar from './notes-trace/trace-scalar.js';
import traceCyclic from './notes-trace/trace-cyclic.js';
import traceTranspose from './notes-trace/trace-transpose.js';
import traceSum from './notes-trace/trace-sum.js';
import traceDifference from './notes-trace/trace-difference.js';
import traceHadamard from './notes-trace/trace-hadamard.js';
import hadamardSumInner from './notes-trace/hadamard-sum-inner.js';
import logSoftmax from './notes-trace/log-softmax.js';
import leastSquares from './notes-exercises/least-squares.js';
import softmaxRegression from './notes-exercises/softmax-regression.js';
import softmaxRegressionBatch from './notes-exercises/softmax-regression-batch.js';
import softmaxRegressionBatchMean from './notes-exercises/softmax-regression-batch-mean.js';
import inverseOfProduct from './algebra/inverse-of-product.js';
import inverseOfTranspose from './algebra/inverse-of-transpose.js';
import transposeOfProduct from './algebra/transpose-of-product.js';
import traceOfProductCommutes from './algebra/trace-of-product-commutes.js';
import traceCyclicThree from './algebra/trace-cyclic-three.js';
import detOfScaled from './algebra/det-of-scaled.js';
import detIdentityPlusRankOne from './algebra/det-identity-plus-rank-one.js';
import frobeniusInnerProduct from './algebra/frobenius-inner-product.js';
import frobeniusNormTrace from './algebra/frobenius-norm-trace.js';
import orthogonalInverse from './algebra/orthogonal-inverse.js';
import woodbury from './inverse-updates/woodbury.js';
import woodburyNonsymmetric from './inverse-updates/woodbury-nonsymmetric.js';
import shermanMorrison from './inverse-updates/sherman-morrison.js';
import pushThroughInverse from './inverse-updates/push-through-inverse.js';
import kalmanGainIdentity from './inverse-updates/kalman-gain-identity.js';
import kronTranspose from './kronecker/kron-transpose.js';
import kronMixedProduct from './kronecker/kron-mixed-product.js';
import kronTrace from './kronecker/kron-trace.js';
import kronDeterminant from './kronecker/kron-determinant.js';
import diffSandwich from './differentials/diff-sandwich.js';
import diffXax from './differentials/diff-xax.js';
import diffKronSelf from './differentials/diff-kron-self.js';
import inverseDifferential from './differentials/inverse-differential.js';
import diffDet from './differentials/diff-det.js';
import diffLogdet from './differentials/diff-logdet.js';
import diffCube from './differentials/diff-cube.js';
import diffInverseTimesMatrix from './differentials/diff-inverse-times-matrix.js';
import detGradient from './determinant-gradients/det-gradient.js';
import detAxbGradient from './determinant-gradients/det-axb-gradient.js';
import detXtaxGradientSquare from './determinant-gradients/det-xtax-gradient-square.js';
import detXtaxGradientSymmetric from './determinant-gradients/det-xtax-gradient-symmetric.js';
import detXtaxGradient from './determinant-gradients/det-xtax-gradient.js';
import logdetXtxGradient from './determinant-gradients/logdet-xtx-gradient.js';
import logdetGradient from './determinant-gradients/logdet-gradient.js';
import detInverseGradient from './determinant-gradients/det-inverse-gradient.js';
import logdetGradientSpd from './determinant-gradients/logdet-gradient-spd.js';
import bilinearInverseGradient from './inverse-gradients/bilinear-inverse-gradient.js';
import traceInverseSandwichGradient from './inverse-gradients/trace-inverse-sandwich-gradient.js';
import traceInverseShiftedGradient from './inverse-gradients/trace-inverse-shifted-gradient.js';
import adjointInverse from './inverse-gradients/adjoint-inverse.js';
import adjointProduct from './inverse-gradients/adjoint-product.js';
import adjointInverseProduct from './inverse-gradients/adjoint-inverse-product.js';
import adjointQuadraticForm from './inverse-gradients/adjoint-quadratic-form.js';
import traceInverseQuadraticGradient from './inverse-gradients/trace-inverse-quadratic-gradient.js';
import generalizedRayleighTraceGradient from './inverse-gradients/generalized-rayleigh-trace-gradient.js';
import type { Rule } from './schema.js';
import { validateRules } from './validate.js';

/** Rule objects as written, before validation. */
export const RAW_RULES = [
  // notes-gradients
  gradLinear,
  gradSquaredNorm,
  gradLinearMap,
  diffLinearMap,
  gradQuadraticForm,
  gradQuadraticFormSymmetric,
  gradLeastSquaresNorm,
  gradBilinearMatrix,
  // notes-differentials
  diffSum,
  diffDifference,
  diffProduct,
  diffInverse,
  diffHadamard,
  diffElementwiseExp,
  diffElementwiseTanh,
  diffElementwiseSigmoid,
  diffElementwiseSin,
  diffElementwiseCos,
  diffElementwiseSquare,
  diffElementwiseLog,
  // notes-trace
  traceScalar,
  traceCyclic,
  traceTranspose,
  traceSum,
  traceDifference,
  traceHadamard,
  hadamardSumInner,
  logSoftmax,
  // notes-exercises
  leastSquares,
  softmaxRegression,
  softmaxRegressionBatch,
  softmaxRegressionBatchMean,
  // algebra
  inverseOfProduct,
  inverseOfTranspose,
  transposeOfProduct,
  traceOfProductCommutes,
  traceCyclicThree,
  detOfScaled,
  detIdentityPlusRankOne,
  frobeniusInnerProduct,
  frobeniusNormTrace,
  orthogonalInverse,
  // inverse-updates
  woodbury,
  woodburyNonsymmetric,
  shermanMorrison,
  pushThroughInverse,
  kalmanGainIdentity,
  // kronecker
  kronTranspose,
  kronMixedProduct,
  kronTrace,
  kronDeterminant,
  // differentials
  diffSandwich,
  diffXax,
  diffKronSelf,
  inverseDifferential,
  diffDet,
  diffLogdet,
  diffCube,
  diffInverseTimesMatrix,
  // determinant-gradients
  detGradient,
  detAxbGradient,
  detXtaxGradientSquare,
  detXtaxGradientSymmetric,
  detXtaxGradient,
  logdetXtxGradient,
  logdetGradient,
  detInverseGradient,
  logdetGradientSpd,
  // inverse-gradients
  bilinearInverseGradient,
  traceInverseSandwichGradient,
  traceInverseShiftedGradient,
  adjointInverse,
  adjointProduct,
  adjointInverseProduct,
  adjointQuadraticForm,
  traceInverseQuadraticGradient,
  generalizedRayleighTraceGradient,
] as const;

/** Every rule, validated: importing this module fails with a message naming a malformed rule and field. */
export const RULES: readonly Rule[] = validateRules(RAW_RULES);

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** The rule with this id, if any. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

export { AREAS, WORKS } from './schema.js';
export type { Rule, Mistake, Area, Source } from './schema.js';
