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
import diffDet from './differentials/diff-det.js';
import diffLogdet from './differentials/diff-logdet.js';
import diffCube from './differentials/diff-cube.js';
import diffInverseTimesMatrix from './differentials/diff-inverse-times-matrix.js';
import diffTranspose from './differentials/diff-transpose.js';
import diffTrace from './differentials/diff-trace.js';
import diffSumEntries from './differentials/diff-sum-entries.js';
import diffMean from './differentials/diff-mean.js';
import diffKron from './differentials/diff-kron.js';
import diffDiag from './differentials/diff-diag.js';
import diffNorm from './differentials/diff-norm.js';
import diffScalarPower from './differentials/diff-scalar-power.js';
import diffMatrixPower from './differentials/diff-matrix-power.js';
import diffElementwisePower from './differentials/diff-elementwise-power.js';
import diffQuotient from './differentials/diff-quotient.js';
import diffElementwiseQuotient from './differentials/diff-elementwise-quotient.js';
import diffElementwiseTan from './differentials/diff-elementwise-tan.js';
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
import gradInnerProduct from './linear-quadratic/grad-inner-product.js';
import gradBilinearTransposed from './linear-quadratic/grad-bilinear-transposed.js';
import gradBtxtxc from './linear-quadratic/grad-btxtxc.js';
import gradAffineBilinear from './linear-quadratic/grad-affine-bilinear.js';
import gradXtbx from './linear-quadratic/grad-xtbx.js';
import gradAffineQuadraticMatrix from './linear-quadratic/grad-affine-quadratic-matrix.js';
import gradWeightedLeastSquares from './linear-quadratic/grad-weighted-least-squares.js';
import gradQuadraticPlusLinear from './linear-quadratic/grad-quadratic-plus-linear.js';
import gradTrace from './trace-gradients/grad-trace.js';
import gradTraceAxb from './trace-gradients/grad-trace-axb.js';
import gradTraceAxtb from './trace-gradients/grad-trace-axtb.js';
import gradTraceKron from './trace-gradients/grad-trace-kron.js';
import gradTraceSquare from './trace-gradients/grad-trace-square.js';
import gradTraceXtbx from './trace-gradients/grad-trace-xtbx.js';
import gradTraceXtx from './trace-gradients/grad-trace-xtx.js';
import gradTraceAxbx from './trace-gradients/grad-trace-axbx.js';
import gradTraceXtbxc from './trace-gradients/grad-trace-xtbxc.js';
import gradTraceAxbxtc from './trace-gradients/grad-trace-axbxtc.js';
import gradTraceResidualGram from './trace-gradients/grad-trace-residual-gram.js';
import gradTraceCube from './trace-gradients/grad-trace-cube.js';
import gradTraceQuartic from './trace-gradients/grad-trace-quartic.js';
import gradEuclideanDistance from './norms/grad-euclidean-distance.js';
import diffUnitVector from './norms/diff-unit-vector.js';
import gradFrobeniusSquared from './norms/grad-frobenius-squared.js';
import gradFrobeniusNorm from './norms/grad-frobenius-norm.js';
import sqrtDifferential from './elementwise/sqrt-differential.js';
import absDifferential from './elementwise/abs-differential.js';
import signDifferential from './elementwise/sign-differential.js';
import diffElementwiseSoftplus from './elementwise/diff-elementwise-softplus.js';
import diffElementwiseRelu from './elementwise/diff-elementwise-relu.js';
import diffElementwiseLog1p from './elementwise/diff-elementwise-log1p.js';
import diffElementwiseExpm1 from './elementwise/diff-elementwise-expm1.js';
import diffElementwiseCosh from './elementwise/diff-elementwise-cosh.js';
import diffElementwiseSinh from './elementwise/diff-elementwise-sinh.js';
import diffElementwiseMax from './elementwise/diff-elementwise-max.js';
import diffElementwiseMin from './elementwise/diff-elementwise-min.js';
import gradHadamardBilinear from './elementwise/grad-hadamard-bilinear.js';
import gradTraceDiag from './elementwise/grad-trace-diag.js';
import gradLogsumexp from './softmax/grad-logsumexp.js';
import diffSoftmax from './softmax/diff-softmax.js';
import gradCrossEntropySoftmax from './softmax/grad-cross-entropy-softmax.js';
import gradCrossEntropySoftmaxAnyLabels from './softmax/grad-cross-entropy-softmax-any-labels.js';
import logSoftmaxIdentity from './softmax/log-softmax-identity.js';
import linearRegressionGradient from './ml-objectives/linear-regression-gradient.js';
import ridgeGradient from './ml-objectives/ridge-gradient.js';
import logisticRegressionGradient from './ml-objectives/logistic-regression-gradient.js';
import logisticRegressionBatchGradient from './ml-objectives/logistic-regression-batch-gradient.js';
import multinomialLogisticGradient from './ml-objectives/multinomial-logistic-gradient.js';
import multinomialLogisticTwoSamples from './ml-objectives/multinomial-logistic-two-samples.js';
import mlpSigmoidFirstLayer from './ml-objectives/mlp-sigmoid-first-layer.js';
import mlpTanhFirstLayer from './ml-objectives/mlp-tanh-first-layer.js';
import mlpTanhSecondLayer from './ml-objectives/mlp-tanh-second-layer.js';
import pcaObjectiveGradient from './ml-objectives/pca-objective-gradient.js';
import lowRankFactorGradientU from './ml-objectives/low-rank-factor-gradient-u.js';
import lowRankFactorGradientV from './ml-objectives/low-rank-factor-gradient-v.js';
import gaussianLoglikMeanGradient from './ml-objectives/gaussian-loglik-mean-gradient.js';
import gaussianLoglikCovarianceGradient from './ml-objectives/gaussian-loglik-covariance-gradient.js';
import gaussianDensityGradient from './ml-objectives/gaussian-density-gradient.js';
import hessianQuadraticForm from './hessians/hessian-quadratic-form.js';
import hessianQuadraticFormSymmetric from './hessians/hessian-quadratic-form-symmetric.js';
import hessianLeastSquares from './hessians/hessian-least-squares.js';
import hessianRidge from './hessians/hessian-ridge.js';
import hessianLogsumexp from './hessians/hessian-logsumexp.js';
import hessianLogdet from './hessians/hessian-logdet.js';
import hessianTraceInverse from './hessians/hessian-trace-inverse.js';
import hessianDet from './hessians/hessian-det.js';
import hessianSoftmaxRegression from './hessians/hessian-softmax-regression.js';
import hessianSoftmaxRegressionBatch from './hessians/hessian-softmax-regression-batch.js';
import hessianLogisticRegression from './hessians/hessian-logistic-regression.js';
import hessianLogisticRegressionPm1 from './hessians/hessian-logistic-regression-pm1.js';
import hessianGaussianLoglikMean from './hessians/hessian-gaussian-loglik-mean.js';
import hessianGaussianLoglikCovariance from './hessians/hessian-gaussian-loglik-covariance.js';
import hessianEuclideanNorm from './hessians/hessian-euclidean-norm.js';
import gradTraceXa from './trace-gradients/grad-trace-xa.js';
import gradTraceXta from './trace-gradients/grad-trace-xta.js';
import gradTraceAxt from './trace-gradients/grad-trace-axt.js';
import gradTraceXsqB from './trace-gradients/grad-trace-xsq-b.js';
import gradTraceBxxt from './trace-gradients/grad-trace-bxxt.js';
import gradTraceXxtb from './trace-gradients/grad-trace-xxtb.js';
import gradTraceXbxt from './trace-gradients/grad-trace-xbxt.js';
import gradTraceBxtx from './trace-gradients/grad-trace-bxtx.js';
import gradTraceXtxb from './trace-gradients/grad-trace-xtxb.js';
import gradTraceBtxtcxb from './trace-gradients/grad-trace-btxtcxb.js';
import gradTraceAxCube from './trace-gradients/grad-trace-ax-cube.js';
import detCubeGradient from './determinant-gradients/det-cube-gradient.js';
import gradBilinearSameVector from './linear-quadratic/grad-bilinear-same-vector.js';
import gradBtxtdxc from './linear-quadratic/grad-btxtdxc.js';
import gradWeightedDistanceX from './linear-quadratic/grad-weighted-distance-x.js';
import gradWeightedDistanceS from './linear-quadratic/grad-weighted-distance-s.js';
import gradWeightedResidualX from './linear-quadratic/grad-weighted-residual-x.js';
import gradWeightedResidualA from './linear-quadratic/grad-weighted-residual-a.js';
import gradBilinearCube from './linear-quadratic/grad-bilinear-cube.js';
import gradRayleighQuotient from './linear-quadratic/grad-rayleigh-quotient.js';
import gradQuadraticPower from './linear-quadratic/grad-quadratic-power.js';
import gradSquaredSum from './linear-quadratic/grad-squared-sum.js';
import traceInverseShiftedQuadraticGradient from './inverse-gradients/trace-inverse-shifted-quadratic-gradient.js';
import diffScalarMultiple from './differentials/diff-scalar-multiple.js';
import detAffinePathDerivative from './determinant-gradients/det-affine-path-derivative.js';
import diffXtbx from './differentials/diff-xtbx.js';
import hessianQuadraticPlusLinear from './hessians/hessian-quadratic-plus-linear.js';
import diffDetAdjugate from './differentials/diff-det-adjugate.js';
import hessianDetQuadraticPath from './hessians/hessian-det-quadratic-path.js';
import hadamardOnesAsQuotient from './simplification/hadamard-ones-as-quotient.js';
import logisticOfExpEntrywise from './simplification/logistic-of-exp-entrywise.js';
import logisticOfNegativeExpEntrywise from './simplification/logistic-of-negative-exp-entrywise.js';
import onesColumnTimesRow from './simplification/ones-column-times-row.js';
import tanhFromSinhCosh from './simplification/tanh-from-sinh-cosh.js';
import tanhFromSinhCoshScalar from './simplification/tanh-from-sinh-cosh-scalar.js';
import hadamardQuotientOfScaled from './simplification/hadamard-quotient-of-scaled.js';
import softmaxSumsToOne from './simplification/softmax-sums-to-one.js';
import softmaxOnesInner from './simplification/softmax-ones-inner.js';
import softmaxOnesInnerTransposed from './simplification/softmax-ones-inner-transposed.js';
import softmaxColumnSums from './simplification/softmax-column-sums.js';
import softmaxRowSums from './simplification/softmax-row-sums.js';
import hadamardFactorRightSum from './simplification/hadamard-factor-right-sum.js';
import hadamardFactorRightDifference from './simplification/hadamard-factor-right-difference.js';
import hadamardFactorLeftSum from './simplification/hadamard-factor-left-sum.js';
import hadamardFactorLeftDifference from './simplification/hadamard-factor-left-difference.js';
import sumOfScaled from './simplification/sum-of-scaled.js';
import sumOfQuotient from './simplification/sum-of-quotient.js';
import centredSumZero from './simplification/centred-sum-zero.js';
import scalarQuotientCommonFactor from './simplification/scalar-quotient-common-factor.js';
import hadamardQuotientInSumCancels from './simplification/hadamard-quotient-in-sum-cancels.js';
import transposeTranspose from './simplification/transpose-transpose.js';
import transposeOfSum from './simplification/transpose-of-sum.js';
import transposeOfDifference from './simplification/transpose-of-difference.js';
import transposeOfNegation from './simplification/transpose-of-negation.js';
import transposeOfScalar from './simplification/transpose-of-scalar.js';
import transposeOfSymmetric from './simplification/transpose-of-symmetric.js';
import transposeOfScaled from './simplification/transpose-of-scaled.js';
import transposeOfHadamard from './simplification/transpose-of-hadamard.js';
import productAssociative from './simplification/product-associative.js';
import scalarFactorCommutes from './simplification/scalar-factor-commutes.js';
import scalarFactorMovesLeft from './simplification/scalar-factor-moves-left.js';
import multiplyByOne from './simplification/multiply-by-one.js';
import multiplyByZero from './simplification/multiply-by-zero.js';
import identityLeft from './simplification/identity-left.js';
import identityRight from './simplification/identity-right.js';
import inverseTimesSelf from './simplification/inverse-times-self.js';
import inversePowerBetweenPowers20 from './simplification/inverse-power-between-powers-2-0.js';
import inversePowerBetweenPowers21 from './simplification/inverse-power-between-powers-2-1.js';
import inversePowerBetweenPowers30 from './simplification/inverse-power-between-powers-3-0.js';
import inversePowerBetweenPowers31 from './simplification/inverse-power-between-powers-3-1.js';
import inversePowerBetweenPowers32 from './simplification/inverse-power-between-powers-3-2.js';
import inversePowerBetweenPowers40 from './simplification/inverse-power-between-powers-4-0.js';
import inversePowerBetweenPowers41 from './simplification/inverse-power-between-powers-4-1.js';
import inversePowerBetweenPowers42 from './simplification/inverse-power-between-powers-4-2.js';
import inversePowerBetweenPowers43 from './simplification/inverse-power-between-powers-4-3.js';
import inversePowerBetweenPowers50 from './simplification/inverse-power-between-powers-5-0.js';
import inversePowerBetweenPowers51 from './simplification/inverse-power-between-powers-5-1.js';
import inversePowerBetweenPowers52 from './simplification/inverse-power-between-powers-5-2.js';
import inversePowerBetweenPowers53 from './simplification/inverse-power-between-powers-5-3.js';
import inversePowerBetweenPowers54 from './simplification/inverse-power-between-powers-5-4.js';
import inverseOfProductTimesLeftFactor from './simplification/inverse-of-product-times-left-factor.js';
import rightFactorTimesInverseOfProduct from './simplification/right-factor-times-inverse-of-product.js';
import selfTimesInverse from './simplification/self-times-inverse.js';
import inverseOfInverse from './simplification/inverse-of-inverse.js';
import addCommutes from './simplification/add-commutes.js';
import addAssociative from './simplification/add-associative.js';
import subtractAsSum from './simplification/subtract-as-sum.js';
import negationAsScaling from './simplification/negation-as-scaling.js';
import negationOfNegation from './simplification/negation-of-negation.js';
import negationOfDifference from './simplification/negation-of-difference.js';
import negationOutOfProduct from './simplification/negation-out-of-product.js';
import negationIntoProduct from './simplification/negation-into-product.js';
import sumWithSelf from './simplification/sum-with-self.js';
import scaledTermsCollect from './simplification/scaled-terms-collect.js';
import termAndScaledTerm from './simplification/term-and-scaled-term.js';
import leftDistributive from './simplification/left-distributive.js';
import rightDistributive from './simplification/right-distributive.js';
import leftDistributiveDifference from './simplification/left-distributive-difference.js';
import rightDistributiveDifference from './simplification/right-distributive-difference.js';
import differenceWithSelf from './simplification/difference-with-self.js';
import addZero from './simplification/add-zero.js';
import zeroTimesLeft from './simplification/zero-times-left.js';
import zeroTimesRight from './simplification/zero-times-right.js';
import zeroHadamard from './simplification/zero-hadamard.js';
import traceOfScalar from './simplification/trace-of-scalar.js';
import sumOfScalar from './simplification/sum-of-scalar.js';
import hadamardCommutes from './simplification/hadamard-commutes.js';
import hadamardAssociative from './simplification/hadamard-associative.js';
import hadamardScalarFactor from './simplification/hadamard-scalar-factor.js';
import hadamardOnes from './simplification/hadamard-ones.js';
import hadamardDivideCancels from './simplification/hadamard-divide-cancels.js';
import hadamardAsQuotient from './simplification/hadamard-as-quotient.js';
import divideByOne from './simplification/divide-by-one.js';
import scalarQuotientCancels from './simplification/scalar-quotient-cancels.js';
import quotientAsProduct from './simplification/quotient-as-product.js';
import quotientOfScaled from './simplification/quotient-of-scaled.js';
import negatedQuotient from './simplification/negated-quotient.js';
import squareAsPower from './simplification/square-as-power.js';
import cubeAsPower from './simplification/cube-as-power.js';
import powerOne from './simplification/power-one.js';
import elementwisePowerOne from './simplification/elementwise-power-one.js';
import elementwisePowerZero from './simplification/elementwise-power-zero.js';
import logisticOfExp from './simplification/logistic-of-exp.js';
import logisticOfNegativeExp from './simplification/logistic-of-negative-exp.js';
import diagOfDiagVector from './simplification/diag-of-diag-vector.js';
import onehotSumOne from './simplification/onehot-sum-one.js';
import onehotSumOneTransposed from './simplification/onehot-sum-one-transposed.js';
import scalarFactorOutLeft from './simplification/scalar-factor-out-left.js';
import traceOfScaled from './simplification/trace-of-scaled.js';
import powerOfScaled from './simplification/power-of-scaled.js';
import identitySquared from './simplification/identity-squared.js';
import detOfInverse from './simplification/det-of-inverse.js';
import quotientTimes from './simplification/quotient-times.js';
import scalarTimesQuotient from './simplification/scalar-times-quotient.js';
import hadamardOfScalars from './simplification/hadamard-of-scalars.js';
import hadamardQuotientOfScalars from './simplification/hadamard-quotient-of-scalars.js';
import orthogonalScalarSquare from './simplification/orthogonal-scalar-square.js';
import hadamardOneMinus from './simplification/hadamard-one-minus.js';
import addNegation from './simplification/add-negation.js';
import onehotColumnsSumOne from './simplification/onehot-columns-sum-one.js';
import onesOuterProduct from './simplification/ones-outer-product.js';
import diagOfTranspose from './simplification/diag-of-transpose.js';
import onesTranspose from './simplification/ones-transpose.js';
import onehotColumnsOnes from './simplification/onehot-columns-ones.js';
import onehotRowsOnes from './simplification/onehot-rows-ones.js';
import sumWithDifference from './simplification/sum-with-difference.js';
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
  diffDet,
  diffLogdet,
  diffCube,
  diffInverseTimesMatrix,
  diffTranspose,
  diffTrace,
  diffSumEntries,
  diffMean,
  diffKron,
  diffDiag,
  diffNorm,
  diffScalarPower,
  diffMatrixPower,
  diffElementwisePower,
  diffQuotient,
  diffElementwiseQuotient,
  diffElementwiseTan,
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
  // linear-quadratic
  gradInnerProduct,
  gradBilinearTransposed,
  gradBtxtxc,
  gradAffineBilinear,
  gradXtbx,
  gradAffineQuadraticMatrix,
  gradWeightedLeastSquares,
  gradQuadraticPlusLinear,
  // trace-gradients
  gradTrace,
  gradTraceAxb,
  gradTraceAxtb,
  gradTraceKron,
  gradTraceSquare,
  gradTraceXtbx,
  gradTraceXtx,
  gradTraceAxbx,
  gradTraceXtbxc,
  gradTraceAxbxtc,
  gradTraceResidualGram,
  gradTraceCube,
  gradTraceQuartic,
  // norms
  gradEuclideanDistance,
  diffUnitVector,
  gradFrobeniusSquared,
  gradFrobeniusNorm,
  // elementwise
  sqrtDifferential,
  absDifferential,
  signDifferential,
  diffElementwiseSoftplus,
  diffElementwiseRelu,
  diffElementwiseLog1p,
  diffElementwiseExpm1,
  diffElementwiseCosh,
  diffElementwiseSinh,
  diffElementwiseMax,
  diffElementwiseMin,
  gradHadamardBilinear,
  gradTraceDiag,
  // softmax
  gradLogsumexp,
  diffSoftmax,
  gradCrossEntropySoftmax,
  gradCrossEntropySoftmaxAnyLabels,
  logSoftmaxIdentity,
  // ml-objectives
  linearRegressionGradient,
  ridgeGradient,
  logisticRegressionGradient,
  logisticRegressionBatchGradient,
  multinomialLogisticGradient,
  multinomialLogisticTwoSamples,
  mlpSigmoidFirstLayer,
  mlpTanhFirstLayer,
  mlpTanhSecondLayer,
  pcaObjectiveGradient,
  lowRankFactorGradientU,
  lowRankFactorGradientV,
  gaussianLoglikMeanGradient,
  gaussianLoglikCovarianceGradient,
  gaussianDensityGradient,
  // hessians
  hessianQuadraticForm,
  hessianQuadraticFormSymmetric,
  hessianLeastSquares,
  hessianRidge,
  hessianLogsumexp,
  hessianLogdet,
  hessianTraceInverse,
  hessianDet,
  hessianSoftmaxRegression,
  hessianSoftmaxRegressionBatch,
  hessianLogisticRegression,
  hessianLogisticRegressionPm1,
  hessianGaussianLoglikMean,
  hessianGaussianLoglikCovariance,
  hessianEuclideanNorm,
  // The Matrix Cookbook's chapter 2, equations the catalogue lacked (rules/cookbook/chapter2.ts names them)
  gradTraceXa,
  gradTraceXta,
  gradTraceAxt,
  gradTraceXsqB,
  gradTraceBxxt,
  gradTraceXxtb,
  gradTraceXbxt,
  gradTraceBxtx,
  gradTraceXtxb,
  gradTraceBtxtcxb,
  gradTraceAxCube,
  detCubeGradient,
  gradBilinearSameVector,
  gradBtxtdxc,
  gradWeightedDistanceX,
  gradWeightedDistanceS,
  gradWeightedResidualX,
  gradWeightedResidualA,
  gradBilinearCube,
  gradRayleighQuotient,
  gradQuadraticPower,
  gradSquaredSum,
  traceInverseShiftedQuadraticGradient,
  diffScalarMultiple,
  detAffinePathDerivative,
  diffXtbx,
  hessianQuadraticPlusLinear,
  diffDetAdjugate,
  hessianDetQuadraticPath,
  // simplification
  transposeTranspose,
  transposeOfSum,
  transposeOfDifference,
  transposeOfNegation,
  transposeOfScalar,
  transposeOfSymmetric,
  transposeOfScaled,
  transposeOfHadamard,
  productAssociative,
  scalarFactorCommutes,
  scalarFactorMovesLeft,
  multiplyByOne,
  multiplyByZero,
  identityLeft,
  identityRight,
  inverseTimesSelf,
  inversePowerBetweenPowers20,
  inversePowerBetweenPowers21,
  inversePowerBetweenPowers30,
  inversePowerBetweenPowers31,
  inversePowerBetweenPowers32,
  inversePowerBetweenPowers40,
  inversePowerBetweenPowers41,
  inversePowerBetweenPowers42,
  inversePowerBetweenPowers43,
  inversePowerBetweenPowers50,
  inversePowerBetweenPowers51,
  inversePowerBetweenPowers52,
  inversePowerBetweenPowers53,
  inversePowerBetweenPowers54,
  inverseOfProductTimesLeftFactor,
  rightFactorTimesInverseOfProduct,
  selfTimesInverse,
  inverseOfInverse,
  addCommutes,
  addAssociative,
  subtractAsSum,
  negationAsScaling,
  negationOfNegation,
  negationOfDifference,
  negationOutOfProduct,
  negationIntoProduct,
  sumWithSelf,
  scaledTermsCollect,
  termAndScaledTerm,
  leftDistributive,
  rightDistributive,
  leftDistributiveDifference,
  rightDistributiveDifference,
  differenceWithSelf,
  addZero,
  zeroTimesLeft,
  zeroTimesRight,
  zeroHadamard,
  traceOfScalar,
  sumOfScalar,
  hadamardCommutes,
  hadamardAssociative,
  hadamardScalarFactor,
  hadamardOnes,
  hadamardDivideCancels,
  hadamardAsQuotient,
  divideByOne,
  scalarQuotientCancels,
  quotientAsProduct,
  quotientOfScaled,
  negatedQuotient,
  squareAsPower,
  cubeAsPower,
  powerOne,
  elementwisePowerOne,
  elementwisePowerZero,
  logisticOfExp,
  logisticOfExpEntrywise,
  logisticOfNegativeExpEntrywise,
  hadamardOnesAsQuotient,
  onesColumnTimesRow,
  tanhFromSinhCosh,
  tanhFromSinhCoshScalar,
  hadamardQuotientOfScaled,
  hadamardQuotientInSumCancels,
  scalarQuotientCommonFactor,
  sumOfScaled,
  sumOfQuotient,
  centredSumZero,
  hadamardFactorRightSum,
  hadamardFactorRightDifference,
  hadamardFactorLeftSum,
  hadamardFactorLeftDifference,
  softmaxSumsToOne,
  softmaxOnesInner,
  softmaxOnesInnerTransposed,
  softmaxColumnSums,
  softmaxRowSums,
  logisticOfNegativeExp,
  diagOfDiagVector,
  scalarFactorOutLeft,
  traceOfScaled,
  powerOfScaled,
  identitySquared,
  detOfInverse,
  quotientTimes,
  scalarTimesQuotient,
  hadamardOfScalars,
  hadamardQuotientOfScalars,
  orthogonalScalarSquare,
  hadamardOneMinus,
  addNegation,
  onehotColumnsSumOne,
  onesOuterProduct,
  diagOfTranspose,
  onesTranspose,
  onehotColumnsOnes,
  onehotRowsOnes,
  sumWithDifference,
  onehotSumOne,
  onehotSumOneTransposed,
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
