/**
 * Logistic-regression weights of the paraphrase model, by feature (see
 * FEATURE_NAMES; a feature not listed weighs 0), fit on the SemEval STS
 * 2013-2016 news headlines (pairs from different outlets; credit: Europe
 * Media Monitor), label = human score >= 3 ("roughly equivalent").
 * The features were chosen on STS alone (forward selection by 5-fold CV
 * log-loss, each weight's sign fixed by hand); the negation and antonym
 * weights are set by hand (-10: a veto). Written by
 * `npx tsx scripts/eval/compare.ts --fit`; nothing here is fit on MSRP
 * (its licence is non-commercial; it is only used to measure).
 *
 * @example
 * PARAPHRASE_MODEL.weights.contentF1 // > 0
 */
export const PARAPHRASE_MODEL = {
  bias: -3.868,
  weights: {
    negationMismatch: -10,
    antonym: -10,
    contentF1: 3.927,
    numberMismatch: -1.131,
    allF1: 3.848,
    properMismatch: -0.722
  }
} as const
